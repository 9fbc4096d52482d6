package org.blohub.adapters.jsonmapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.blohub.adapters.SampleDocuments;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.Translation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mapping language itself, with a small mapping for an invented Vietnamese border-guard feed. */
class JsonMappingTranslatorTest {

    private static final String VN_MAPPING = """
            format: vn-border-guard-json
            system: vn-border-guard
            reference: /ref
            message:
              createdAt: { pointer: /sent, time: dd/MM/yyyy HH:mm, zone: Asia/Ho_Chi_Minh }
              replyBy: { pointer: /answerBy, time: epoch-seconds, optional: true }
              to: { pointer: /to }
              subject: { pointer: /about }
              body: { join: [/text, /signature] }
            """;

    private Translation translate(JsonMappingTranslator translator, String json) {
        return translator.translate(new NationalDocument("feed.json", json.getBytes(StandardCharsets.UTF_8)),
                SampleDocuments.context("VN-MOCBAI"));
    }

    @Test
    void appliesPatternTimesJoinsAndTheChannelDefaults() {
        JsonMappingTranslator translator = JsonMappingTranslator.fromYaml(VN_MAPPING, "vn.yaml");
        Translation translation = translate(translator, """
                {"ref": "BG-7", "sent": "28/11/2026 16:05", "answerBy": 1796000000, "to": "KH-BAVET",
                 "about": "Crossing", "text": "Seen at 15:00.", "signature": "Duty officer"}
                """);
        assertThat(translation.refusals()).isEmpty();
        LiaisonMessage message = translation.messages().get(0).message();
        assertThat(translator.formatId()).isEqualTo("vn-border-guard-json");
        assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-11-28T09:05:00Z"));
        assertThat(message.replyBy()).contains(Instant.ofEpochSecond(1796000000L));
        assertThat(message.to()).containsExactly("KH-BAVET");
        assertThat(message.body()).isEqualTo("Seen at 15:00. Duty officer");
        assertThat(message.from()).as("no from in the mapping: the channel's office").isEqualTo("VN-MOCBAI");
        assertThat(message.kind()).isEqualTo(MessageKind.NOTIFICATION);
        assertThat(message.priority()).isEqualTo(Priority.ROUTINE);
        assertThat(message.handling().code()).isEqualTo(HandlingCode.H0);
        assertThat(message.language()).isEqualTo("en");
        assertThat(message.source().flatMap(s -> s.reference())).contains("BG-7");
        assertThat(translation.messages().get(0).reference()).isEqualTo("vn-border-guard:BG-7");
    }

    @Test
    void aTimeThatDoesNotMatchThePatternIsRefusedNamingThePointer() {
        JsonMappingTranslator translator = JsonMappingTranslator.fromYaml(VN_MAPPING, "vn.yaml");
        Translation translation = translate(translator, """
                {"ref": "BG-7", "sent": "2026-11-28T16:05", "to": ["KH-BAVET"], "about": "x", "text": "y"}
                """);
        assertThat(translation.messages()).isEmpty();
        assertThat(translation.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.locator()).isEqualTo("/sent");
            assertThat(refusal.reason()).contains("dd/MM/yyyy HH:mm");
        });
    }

    @Nested
    class InvalidMappings {

        private void assertInvalid(String yaml, String expectedKeyAndProblem) {
            assertThatThrownBy(() -> JsonMappingTranslator.fromYaml(yaml, "bad.yaml"))
                    .isInstanceOf(InvalidMappingException.class)
                    .hasMessageStartingWith("mapping bad.yaml, ")
                    .hasMessageContaining(expectedKeyAndProblem);
        }

        @Test
        void anUnknownKeyIsNamed() {
            assertInvalid(VN_MAPPING.replace("  to:", "  recipients:"), "message.recipients: unknown key");
        }

        @Test
        void aMalformedPointerIsNamed() {
            assertInvalid(VN_MAPPING.replace("pointer: /about", "pointer: about"), "message.subject.pointer: not a JSON Pointer");
        }

        @Test
        void aValueMapToANonCanonicalCodeIsNamed() {
            assertInvalid(VN_MAPPING + "  priority: { pointer: /p, values: { '1': URGENT } }\n", "message.priority: URGENT is not one of");
        }

        @Test
        void aMissingCreationTimeIsNamed() {
            assertInvalid(VN_MAPPING.replace("  createdAt: { pointer: /sent, time: dd/MM/yyyy HH:mm, zone: Asia/Ho_Chi_Minh }\n", ""),
                    "message.createdAt: required");
        }

        @Test
        void anOptionalSubjectIsRefused() {
            assertInvalid(VN_MAPPING.replace("pointer: /about", "pointer: /about, optional: true"), "message.subject: cannot be optional");
        }

        @Test
        void aTimePatternWithoutZoneIsNamed() {
            assertInvalid(VN_MAPPING.replace(", zone: Asia/Ho_Chi_Minh", ""), "message.createdAt.zone");
        }

        @Test
        void aRuleWithTwoSourcesIsNamed() {
            assertInvalid(VN_MAPPING.replace("pointer: /about", "pointer: /about, constant: x"), "message.subject: give exactly one of");
        }
    }
}
