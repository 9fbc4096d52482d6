package org.blohub.adapters.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8);
    }

    @Nested
    class PublishedExamples {

        /** RFC 8785 section 3.2.2, input and output as published. */
        @Test
        void producesTheOutputOfRfc8785Section322() {
            String input = """
                    {
                      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                      "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                      "literals": [null, true, false]
                    }""";

            assertThat(canonical(input)).isEqualTo(
                    "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                            + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
        }

        /** RFC 8785 section 3.2.4: the UTF-8 bytes of the section 3.2.2 example, as published in hex. */
        @Test
        void writesTheRfc8785ExampleAsThePublishedUtf8Bytes() {
            String input = "{\"numbers\":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"
                    + "\"string\":\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\"literals\":[null,true,false]}";
            String publishedHex = ""
                    + "7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 "
                    + "75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a "
                    + "5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31 "
                    + "65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37 "
                    + "5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30 "
                    + "30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d";

            assertThat(toHex(CanonicalJson.canonicalize(input))).isEqualTo(publishedHex.replace(" ", ""));
        }

        /** cyberphone/json-canonicalization testdata/input/weird.json and output/weird.json. */
        @Test
        void sortsMemberNamesByUtf16CodeUnitsAsInTheWeirdTestVector() {
            String input = """
                    {
                      "\\u20ac": "Euro Sign",
                      "1": "One",
                      "\\u0080": "Control\\u007f",
                      "\\ud83d\\ude02": "Smiley",
                      "\\u00f6": "Latin Small Letter O With Diaeresis",
                      "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                      "</script>": "Browser Challenge"
                    }""";

            assertThat(canonical(input)).isEqualTo("{\"1\":\"One\",\"</script>\":\"Browser Challenge\","
                    + "\"\u0080\":\"Control\u007f\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                    + "\"\ud83d\ude02\":\"Smiley\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
        }

        /** cyberphone/json-canonicalization testdata/input/structures.json and output/structures.json. */
        @Test
        void sortsNestedObjectsAsInTheStructuresTestVector() {
            String input = """
                    {
                      "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},
                      "10": { },
                      "": "empty",
                      "a": { },
                      "111": [ { } ],
                      "A": { }
                    }""";

            assertThat(canonical(input))
                    .isEqualTo("{\"\":\"empty\",\"1\":{\"\\n\":56,\"f\":{\"F\":5,\"f\":\"hi\"}},\"10\":{},\"111\":[{}],\"A\":{},\"a\":{}}");
        }

        /** RFC 8785 Appendix B, "Number Serialization Samples": IEEE 754 bit pattern and expected text. */
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "0000000000000000, 0",
                "8000000000000000, 0",
                "0000000000000001, 5e-324",
                "8000000000000001, -5e-324",
                "7fefffffffffffff, 1.7976931348623157e+308",
                "ffefffffffffffff, -1.7976931348623157e+308",
                "4340000000000000, 9007199254740992",
                "c340000000000000, -9007199254740992",
                "4430000000000000, 295147905179352830000",
                "44b52d02c7e14af5, 9.999999999999997e+22",
                "44b52d02c7e14af6, 1e+23",
                "44b52d02c7e14af7, 1.0000000000000001e+23",
                "444b1ae4d6e2ef4e, 999999999999999700000",
                "444b1ae4d6e2ef4f, 999999999999999900000",
                "444b1ae4d6e2ef50, 1e+21",
                "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
                "3eb0c6f7a0b5ed8d, 0.000001",
                "41b3de4355555553, 333333333.3333332",
                "41b3de4355555554, 333333333.33333325",
                "41b3de4355555555, 333333333.3333333",
                "41b3de4355555556, 333333333.3333334",
                "41b3de4355555557, 333333333.33333343",
                "becbf647612f3696, -0.0000033333333333333333",
                "43143ff3c1cb0959, 1424953923781206.2"
        })
        void writesTheNumberSamplesOfRfc8785AppendixB(String ieee754Hex, String expected) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754Hex, 16));

            assertThat(EcmaScriptNumber.format(value)).isEqualTo(expected);
            assertThat(canonical("[" + Double.toString(value) + "]")).isEqualTo("[" + expected + "]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"7fffffffffffffff", "7ff0000000000000"})
        void refusesNanAndInfinityFromAppendixB(String ieee754Hex) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754Hex, 16));

            assertThatThrownBy(() -> EcmaScriptNumber.format(value)).isInstanceOf(CanonicalJsonException.class);
        }
    }

    @Nested
    class Numbers {

        @Test
        void switchesToExponentFormOnlyFrom1e21AndBelow1e6() {
            assertThat(EcmaScriptNumber.format(1e20)).isEqualTo("100000000000000000000");
            assertThat(EcmaScriptNumber.format(1e21)).isEqualTo("1e+21");
            assertThat(EcmaScriptNumber.format(1.5e21)).isEqualTo("1.5e+21");
            assertThat(EcmaScriptNumber.format(1e-6)).isEqualTo("0.000001");
            assertThat(EcmaScriptNumber.format(1.25e-7)).isEqualTo("1.25e-7");
            assertThat(EcmaScriptNumber.format(1e7)).isEqualTo("10000000");
        }

        @Test
        void writesDecimalsWithTheShortestDigitsThatReadBack() {
            assertThat(EcmaScriptNumber.format(0.1)).isEqualTo("0.1");
            assertThat(EcmaScriptNumber.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
            assertThat(EcmaScriptNumber.format(48.5)).isEqualTo("48.5");
            assertThat(EcmaScriptNumber.format(-3.2)).isEqualTo("-3.2");
            assertThat(EcmaScriptNumber.format(2e-3)).isEqualTo("0.002");
        }

        @Test
        void writesRandomDoublesSoThatTheyReadBackWithNoMoreDigitsThanJavaUses() {
            java.util.Random random = new java.util.Random(8785);
            for (int i = 0; i < 3_000; i++) {
                double value = Double.longBitsToDouble(random.nextLong());
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    continue;
                }
                String written = EcmaScriptNumber.format(value);

                assertThat(Double.parseDouble(written)).as(written).isEqualTo(value == 0 ? 0.0 : value);
                assertThat(significantDigits(written)).as(written)
                        .isLessThanOrEqualTo(significantDigits(Double.toString(Math.abs(value))));
            }
        }

        private static int significantDigits(String number) {
            String mantissa = number.replaceFirst("[eE].*$", "").replace("-", "").replace(".", "");
            String trimmed = mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "");
            return Math.max(trimmed.length(), 1);
        }

        @Test
        void refusesInStrictModeAnIntegerBeyondWhatADoubleHoldsButRoundsItInRfcMode() {
            JsonNode tree = JsonMapper.builder()
                    .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                    .readTree("{\"quantity\":12345678901234567890}");

            assertThat(new String(CanonicalJson.canonicalize(tree), StandardCharsets.UTF_8))
                    .isEqualTo("{\"quantity\":12345678901234567000}");
            assertThatThrownBy(() -> CanonicalJson.canonicalizeRefusingInexactNumbers(tree))
                    .isInstanceOf(CanonicalJsonException.class)
                    .hasMessageContaining("$.quantity");
        }

        @Test
        void acceptsInStrictModeDecimalsADoubleCarriesExactly() {
            JsonNode tree = JsonMapper.builder()
                    .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                    .readTree("{\"a\":48.50,\"b\":120000,\"c\":0.001}");

            assertThat(new String(CanonicalJson.canonicalizeRefusingInexactNumbers(tree), StandardCharsets.UTF_8))
                    .isEqualTo("{\"a\":48.5,\"b\":120000,\"c\":0.001}");
        }
    }

    @Nested
    class Strings {

        @Test
        void escapesOnlyWhatJsonRequiresWithLowerCaseHex() {
            assertThat(canonical("[\"\\u0001\\u001F\\t\\b\\f\\r\\n/\\u007f\"]"))
                    .isEqualTo("[\"\\u0001\\u001f\\t\\b\\f\\r\\n/\u007f\"]");
        }

        @Test
        void keepsThaiKhmerAndLaoAsRawUtf8() {
            byte[] bytes = CanonicalJson.canonicalize("{\"th\":\"นายสมชาย\",\"km\":\"ចាន់ ដារ៉ា\",\"lo\":\"ເກັດລີ່ນ\"}");

            assertThat(bytes).isEqualTo("{\"km\":\"ចាន់ ដារ៉ា\",\"lo\":\"ເກັດລີ່ນ\",\"th\":\"นายสมชาย\"}"
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Test
        void refusesALoneSurrogate() {
            assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"name\":\"\\ud83d\"}"))
                    .isInstanceOf(CanonicalJsonException.class)
                    .hasMessageContaining("$.name");
        }
    }

    @Nested
    class Structure {

        @Test
        void givesTheSameBytesWhateverTheMemberOrderAndWhitespaceOfTheInput() {
            String one = "{\"b\":[1,{\"y\":2,\"x\":1}],\"a\":\"text\"}";
            String other = "{ \"a\" : \"text\",\n  \"b\" : [ 1.0, { \"x\" : 1, \"y\" : 2e0 } ] }";

            assertThat(CanonicalJson.canonicalize(one)).isEqualTo(CanonicalJson.canonicalize(other));
            assertThat(canonical(one)).isEqualTo("{\"a\":\"text\",\"b\":[1,{\"x\":1,\"y\":2}]}");
        }

        @Test
        void refusesDuplicateMemberNames() {
            assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\":1,\"a\":2}"))
                    .isInstanceOf(CanonicalJsonException.class);
        }

        @Test
        void refusesTrailingContent() {
            assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\":1} {}"))
                    .isInstanceOf(CanonicalJsonException.class);
        }
    }

    private static String toHex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
