package org.blohub.adapters.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control and bidirectional formatting characters can disguise a name, a plate or an office id on an officer's
 * screen: they are refused in subjects, names and identifiers, naming the character and where it is; a body
 * keeps them, all but NUL; and a text made of nothing else is empty.
 */
class HiddenCharactersValidationTest {

    private static final String DIGEST = "f7b0788ea54a071161797b38088b63112f57c7bc276bd98da15280e1e8139dd5";

    /** One character of each class that is refused in a single-line field. */
    private static final int[] HIDDEN = {0x0000, 0x0009, 0x000A, 0x000D, 0x001B, 0x007F, 0x0080, 0x0085, 0x009F,
            0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};

    private final LiaisonMessageValidator validator = new LiaisonMessageValidator();

    /** A single-line field of some kind: its path, and the valid alert or request with a value put in it. */
    private record SingleLineField(String path, Function<String, LiaisonMessage> withValue) {

        @Override
        public String toString() {
            return path;
        }
    }

    static List<SingleLineField> singleLineFields() {
        return List.of(
                new SingleLineField("subject", value -> request().subject(value).build()),
                new SingleLineField("entities.persons[0].nameOriginal",
                        value -> alertWith(entities(Person.named(PersonRole.SUSPECT, value)))),
                new SingleLineField("entities.persons[0].nameLatin",
                        value -> alertWith(entities(Person.named(PersonRole.SUSPECT, SampleMessages.KHMER_NAME)
                                .withNameLatin(value)))),
                new SingleLineField("entities.documents[0].number", value -> alertWith(new Entities(List.of(),
                        List.of(IdentityDocument.of(DocumentKind.PASSPORT, value, "KHM")), List.of(), List.of(), List.of()))),
                new SingleLineField("entities.vehicles[0].plate", value -> alertWith(new Entities(List.of(), List.of(),
                        List.of(Vehicle.withPlate(value)), List.of(), List.of()))),
                new SingleLineField("entities.seizures[0].commodity", value -> alertWith(new Entities(List.of(),
                        List.of(), List.of(), List.of(), List.of(Seizure.of(value, BigDecimal.ONE, "kg"))))),
                new SingleLineField("to[0]", value -> request().to(value).build()),
                new SingleLineField("conversationId", value -> request().conversationId(value).build()),
                new SingleLineField("attachments[0].name", value -> request()
                        .attachments(List.of(new Attachment(value, "application/pdf", 1024, DIGEST))).build()),
                new SingleLineField("source.system", value -> request()
                        .source(SourceDocument.of(value, "th-cms-xml", "CR-2569-004417", Map.of())).build()));
    }

    private static LiaisonMessage.Builder request() {
        return SampleMessages.maeSaiVehicleCheckRequest().toBuilder();
    }

    private static LiaisonMessage alertWith(Entities entities) {
        return SampleMessages.bavetTraffickingAlert().toBuilder().entities(entities).build();
    }

    private static Entities entities(Person person) {
        return new Entities(List.of(person), List.of(), List.of(), List.of(), List.of());
    }

    /** A valid value for the field: what the sample has, or a plain one that every field accepts. */
    private static String validValueOf(SingleLineField field) {
        return switch (field.path()) {
            case "to[0]" -> "LA-HOUAYXAY";
            case "conversationId" -> SampleMessages.MAE_SAI_REQUEST_ID;
            default -> "Somchai Jaidee";
        };
    }

    private List<FieldError> errorsOf(LiaisonMessage message) {
        return validator.validate(message, SampleMessages.CLOCK);
    }

    static Stream<Arguments> everyFieldWithEveryClassOfCharacter() {
        return singleLineFields().stream().flatMap(field -> Stream.of(0x0000, 0x000A, 0x001B, 0x0085, 0x200F, 0x202E, 0x2066)
                .map(codePoint -> Arguments.of(field, codePoint)));
    }

    @Nested
    class SingleLineFields {

        @ParameterizedTest(name = "{0} refuses U+{1}")
        @MethodSource("org.blohub.adapters.canonical.HiddenCharactersValidationTest#everyFieldWithEveryClassOfCharacter")
        void refusesTheCharacterNamingItsCodePointAndPosition(SingleLineField field, int codePoint) {
            String valid = validValueOf(field);
            assertThat(errorsOf(field.withValue().apply(valid))).as("the valid value").isEmpty();
            String disguised = valid.substring(0, 2) + Character.toString(codePoint) + valid.substring(2);

            List<FieldError> errors = errorsOf(field.withValue().apply(disguised));

            assertThat(errors).extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple(field.path(), FieldErrorCode.CONTROL_CHARACTER));
            assertThat(errors.get(0).message()).contains(String.format("U+%04X", codePoint)).contains("at position 3")
                    .endsWith(": remove it.");
        }

        @Test
        void namesTheCharacterInWords() {
            List<FieldError> errors = errorsOf(request().subject("1AB-\u202E5432").build());

            assertThat(errors).singleElement().extracting(FieldError::message)
                    .isEqualTo("The subject contains U+202E RIGHT-TO-LEFT OVERRIDE at position 5: remove it.");
        }

        @Test
        void countsThePositionInCharactersNotInUtf16Units() {
            List<FieldError> errors = errorsOf(request().subject("\uD83D\uDE97 car\u0085").build());

            assertThat(errors).singleElement().extracting(FieldError::message).asString()
                    .contains("U+0085 NEXT LINE (NEL) at position 6");
        }

        @Test
        void keepsNamesInEveryScriptAndTheirJoiners() {
            Person khmer = Person.named(PersonRole.SUSPECT, SampleMessages.KHMER_NAME).withNameLatin("Chan Dara");
            Person thai = Person.named(PersonRole.WITNESS, SampleMessages.THAI_NAME).withNameLatin("Somchai Jaidee");
            Person withJoiner = Person.named(PersonRole.SUSPECT, "\u1780\u17D2\u200D\u179A").withNameLatin("Kra");
            assertThat(errorsOf(alertWith(new Entities(List.of(khmer, thai, withJoiner), List.of(), List.of(), List.of(),
                    List.of())))).isEmpty();
        }

        @Test
        void refusesEveryStringHoldingAHiddenCharacterWhereverItIs() {
            Random random = new Random(20_261_207L);
            List<SingleLineField> fields = singleLineFields();
            for (int i = 0; i < 3_000; i++) {
                SingleLineField field = fields.get(random.nextInt(fields.size()));
                String valid = validValueOf(field);
                int codePoint = HIDDEN[random.nextInt(HIDDEN.length)];
                int at = random.nextInt(valid.length() + 1);
                String value = valid.substring(0, at) + Character.toString(codePoint) + valid.substring(at);

                assertThat(errorsOf(field.withValue().apply(value)))
                        .as("%s holding U+%04X at %d", field.path(), codePoint, at)
                        .extracting(FieldError::path, FieldError::code)
                        .contains(tuple(field.path(), FieldErrorCode.CONTROL_CHARACTER));
            }
        }
    }

    @Nested
    class MultiLineText {

        @Test
        void allowsLineBreaksAndTabsInTheRestrictionText() {
            LiaisonMessage message = request().handling(Handling.of(HandlingCode.H3,
                    "Not to the press.\r\n\tAsk Mae Sai before any onward sharing.")).build();
            assertThat(errorsOf(message)).isEmpty();
        }

        @Test
        void refusesOtherControlAndBidiCharactersInTheRestrictionText() {
            LiaisonMessage message = request().handling(Handling.of(HandlingCode.H3, "Not to the\n\u202Epress")).build();
            assertThat(errorsOf(message)).extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple("handling.restrictionText", FieldErrorCode.CONTROL_CHARACTER));
        }

        @Test
        void refusesABidiOverrideInAVesselDescription() {
            LiaisonMessage message = alertWith(new Entities(List.of(), List.of(), List.of(),
                    List.of(Vessel.described("long-tail boat \u202Eregistration 77")), List.of()));
            assertThat(errorsOf(message)).extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple("entities.vessels[0].description", FieldErrorCode.CONTROL_CHARACTER));
        }
    }

    @Nested
    class Bodies {

        @Test
        void keepsControlAndBidiCharactersOtherThanNul() {
            String body = "Line one\r\n\tLine two \u202Eowt enil\u202C \u2067\u05E9\u05DC\u05D5\u05DD\u2069 \u0085 \u001B";
            assertThat(errorsOf(request().body(body).build())).isEmpty();
        }

        @Test
        void refusesNulNamingItsPosition() {
            List<FieldError> errors = errorsOf(request().body("Did pickup\u0000 cross?").build());

            assertThat(errors).extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple("body", FieldErrorCode.CONTROL_CHARACTER));
            assertThat(errors.get(0).message()).contains("U+0000 NULL at position 11");
        }
    }

    @Nested
    class NothingVisible {

        @ParameterizedTest
        @ValueSource(strings = {"\u0000", "\u202E", " \t\u200F ", "\u0085\u009F", "\u00A0\u200B\uFEFF", "\r\n"})
        void isAnEmptySubject(String subject) {
            assertThat(errorsOf(request().subject(subject).build())).extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple("subject", FieldErrorCode.REQUIRED));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\u0000", "\u202E\u202C", " \u0085\n", "\u2066\u2069"})
        void isAnEmptyBody(String body) {
            assertThat(errorsOf(request().body(body).build())).extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple("body", FieldErrorCode.REQUIRED));
        }

        @Test
        void isAnEmptyNameAndPlate() {
            LiaisonMessage message = alertWith(new Entities(List.of(Person.named(PersonRole.SUSPECT, "\u202E\u0000")),
                    List.of(), List.of(Vehicle.withPlate("\u200E")), List.of(), List.of()));
            assertThat(errorsOf(message)).extracting(FieldError::path, FieldError::code).containsExactlyInAnyOrder(
                    tuple("entities.persons[0].nameOriginal", FieldErrorCode.REQUIRED),
                    tuple("entities.vehicles[0].plate", FieldErrorCode.REQUIRED));
        }
    }
}
