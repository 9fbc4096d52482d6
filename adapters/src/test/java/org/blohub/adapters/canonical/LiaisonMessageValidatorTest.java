package org.blohub.adapters.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LiaisonMessageValidatorTest {

    private final LiaisonMessageValidator validator = new LiaisonMessageValidator();

    static List<LiaisonMessage> samples() {
        return SampleMessages.all();
    }

    private List<FieldError> errorsOf(LiaisonMessage message) {
        return validator.validate(message, SampleMessages.CLOCK);
    }

    private List<FieldError> errorsOfRequestWith(UnaryOperator<LiaisonMessage.Builder> change) {
        return errorsOf(change.apply(SampleMessages.maeSaiVehicleCheckRequest().toBuilder()).build());
    }

    private void assertSingleError(List<FieldError> errors, String path, FieldErrorCode code) {
        assertThat(errors).extracting(FieldError::path, FieldError::code).containsExactly(tuple(path, code));
        assertThat(errors.get(0).message()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void acceptsEverySampleMessage(LiaisonMessage sample) {
        assertThat(errorsOf(sample)).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<FieldError> errors = errorsOfRequestWith(b -> b.subject(" ").from("mae sai").to(List.of()));

        assertThat(errors).extracting(FieldError::path).containsExactlyInAnyOrder("subject", "from", "to");
    }

    @Nested
    class Identifiers {

        @Test
        void requiresTheIdToBeAUlid() {
            assertSingleError(errorsOfRequestWith(b -> b.id("CR-2569-004417")), "id", FieldErrorCode.INVALID_FORMAT);
        }

        @Test
        void requiresTheConversationIdToBeAUlid() {
            assertSingleError(errorsOfRequestWith(b -> b.conversationId("")), "conversationId", FieldErrorCode.REQUIRED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"RESPONSE", "RECEIPT"})
        void requiresAnAnswerToNameTheMessageItAnswers(MessageKind kind) {
            assertSingleError(errorsOf(SampleMessages.tachileikResponse().toBuilder().kind(kind).inReplyTo(Optional.empty()).build()),
                    "inReplyTo", FieldErrorCode.REQUIRED);
        }

        @Test
        void requiresInReplyToToBeAUlid() {
            assertSingleError(errorsOf(SampleMessages.tachileikResponse().toBuilder().inReplyTo("CR-2569-004417").build()),
                    "inReplyTo", FieldErrorCode.INVALID_FORMAT);
        }
    }

    @Nested
    class Addressing {

        @ParameterizedTest
        @ValueSource(strings = {"TH_MAESAI", "th-maesai", "THA-MAESAI", "TH-M", "TH-MAESAIMAESAIMAESAIMAESAI"})
        void refusesASenderThatIsNotAnOfficeId(String from) {
            assertSingleError(errorsOfRequestWith(b -> b.from(from)), "from", FieldErrorCode.INVALID_FORMAT);
        }

        @Test
        void requiresAtLeastOneRecipient() {
            assertSingleError(errorsOfRequestWith(b -> b.to(List.of())), "to", FieldErrorCode.REQUIRED);
        }

        @Test
        void pointsAtTheRecipientThatIsNotAnOfficeId() {
            assertSingleError(errorsOfRequestWith(b -> b.to("MM-TACHILEIK", "Tachileik BLO")), "to[1]", FieldErrorCode.INVALID_FORMAT);
        }

        @Test
        void pointsAtTheRepeatedRecipient() {
            assertSingleError(errorsOfRequestWith(b -> b.to("MM-TACHILEIK", "LA-TONPHEUNG", "MM-TACHILEIK")),
                    "to[2]", FieldErrorCode.DUPLICATE);
        }

        @Test
        void acceptsNoRecipientForAMessageToAnOperationGroupWhichItsNodeExpands() {
            assertThat(errorsOf(SampleMessages.bavetTraffickingAlert().toBuilder().to(List.of())
                    .operationGroup("MEKONG-JOINT-2026").build())).isEmpty();
        }

        @Test
        void refusesAnOperationGroupIdThatTheRegistryCannotHold() {
            assertSingleError(errorsOfRequestWith(b -> b.operationGroup("Mekong joint")), "operationGroup",
                    FieldErrorCode.INVALID_FORMAT);
        }

        @Test
        void refusesTheSenderAmongTheRecipients() {
            assertSingleError(errorsOfRequestWith(b -> b.to("MM-TACHILEIK", "TH-MAESAI")), "to[1]", FieldErrorCode.SENDER_AMONG_RECIPIENTS);
        }
    }

    @Nested
    class HandlingCodes {

        @Test
        void requiresRestrictionTextForH3() {
            assertSingleError(errorsOfRequestWith(b -> b.handling(HandlingCode.H3)), "handling.restrictionText", FieldErrorCode.REQUIRED);
            assertSingleError(errorsOfRequestWith(b -> b.handling(Handling.of(HandlingCode.H3, "  "))),
                    "handling.restrictionText", FieldErrorCode.REQUIRED);
        }

        @Test
        void acceptsH3WithItsRestrictionsAndOtherCodesWithOrWithoutText() {
            assertThat(errorsOfRequestWith(b -> b.handling(Handling.of(HandlingCode.H3, "Not to be shared with customs")))).isEmpty();
            assertThat(errorsOfRequestWith(b -> b.handling(HandlingCode.H0))).isEmpty();
            assertThat(errorsOfRequestWith(b -> b.handling(Handling.of(HandlingCode.H1, "Ask Mae Sai before court use")))).isEmpty();
        }
    }

    @Nested
    class Times {

        @Test
        void refusesAReplyDeadlineThatHasPassed() {
            assertSingleError(errorsOfRequestWith(b -> b.replyBy(SampleMessages.NOW.minusSeconds(60))
                    .createdAt(SampleMessages.NOW.minus(Duration.ofHours(1)))), "replyBy", FieldErrorCode.IN_THE_PAST);
        }

        @Test
        void refusesAReplyDeadlineNotAfterCreation() {
            Instant created = SampleMessages.NOW.plusSeconds(120);
            assertSingleError(errorsOfRequestWith(b -> b.createdAt(created).replyBy(created)), "replyBy", FieldErrorCode.NOT_AFTER_CREATION);
        }

        @Test
        void refusesACreationTimeAheadOfTheClockByMoreThanTheAllowedSkew() {
            assertSingleError(errorsOfRequestWith(b -> b.createdAt(SampleMessages.NOW.plus(Duration.ofMinutes(6)))
                    .replyBy(SampleMessages.NOW.plus(Duration.ofHours(3)))), "createdAt", FieldErrorCode.IN_THE_FUTURE);
            assertThat(errorsOfRequestWith(b -> b.createdAt(SampleMessages.NOW.plus(Duration.ofMinutes(4))))).isEmpty();
        }

        @Test
        void refusesAnAlertThatExpiresBeforeItIsCreated() {
            assertSingleError(errorsOf(SampleMessages.bavetTraffickingAlert().toBuilder()
                    .expiresAt(SampleMessages.NOW.minusSeconds(1)).build()), "expiresAt", FieldErrorCode.NOT_AFTER_CREATION);
        }
    }

    @Nested
    class Texts {

        @Test
        void limitsTheSubjectTo200CharactersCountingThaiCharacters() {
            assertThat(errorsOfRequestWith(b -> b.subject("ก".repeat(200)))).isEmpty();
            assertSingleError(errorsOfRequestWith(b -> b.subject("ก".repeat(201))), "subject", FieldErrorCode.TOO_LONG);
        }

        @Test
        void requiresASubjectAndABody() {
            assertSingleError(errorsOfRequestWith(b -> b.subject("")), "subject", FieldErrorCode.REQUIRED);
            assertSingleError(errorsOfRequestWith(b -> b.body(" \n")), "body", FieldErrorCode.REQUIRED);
        }

        @Test
        void allowsAReceiptWithoutBody() {
            assertThat(errorsOf(SampleMessages.tachileikResponse().toBuilder().kind(MessageKind.RECEIPT).body("").build())).isEmpty();
        }

        @Test
        void limitsTheBodyTo64KibOfUtf8() {
            // Thai letters take 3 bytes in UTF-8: 21,845 of them are 65,535 bytes, one more is over.
            assertThat(errorsOfRequestWith(b -> b.body("ก".repeat(21_845)))).isEmpty();
            assertSingleError(errorsOfRequestWith(b -> b.body("ก".repeat(21_846))), "body", FieldErrorCode.TOO_LONG);
        }

        @ParameterizedTest
        @ValueSource(strings = {"th TH", "t", "th_TH", "en-", "123"})
        void refusesALanguageThatIsNotABcp47Tag(String language) {
            assertSingleError(errorsOfRequestWith(b -> b.language(language)), "language", FieldErrorCode.INVALID_FORMAT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"th", "km-KH", "lo", "my", "vi", "en", "th-TH-u-ca-buddhist"})
        void acceptsBcp47Tags(String language) {
            assertThat(errorsOfRequestWith(b -> b.language(language))).isEmpty();
        }
    }

    @Nested
    class Persons {

        private List<FieldError> errorsOfAlertWithPerson(Person person) {
            LiaisonMessage alert = SampleMessages.bavetTraffickingAlert();
            return errorsOf(alert.toBuilder().entities(new Entities(List.of(person), List.of(), List.of(), List.of(), List.of())).build());
        }

        @Test
        void requiresARomanisationForANameInAnotherScript() {
            assertSingleError(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, SampleMessages.KHMER_NAME)),
                    "entities.persons[0].nameLatin", FieldErrorCode.REQUIRED);
            assertThat(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, "Nguyễn Văn An"))).isEmpty();
        }

        @Test
        void acceptsADerivedRomanisationButNotTheMarkWithoutOne() {
            Person derived = Person.named(PersonRole.SUSPECT, SampleMessages.KHMER_NAME).withDerivedNameLatin("Chan Dara");
            assertThat(errorsOfAlertWithPerson(derived)).isEmpty();
            Person markOnly = new Person(PersonRole.SUSPECT, "Chan Dara", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), true);
            assertSingleError(errorsOfAlertWithPerson(markOnly), "entities.persons[0].nameLatin", FieldErrorCode.REQUIRED);
        }

        @Test
        void refusesARomanisationThatIsNotInLatinLetters() {
            assertSingleError(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, SampleMessages.KHMER_NAME).withNameLatin("ចាន់ Dara")),
                    "entities.persons[0].nameLatin", FieldErrorCode.NOT_LATIN_SCRIPT);
        }

        @Test
        void limitsNamesTo200Characters() {
            assertSingleError(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, "A".repeat(201))),
                    "entities.persons[0].nameOriginal", FieldErrorCode.TOO_LONG);
            assertSingleError(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, "ចាន់").withNameLatin("C".repeat(201))),
                    "entities.persons[0].nameLatin", FieldErrorCode.TOO_LONG);
        }

        @Test
        void requiresAlpha3CountryCodes() {
            assertSingleError(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, "Chan Dara").withNationality("KH")),
                    "entities.persons[0].nationality", FieldErrorCode.INVALID_FORMAT);
            assertSingleError(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, "Chan Dara")
                            .withDocuments(List.of(IdentityDocument.of(DocumentKind.PASSPORT, "N01234567", "Cambodia")))),
                    "entities.persons[0].documents[0].issuingCountry", FieldErrorCode.INVALID_FORMAT);
        }

        @Test
        void refusesABirthDateInTheFutureAsFromAnUnconvertedBuddhistEraYear() {
            assertSingleError(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, "Somchai Jaidee").withBirthDate(LocalDate.of(2531, 3, 12))),
                    "entities.persons[0].birthDate", FieldErrorCode.IN_THE_FUTURE);
        }

        @Test
        void requiresADocumentNumber() {
            assertSingleError(errorsOfAlertWithPerson(Person.named(PersonRole.SUSPECT, "Chan Dara")
                            .withDocuments(List.of(IdentityDocument.of(DocumentKind.PASSPORT, " ", "KHM")))),
                    "entities.persons[0].documents[0].number", FieldErrorCode.REQUIRED);
        }
    }

    @Nested
    class OtherEntities {

        private List<FieldError> errorsWith(Entities entities) {
            return errorsOf(SampleMessages.houayxaySeizureNotification().toBuilder().entities(entities).build());
        }

        private List<FieldError> errorsWithSeizure(Seizure seizure) {
            return errorsWith(new Entities(List.of(), List.of(), List.of(), List.of(), List.of(seizure)));
        }

        @Test
        void requiresAPositiveQuantity() {
            assertSingleError(errorsWithSeizure(Seizure.of("rosewood logs", BigDecimal.ZERO, "m3")),
                    "entities.seizures[0].quantity", FieldErrorCode.OUT_OF_RANGE);
        }

        @Test
        void refusesAQuantityMorePreciseThanCanBeSignedExactly() {
            assertThat(errorsWithSeizure(Seizure.of("rosewood logs", new BigDecimal("123456789012.345"), "m3"))).isEmpty();
            assertSingleError(errorsWithSeizure(Seizure.of("rosewood logs", new BigDecimal("1234567890123.456"), "m3")),
                    "entities.seizures[0].quantity", FieldErrorCode.TOO_PRECISE);
        }

        @Test
        void requiresTheUnitOfAQuantity() {
            assertSingleError(errorsWithSeizure(Seizure.of("rosewood logs", new BigDecimal("3.2"), "")),
                    "entities.seizures[0].unit", FieldErrorCode.REQUIRED);
        }

        @Test
        void refusesANegativeCountOfDetainedPersons() {
            Seizure seizure = new Seizure("pangolin scales", Optional.empty(), Optional.empty(), new BigDecimal("48.5"), "kg",
                    Optional.empty(), Optional.empty(), Optional.of(-1));
            assertSingleError(errorsWithSeizure(seizure), "entities.seizures[0].personsDetained", FieldErrorCode.OUT_OF_RANGE);
        }

        @Test
        void requiresAVehiclePlateAndAnAlpha3PlateCountry() {
            assertSingleError(errorsWith(new Entities(List.of(), List.of(), List.of(Vehicle.withPlate(" ")), List.of(), List.of())),
                    "entities.vehicles[0].plate", FieldErrorCode.REQUIRED);
            Vehicle vehicle = new Vehicle("ກຂ 1234", Optional.of("LA"), Optional.empty(), Optional.empty());
            assertSingleError(errorsWith(new Entities(List.of(), List.of(), List.of(vehicle), List.of(), List.of())),
                    "entities.vehicles[0].plateCountry", FieldErrorCode.INVALID_FORMAT);
        }

        @Test
        void requiresSomethingThatIdentifiesAVessel() {
            Vessel nothing = new Vessel(Optional.empty(), Optional.empty(), Optional.of("MMR"), Optional.empty());
            assertSingleError(errorsWith(new Entities(List.of(), List.of(), List.of(), List.of(nothing), List.of())),
                    "entities.vessels[0]", FieldErrorCode.REQUIRED);
            assertThat(errorsWith(new Entities(List.of(), List.of(), List.of(),
                    List.of(Vessel.described("blue long-tail boat, registration ending 77")), List.of()))).isEmpty();
        }

        @Test
        void checksDocumentsNotTiedToAPerson() {
            assertSingleError(errorsWith(new Entities(List.of(), List.of(IdentityDocument.of(DocumentKind.PASSPORT, "", "THA")),
                    List.of(), List.of(), List.of())), "entities.documents[0].number", FieldErrorCode.REQUIRED);
        }
    }

    @Nested
    class Attachments {

        private static final String DIGEST = "f7b0788ea54a071161797b38088b63112f57c7bc276bd98da15280e1e8139dd5";

        private List<FieldError> errorsWith(Attachment attachment) {
            return errorsOf(SampleMessages.bavetTraffickingAlert().toBuilder().attachments(List.of(attachment)).build());
        }

        @Test
        void limitsEachAttachmentTo20Megabytes() {
            assertThat(errorsWith(new Attachment("photo.jpg", "image/jpeg", 20L * 1024 * 1024, DIGEST))).isEmpty();
            assertSingleError(errorsWith(new Attachment("photo.jpg", "image/jpeg", 20L * 1024 * 1024 + 1, DIGEST)),
                    "attachments[0].size", FieldErrorCode.TOO_LARGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"F7B0788EA54A071161797B38088B63112F57C7BC276BD98DA15280E1E8139DD5", "f7b0788e", "",
                "g7b0788ea54a071161797b38088b63112f57c7bc276bd98da15280e1e8139dd5"})
        void requiresSha256AsSixtyFourLowerCaseHexDigits(String digest) {
            assertSingleError(errorsWith(new Attachment("photo.jpg", "image/jpeg", 1000, digest)),
                    "attachments[0].sha256", FieldErrorCode.INVALID_FORMAT);
        }

        @Test
        void refusesAFileNameWithAFolderAndAMalformedMediaType() {
            assertThat(errorsWith(new Attachment("../etc/photo.jpg", "jpeg", 1000, DIGEST)))
                    .extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple("attachments[0].name", FieldErrorCode.INVALID_FORMAT),
                            tuple("attachments[0].mediaType", FieldErrorCode.INVALID_FORMAT));
        }
    }

    @Test
    void requiresTheNameOfTheNationalSystemAndOfEachNationalReference() {
        List<FieldError> errors = errorsOf(SampleMessages.bavetTraffickingAlert().toBuilder()
                .source(SourceDocument.of(" ", "application/json", "KH-IMM-2026-11-000981", java.util.Map.of(" ", "HIGH")))
                .build());

        assertThat(errors).extracting(FieldError::path, FieldError::code).containsExactly(
                tuple("source.system", FieldErrorCode.REQUIRED), tuple("source.nationalReferences", FieldErrorCode.REQUIRED));
    }

    @Test
    void limitsTheWholeMessageTo256KibWithoutAttachments() {
        Person person = Person.named(PersonRole.OTHER, "A".repeat(199));
        List<Person> persons = java.util.Collections.nCopies(1400, person);
        List<FieldError> errors = errorsOfRequestWith(b -> b.entities(new Entities(persons, List.of(), List.of(), List.of(), List.of())));

        assertSingleError(errors, "", FieldErrorCode.TOO_LARGE);
    }

    @Test
    void neverQuotesTheContentOfAField() {
        List<FieldError> errors = errorsOf(SampleMessages.bavetTraffickingAlert().toBuilder()
                .entities(new Entities(List.of(Person.named(PersonRole.SUSPECT, SampleMessages.KHMER_NAME).withNationality("Cambodian")),
                        List.of(), List.of(), List.of(), List.of()))
                .build());

        assertThat(errors).hasSize(2).allSatisfy(error ->
                assertThat(error.message()).doesNotContain(SampleMessages.KHMER_NAME).doesNotContain("Cambodian"));
    }
}
