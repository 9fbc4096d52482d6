package org.blohub.adapters.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class LiaisonMessageJsonTest {

    private final LiaisonMessageJson json = new LiaisonMessageJson();

    static List<LiaisonMessage> samples() {
        return SampleMessages.all();
    }

    @Nested
    class Writing {

        @Test
        void writesTheHeaderFieldsInCamelCaseWithIsoInstantsAndEnumNames() {
            String text = json.toJson(SampleMessages.maeSaiVehicleCheckRequest());

            assertThat(text).startsWith("{\"id\":\"01M8G0E0K07Q3XKD9R2N5BWHAA\","
                    + "\"conversationId\":\"01M8G0E0K07Q3XKD9R2N5BWHAA\","
                    + "\"from\":\"TH-MAESAI\",\"to\":[\"MM-TACHILEIK\"],\"kind\":\"REQUEST\",\"priority\":\"FLASH\","
                    + "\"handling\":{\"code\":\"H2\",\"restrictionText\":\"No onward sharing without permission of Mae Sai BLO\"},"
                    + "\"createdAt\":\"2026-11-28T02:41:00Z\",\"replyBy\":\"2026-11-28T04:41:00Z\",\"language\":\"th\",");
        }

        @Test
        void omitsAbsentOptionalFields() {
            String text = json.toJson(SampleMessages.maeSaiVehicleCheckRequest());

            assertThat(text).doesNotContain("inReplyTo").doesNotContain("expiresAt").doesNotContain("null");
            assertThat(text).contains("{\"role\":\"ASSOCIATE\",\"nameOriginal\":\"Aung Ko Ko\",\"nationality\":\"MMR\",\"documents\":[]}");
        }

        @Test
        void writesTheOperationGroupOnlyWhenTheMessageNamesOne() {
            LiaisonMessage alert = SampleMessages.bavetTraffickingAlert();

            assertThat(json.toJson(alert)).doesNotContain("operationGroup");
            assertThat(json.toJson(alert.toBuilder().operationGroup("MEKONG-JOINT-2026").build()))
                    .contains("\"operationGroup\":\"MEKONG-JOINT-2026\"");
        }

        @Test
        void writesQuantitiesAsJsonNumbersDigitForDigit() {
            assertThat(json.toJson(SampleMessages.maeSaiVehicleCheckRequest())).contains("\"quantity\":120000,");
            assertThat(json.toJson(SampleMessages.houayxaySeizureNotification())).contains("\"quantity\":48.5,");
        }

        @Test
        void writesAQuantityGivenInExponentFormInPlainDigits() {
            LiaisonMessage message = withQuantity(SampleMessages.houayxaySeizureNotification(), new BigDecimal("1.2E+5"));

            assertThat(json.toJson(message)).contains("\"quantity\":120000,");
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void writesADerivedRomanisationMarkOnlyWhenSetAndReadsItBack() {
            LiaisonMessage alert = SampleMessages.bavetTraffickingAlert();
            LiaisonMessage derived = alert.toBuilder().entities(new Entities(
                    List.of(Person.named(PersonRole.SUSPECT, SampleMessages.KHMER_NAME).withDerivedNameLatin("Chan Dara")),
                    List.of(), List.of(), List.of(), List.of())).build();

            assertThat(json.toJson(alert)).doesNotContain("nameLatinDerived");
            assertThat(json.toJson(derived)).contains("\"nameLatinDerived\":true");
            assertThat(json.fromJson(json.toJson(derived))).isEqualTo(derived);
            assertThat(json.fromJson(json.toJson(derived)).entities().persons().get(0).nameLatinDerived()).isTrue();
        }

        @ParameterizedTest
        @MethodSource("org.blohub.adapters.canonical.LiaisonMessageJsonTest#samples")
        void readsBackEverySampleAsAnEqualMessage(LiaisonMessage sample) {
            assertThat(json.fromJson(json.toJson(sample))).isEqualTo(sample);
            assertThat(json.fromJson(json.toJsonBytes(sample))).isEqualTo(sample);
        }

        @Test
        void keepsKhmerThaiAndLaoTextByteForByte() {
            LiaisonMessage alert = json.fromJson(json.toJsonBytes(SampleMessages.bavetTraffickingAlert()));
            LiaisonMessage request = json.fromJson(json.toJsonBytes(SampleMessages.maeSaiVehicleCheckRequest()));
            LiaisonMessage seizure = json.fromJson(json.toJsonBytes(SampleMessages.houayxaySeizureNotification()));

            assertThat(alert.entities().persons().get(0).nameOriginal().getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(new byte[] {(byte) 0xe1, (byte) 0x9e, (byte) 0x85, (byte) 0xe1, (byte) 0x9e, (byte) 0xb6,
                            (byte) 0xe1, (byte) 0x9e, (byte) 0x93, (byte) 0xe1, (byte) 0x9f, (byte) 0x8b, 0x20,
                            (byte) 0xe1, (byte) 0x9e, (byte) 0x8a, (byte) 0xe1, (byte) 0x9e, (byte) 0xb6,
                            (byte) 0xe1, (byte) 0x9e, (byte) 0x9a, (byte) 0xe1, (byte) 0x9f, (byte) 0x89,
                            (byte) 0xe1, (byte) 0x9e, (byte) 0xb6});
            assertThat(alert.entities().persons().get(0).nameLatin()).contains("Chan Dara");
            assertThat(request.entities().persons().get(0).nameOriginal()).isEqualTo("\u0e19\u0e32\u0e22\u0e2a\u0e21\u0e0a\u0e32\u0e22 \u0e43\u0e08\u0e14\u0e35");
            assertThat(seizure.entities().seizures().get(0).commodityOriginal()).contains("\u0ec0\u0e81\u0eb1\u0e94\u0ea5\u0eb5\u0ec8\u0e99");
        }

        @Test
        void keepsQuantitiesExact() {
            Seizure tablets = json.fromJson(json.toJson(SampleMessages.maeSaiVehicleCheckRequest())).entities().seizures().get(0);
            Seizure scales = json.fromJson(json.toJson(SampleMessages.houayxaySeizureNotification())).entities().seizures().get(0);

            assertThat(tablets.quantity().toPlainString()).isEqualTo("120000");
            assertThat(scales.quantity().toPlainString()).isEqualTo("48.5");
        }

        @Test
        void readsADecimalThatNoDoubleHoldsWithoutRounding() {
            String text = json.toJson(SampleMessages.houayxaySeizureNotification())
                    .replace("\"quantity\":48.5", "\"quantity\":0.1000000000000000000001");

            assertThat(json.fromJson(text).entities().seizures().get(0).quantity())
                    .isEqualTo(new BigDecimal("0.1000000000000000000001"));
        }
    }

    @Nested
    class CanonicalBytes {

        @Test
        void signTheOperationGroupAndReadItBack() {
            LiaisonMessage toGroup = SampleMessages.bavetTraffickingAlert().toBuilder()
                    .operationGroup("MEKONG-JOINT-2026").build();

            assertThat(new String(json.toCanonicalBytes(toGroup), StandardCharsets.UTF_8))
                    .contains("\"operationGroup\":\"MEKONG-JOINT-2026\"");
            assertThat(json.fromJson(json.toJson(toGroup)).operationGroup()).contains("MEKONG-JOINT-2026");
        }

        @Test
        void areTheSameWhateverTheMemberOrderOfTheJsonRead() {
            LiaisonMessage sample = SampleMessages.bavetTraffickingAlert();
            JsonNode tree = JsonMapper.builder().build().readTree(json.toJson(sample));
            String reversed = reverseMemberOrder(tree).toString();

            assertThat(reversed).isNotEqualTo(json.toJson(sample));
            assertThat(json.toCanonicalBytes(json.fromJson(reversed))).isEqualTo(json.toCanonicalBytes(sample));
            assertThat(CanonicalJson.canonicalize(reversed)).isEqualTo(json.toCanonicalBytes(sample));
        }

        @Test
        void sortMembersAndCarryDecimalsAsTheirExactValue() {
            String canonical = new String(json.toCanonicalBytes(SampleMessages.houayxaySeizureNotification()), StandardCharsets.UTF_8);

            assertThat(canonical).startsWith("{\"attachments\":[],\"body\":");
            assertThat(canonical).contains("{\"commodity\":\"pangolin scales\",\"commodityClass\":\"WILDLIFE\","
                    + "\"commodityOriginal\":\"\u0ec0\u0e81\u0eb1\u0e94\u0ea5\u0eb5\u0ec8\u0e99\",\"personsDetained\":1,"
                    + "\"place\":\"Houayxay checkpoint\",\"quantity\":48.5,\"seizedOn\":\"2026-11-27\",\"unit\":\"kg\"}");
            assertThat(new String(json.toCanonicalBytes(SampleMessages.maeSaiVehicleCheckRequest()), StandardCharsets.UTF_8))
                    .contains("\"quantity\":120000,");
        }

        @Test
        void containTheKhmerNameAsItsUtf8Bytes() {
            byte[] canonical = json.toCanonicalBytes(SampleMessages.bavetTraffickingAlert());
            byte[] name = ("\"nameOriginal\":\"" + SampleMessages.KHMER_NAME + "\"").getBytes(StandardCharsets.UTF_8);

            assertThat(Collections.indexOfSubList(asList(canonical), asList(name))).isPositive();
        }

        @Test
        void carryEveryQuantityTheValidatorAcceptsWithItsExactValue() {
            for (String quantity : List.of("123456789012.345", "999999999999999", "0.000000000000001", "0.1", "3.2")) {
                LiaisonMessage message = withQuantity(SampleMessages.houayxaySeizureNotification(), new BigDecimal(quantity));
                assertThat(new LiaisonMessageValidator().validate(message, SampleMessages.CLOCK)).isEmpty();

                LiaisonMessage signedForm = json.fromJson(json.toCanonicalBytes(message));

                assertThat(signedForm.entities().seizures().get(0).quantity()).isEqualByComparingTo(quantity);
            }
        }

        @Test
        void refuseAQuantityThatWouldBeSignedRounded() {
            LiaisonMessage message = withQuantity(SampleMessages.houayxaySeizureNotification(),
                    new BigDecimal("48.50000000000000000001"));

            assertThatThrownBy(() -> json.toCanonicalBytes(message))
                    .isInstanceOf(CanonicalJsonException.class)
                    .hasMessageContaining("$.entities.seizures[0].quantity");
        }
    }

    @Nested
    class ReadingBrokenDocuments {

        private final String alert = json.toJson(SampleMessages.bavetTraffickingAlert());

        @Test
        void namesAMissingTopLevelField() {
            String text = alert.replace("\"subject\":\"Suspected trafficking victim escort — watch for travel document\",", "");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class, e -> assertThat(e.path()).isEqualTo("subject"));
        }

        @Test
        void namesANullNestedFieldWithoutQuotingAnyContent() {
            String text = alert.replace("\"nameOriginal\":\"" + SampleMessages.KHMER_NAME + "\"", "\"nameOriginal\":null");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("entities.persons[0].nameOriginal"))
                    .hasMessageNotContaining("Chan");
        }

        @Test
        void namesAFieldOfTheWrongFormatWithoutQuotingIt() {
            String text = alert.replace("\"1991-07-04\"", "\"04/07/1991\"");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("entities.persons[0].birthDate"))
                    .hasMessageNotContaining("04/07/1991");
        }

        @Test
        void namesAnUnknownField() {
            String text = alert.replace("\"sex\":\"MALE\"", "\"sex\":\"MALE\",\"gender\":\"M\"");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("entities.persons[0].gender"))
                    .hasMessageContaining("unknown field");
        }

        @Test
        void refusesAnEpochMillisecondTimestampThatWasNotTranslated() {
            String text = alert.replace("\"createdAt\":\"2026-11-28T03:00:00Z\"", "\"createdAt\":1795856400000");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class, e -> assertThat(e.path()).isEqualTo("createdAt"));
        }

        @Test
        void refusesAQuantityWrittenAsAString() {
            String text = json.toJson(SampleMessages.houayxaySeizureNotification()).replace("\"quantity\":48.5", "\"quantity\":\"48.5\"");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("entities.seizures[0].quantity"));
        }

        @Test
        void refusesAFractionalCountOfDetainedPersons() {
            String text = json.toJson(SampleMessages.houayxaySeizureNotification()).replace("\"personsDetained\":1", "\"personsDetained\":1.5");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("entities.seizures[0].personsDetained"));
        }

        @Test
        void refusesAnUnknownKind() {
            String text = alert.replace("\"kind\":\"ALERT\"", "\"kind\":\"ALARM\"");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class, e -> assertThat(e.path()).isEqualTo("kind"));
        }

        @Test
        void refusesADuplicateMember() {
            String text = alert.replace("{\"id\":", "{\"kind\":\"REQUEST\",\"id\":");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOf(LiaisonMessageFormatException.class)
                    .hasMessageContaining("line 1");
        }

        @Test
        void namesANullListElementByItsIndex() {
            String text = alert.replace("\"to\":[\"VN-MOCBAI\",", "\"to\":[\"VN-MOCBAI\",null,");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class, e -> assertThat(e.path()).isEqualTo("to[1]"));
        }

        @Test
        void namesANullNationalReferenceByItsKey() {
            String text = alert.replace("\"level\":\"HIGH\"", "\"level\":null");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("source.nationalReferences.level"));
        }

        @Test
        void refusesAMissingListRatherThanReadingItAsEmpty() {
            String text = json.toJson(SampleMessages.tachileikResponse()).replace(",\"attachments\":[]", "");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class, e -> assertThat(e.path()).isEqualTo("attachments"));
        }

        @Test
        void refusesAnAttachmentWithoutSize() {
            String text = alert.replace("\"size\":482113,", "");

            assertThatThrownBy(() -> json.fromJson(text))
                    .isInstanceOfSatisfying(LiaisonMessageFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("attachments[0].size"));
        }
    }

    private static LiaisonMessage withQuantity(LiaisonMessage message, BigDecimal quantity) {
        Seizure original = message.entities().seizures().get(0);
        Seizure changed = new Seizure(original.commodity(), original.commodityOriginal(), original.commodityClass(), quantity,
                original.unit(), original.place(), original.seizedOn(), original.personsDetained());
        Entities entities = message.entities();
        return message.toBuilder()
                .entities(new Entities(entities.persons(), entities.documents(), entities.vehicles(), entities.vessels(), List.of(changed)))
                .build();
    }

    private static JsonNode reverseMemberOrder(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            Collections.reverse(members);
            ObjectNode reversed = JsonMapper.builder().build().createObjectNode();
            members.forEach(member -> reversed.set(member.getKey(), reverseMemberOrder(member.getValue())));
            return reversed;
        }
        if (node.isArray()) {
            var array = JsonMapper.builder().build().createArrayNode();
            node.forEach(element -> array.add(reverseMemberOrder(element)));
            return array;
        }
        return node;
    }

    private static List<Byte> asList(byte[] bytes) {
        List<Byte> list = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
