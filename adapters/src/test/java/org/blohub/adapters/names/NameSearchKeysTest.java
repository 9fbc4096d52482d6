package org.blohub.adapters.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.blohub.adapters.SampleDocuments;
import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.canonical.PersonRole;
import org.blohub.adapters.jsonmapping.CambodianImmigrationAlertTranslator;
import org.blohub.adapters.xml.ThaiCmsXmlTranslator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameSearchKeysTest {

    private final NameSearchKeys search = new NameSearchKeys(new Romanizer());

    @Nested
    class TheThaiSuspectOfTheCaseSystemSample {

        private final Person somchai = new ThaiCmsXmlTranslator()
                .translate(SampleDocuments.document(SampleDocuments.TH_CMS_REQUEST), SampleDocuments.context("TH-MAESAI"))
                .messages().get(0).message().entities().persons().get(0);

        @Test
        void hasKeysFromTheGivenAndDerivedRomanisationAndTheThaiNameWithoutTitle() {
            assertThat(search.keysOf(somchai)).containsExactlyInAnyOrder("somchai", "jaidee", "smchay", "cidi", "สมชาย", "ใจดี");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Somchai Jaidee", "somchai", "jaidee", "JAIDEE somchai", "somch", "สมชาย", "นายสมชาย ใจดี", "Mr Somchai"})
        void isFoundBy(String query) {
            assertThat(search.matches(somchai, query)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Somchai Jaideex", "Chan Dara", "somchai dara", "", "  ", "นาย"})
        void isNotFoundBy(String query) {
            assertThat(search.matches(somchai, query)).isFalse();
        }
    }

    @Test
    void aThaiNameGivenWithoutRomanisationIsFoundByItsDerivedOne() {
        Person derived = new Romanizer().completed(Person.named(PersonRole.SUSPECT, "นายสมชาย ใจดี"));
        assertThat(derived.nameLatinDerived()).isTrue();
        assertThat(search.matches(derived, "Smchay Cidi")).isTrue();
        assertThat(search.matches(derived, "smchay")).isTrue();
        assertThat(search.matches(derived, "สมชาย")).isTrue();
    }

    @Test
    void chanDaraFindsTheKhmerPersonOfTheImmigrationSample() {
        Person dara = new CambodianImmigrationAlertTranslator()
                .translate(SampleDocuments.document(SampleDocuments.KH_IMMIGRATION_ALERT), SampleDocuments.context("KH-BAVET"))
                .messages().get(0).message().entities().persons().get(0);
        assertThat(search.keysOf(dara)).containsExactlyInAnyOrder("chan", "dara", "ចាន់", "ដារ៉ា");
        assertThat(search.matches(dara, "Chan Dara")).isTrue();
        assertThat(search.matches(dara, "dara")).isTrue();
        assertThat(search.matches(dara, "ចាន់")).isTrue();
        assertThat(search.matches(dara, "Somchai")).isFalse();
    }

    @Test
    void vietnameseNamesAreFoundWithOrWithoutAccents() {
        Person an = Person.named(PersonRole.WITNESS, "Nguyễn Văn An");
        assertThat(search.keysOf(an)).containsExactlyInAnyOrder("nguyen", "van", "an");
        assertThat(search.matches(an, "nguyen van an")).isTrue();
        assertThat(search.matches(an, "Nguyễn")).isTrue();
    }

    @Test
    void queryKeysAreFoldedTokensWithoutTitles() {
        assertThat(search.queryKeys("  Mr. Somchai,  JAIDEE ")).containsExactlyInAnyOrder("somchai", "jaidee");
        assertThat(search.queryKeys("นางสาวมาลี")).containsExactly("มาลี");
    }
}
