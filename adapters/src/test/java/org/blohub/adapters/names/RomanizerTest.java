package org.blohub.adapters.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.canonical.PersonRole;
import org.junit.jupiter.api.Test;

class RomanizerTest {

    private final Romanizer romanizer = new Romanizer();

    @Test
    void thaiGoesThroughIcuLetterByLetterWithoutTheTitle() {
        assertThat(romanizer.romanize("นายสมชาย ใจดี")).contains("Smchay Cidi");
        assertThat(romanizer.romanize("นางสาวมาลี ศรีสุข")).contains("Mali Srisukh");
    }

    @Test
    void khmerGoesThroughOurLetterTable() {
        assertThat(romanizer.romanize("ចាន់ ដារ៉ា")).contains("Chan Dara");
        assertThat(romanizer.romanize("សុខ ពិសី")).contains("Sokh Pesei");
    }

    @Test
    void laoGoesThroughOurLetterTableWithVowelsWrittenBeforeTheirConsonantMovedAfterIt() {
        assertThat(romanizer.romanize("ສົມພອນ ແກ້ວມະນີ")).contains("Somphon Kaevmani");
        assertThat(romanizer.romanize("ທ້າວ ບຸນມີ ພົມມະຈັນ")).contains("Bunmi Phommachan");
    }

    @Test
    void myanmarGoesThroughIcu() {
        assertThat(romanizer.romanize("မောင် မြင့်")).contains("Maung Myang");
    }

    @Test
    void vietnameseLosesOnlyItsAccents() {
        assertThat(romanizer.romanize("Nguyễn Văn An")).contains("Nguyen Van An");
    }

    @Test
    void aPersonWithoutRomanisationGetsADerivedOneMarkedAsSuch() {
        Person completed = romanizer.completed(Person.named(PersonRole.SUSPECT, "ចាន់ ដារ៉ា"));
        assertThat(completed.nameLatin()).contains("Chan Dara");
        assertThat(completed.nameLatinDerived()).isTrue();
    }

    @Test
    void aGivenRomanisationOrALatinNameIsLeftAlone() {
        Person given = Person.named(PersonRole.SUSPECT, "นายสมชาย ใจดี").withNameLatin("Somchai Jaidee");
        assertThat(romanizer.completed(given)).isEqualTo(given);
        Person latin = Person.named(PersonRole.ASSOCIATE, "Aung Ko Ko");
        assertThat(romanizer.completed(latin)).isEqualTo(latin);
    }
}
