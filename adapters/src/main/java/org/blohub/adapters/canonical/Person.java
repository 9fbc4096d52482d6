package org.blohub.adapters.canonical;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person named in a message. {@code nameOriginal} is the name exactly as the sending officer wrote it,
 * in its own script (Thai, Khmer, Lao, Burmese, Latin...); {@code nameLatin} is the romanisation in the
 * same order, so that an officer across the border can search for it. When the national source
 * splits the romanised name, the parts are kept in {@code familyNameLatin} and {@code givenNameLatin}.
 * {@code nameLatinDerived} is true when the document gave no romanisation and a translator derived
 * {@code nameLatin} from the original script (ICU transliteration): a reader should treat it as a search
 * aid, not as the spelling in the person's documents. It is omitted from the JSON when false.
 */
public record Person(
        PersonRole role,
        String nameOriginal,
        Optional<String> nameLatin,
        Optional<String> familyNameLatin,
        Optional<String> givenNameLatin,
        Optional<LocalDate> birthDate,
        Optional<Sex> sex,
        Optional<String> nationality,
        @JsonProperty(required = true) List<IdentityDocument> documents,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean nameLatinDerived,
        Optional<Evaluation> evaluation) {

    public Person {
        MissingFieldException.requirePresent(role, "role");
        MissingFieldException.requirePresent(nameOriginal, "nameOriginal");
        nameLatin = Objects.requireNonNullElse(nameLatin, Optional.empty());
        familyNameLatin = Objects.requireNonNullElse(familyNameLatin, Optional.empty());
        givenNameLatin = Objects.requireNonNullElse(givenNameLatin, Optional.empty());
        birthDate = Objects.requireNonNullElse(birthDate, Optional.empty());
        sex = Objects.requireNonNullElse(sex, Optional.empty());
        nationality = Objects.requireNonNullElse(nationality, Optional.empty());
        documents = MissingFieldException.requireElements(documents, "documents");
        evaluation = Objects.requireNonNullElse(evaluation, Optional.empty());
    }

    /** Reads the JSON form, where {@code nameLatinDerived} is omitted when false. */
    @JsonCreator
    static Person fromJson(@JsonProperty("role") PersonRole role, @JsonProperty("nameOriginal") String nameOriginal,
            @JsonProperty("nameLatin") Optional<String> nameLatin, @JsonProperty("familyNameLatin") Optional<String> familyNameLatin,
            @JsonProperty("givenNameLatin") Optional<String> givenNameLatin, @JsonProperty("birthDate") Optional<LocalDate> birthDate,
            @JsonProperty("sex") Optional<Sex> sex, @JsonProperty("nationality") Optional<String> nationality,
            @JsonProperty(value = "documents", required = true) List<IdentityDocument> documents,
            @JsonProperty("nameLatinDerived") Optional<Boolean> nameLatinDerived,
            @JsonProperty("evaluation") Optional<Evaluation> evaluation) {
        return new Person(role, nameOriginal, nameLatin, familyNameLatin, givenNameLatin, birthDate, sex, nationality, documents,
                Objects.requireNonNullElse(nameLatinDerived, Optional.<Boolean>empty()).orElse(false), evaluation);
    }

    /** A person whose romanisation, if any, is the one the document gave. */
    public Person(PersonRole role, String nameOriginal, Optional<String> nameLatin, Optional<String> familyNameLatin,
            Optional<String> givenNameLatin, Optional<LocalDate> birthDate, Optional<Sex> sex, Optional<String> nationality,
            List<IdentityDocument> documents) {
        this(role, nameOriginal, nameLatin, familyNameLatin, givenNameLatin, birthDate, sex, nationality, documents, false,
                Optional.empty());
    }

    /** A person without an evaluation. */
    public Person(PersonRole role, String nameOriginal, Optional<String> nameLatin, Optional<String> familyNameLatin,
            Optional<String> givenNameLatin, Optional<LocalDate> birthDate, Optional<Sex> sex, Optional<String> nationality,
            List<IdentityDocument> documents, boolean nameLatinDerived) {
        this(role, nameOriginal, nameLatin, familyNameLatin, givenNameLatin, birthDate, sex, nationality, documents,
                nameLatinDerived, Optional.empty());
    }

    /** A person known only by name, for builders of fuller records to start from. */
    public static Person named(PersonRole role, String nameOriginal) {
        return new Person(role, nameOriginal, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** This person with the romanisation the document gave. */
    public Person withNameLatin(String latin) {
        return new Person(role, nameOriginal, Optional.of(latin), familyNameLatin, givenNameLatin,
                birthDate, sex, nationality, documents, false, evaluation);
    }

    /** This person with a romanisation derived from {@code nameOriginal}, marked as such. */
    public Person withDerivedNameLatin(String latin) {
        return new Person(role, nameOriginal, Optional.of(latin), familyNameLatin, givenNameLatin,
                birthDate, sex, nationality, documents, true, evaluation);
    }

    public Person withLatinNameParts(String familyName, String givenName) {
        return new Person(role, nameOriginal, nameLatin, Optional.of(familyName), Optional.of(givenName),
                birthDate, sex, nationality, documents, nameLatinDerived, evaluation);
    }

    public Person withBirthDate(LocalDate date) {
        return new Person(role, nameOriginal, nameLatin, familyNameLatin, givenNameLatin,
                Optional.of(date), sex, nationality, documents, nameLatinDerived, evaluation);
    }

    public Person withSex(Sex value) {
        return new Person(role, nameOriginal, nameLatin, familyNameLatin, givenNameLatin,
                birthDate, Optional.of(value), nationality, documents, nameLatinDerived, evaluation);
    }

    public Person withNationality(String alpha3) {
        return new Person(role, nameOriginal, nameLatin, familyNameLatin, givenNameLatin,
                birthDate, sex, Optional.of(alpha3), documents, nameLatinDerived, evaluation);
    }

    public Person withDocuments(List<IdentityDocument> value) {
        return new Person(role, nameOriginal, nameLatin, familyNameLatin, givenNameLatin,
                birthDate, sex, nationality, value, nameLatinDerived, evaluation);
    }

    public Person withEvaluation(Evaluation value) {
        return new Person(role, nameOriginal, nameLatin, familyNameLatin, givenNameLatin,
                birthDate, sex, nationality, documents, nameLatinDerived, Optional.of(value));
    }
}
