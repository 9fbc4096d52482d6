package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditEventLeafTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static final AuditEvent SENT = new AuditEvent(Instant.parse("2026-03-14T08:30:01.250Z"),
            AuditEventType.SENT, Optional.of("01JQ8Z00000000000000000001"), Optional.of("01JQ8Z00000000000000000002"),
            Optional.of("TH-MAESAI"), List.of("MM-TACHILEIK", "MM-MYAWADDY"), "node:th", Optional.of(SHA),
            Optional.empty());

    private static String text(AuditEventLeaf leaf) {
        return new String(leaf.canonicalJson().toByteArray(), StandardCharsets.UTF_8);
    }

    @Nested
    class Encoding {

        @Test
        void writesTheEventAndItsIndexAsCanonicalJsonWithMembersInCodeUnitOrder() {
            assertThat(text(AuditEventLeaf.of(42, SENT))).isEqualTo("{\"actor\":\"node:th\","
                    + "\"conversationId\":\"01JQ8Z00000000000000000002\",\"envelopeSha256\":\"" + SHA + "\","
                    + "\"from\":\"TH-MAESAI\",\"index\":42,\"messageId\":\"01JQ8Z00000000000000000001\","
                    + "\"time\":\"2026-03-14T08:30:01.250Z\",\"to\":[\"MM-TACHILEIK\",\"MM-MYAWADDY\"],"
                    + "\"type\":\"SENT\",\"v\":1}");
        }

        @Test
        void leavesOutAbsentFieldsButKeepsAnEmptyRecipientList() {
            AuditEvent login = new AuditEvent(Instant.parse("2026-03-14T08:30:00Z"), AuditEventType.LOGIN,
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "officer:th-maesai-duty",
                    Optional.empty(), Optional.empty());

            assertThat(text(AuditEventLeaf.of(0, login))).isEqualTo("{\"actor\":\"officer:th-maesai-duty\","
                    + "\"index\":0,\"time\":\"2026-03-14T08:30:00Z\",\"to\":[],\"type\":\"LOGIN\",\"v\":1}");
        }

        @Test
        void writesAFailedLoginWithItsRemoteAddressAndReadsItBack() {
            AuditEvent failed = AuditEvent.failedLogin(Instant.parse("2026-03-14T08:30:00Z"), "th-maesai",
                    Optional.of("TH-MAESAI"), "BAD_CREDENTIALS", Optional.of("192.0.2.7"));

            AuditEventLeaf leaf = AuditEventLeaf.of(3, failed);

            assertThat(text(leaf)).isEqualTo("{\"actor\":\"th-maesai\",\"from\":\"TH-MAESAI\",\"index\":3,"
                    + "\"reasonCode\":\"BAD_CREDENTIALS\",\"remoteAddress\":\"192.0.2.7\","
                    + "\"time\":\"2026-03-14T08:30:00Z\",\"to\":[],\"type\":\"LOGIN_FAILED\",\"v\":1}");
            assertThat(AuditEventLeaf.parse(leaf.canonicalJson().toByteArray())).isEqualTo(leaf);
        }

        @Test
        void writesAnAdministrativeActionWithWhatItActedOnAndReadsItBack() {
            AuditEvent discard = AuditEvent.admin(Instant.parse("2026-03-14T08:30:00Z"), "th-admin",
                    "QUARANTINE_DISCARDED", Optional.of("quarantine:17"), Optional.of("DUPLICATE"));

            AuditEventLeaf leaf = AuditEventLeaf.of(4, discard);

            assertThat(text(leaf)).isEqualTo("{\"action\":\"QUARANTINE_DISCARDED\",\"actor\":\"th-admin\",\"index\":4,"
                    + "\"reasonCode\":\"DUPLICATE\",\"target\":\"quarantine:17\",\"time\":\"2026-03-14T08:30:00Z\","
                    + "\"to\":[],\"type\":\"ADMIN\",\"v\":1}");
            assertThat(AuditEventLeaf.parse(leaf.canonicalJson().toByteArray())).isEqualTo(leaf);
        }

        @Test
        void keepsTheTimeToTheMicrosecondAsTheStoreDoes() {
            AuditEvent precise = new AuditEvent(Instant.parse("2026-03-14T08:30:01.123456789Z"), AuditEventType.READ,
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "node:th", Optional.empty(),
                    Optional.empty());

            assertThat(text(AuditEventLeaf.of(1, precise))).contains("\"time\":\"2026-03-14T08:30:01.123456Z\"");
        }

        @Test
        void encoderGivesTheSameBytesAsTheLeafWithTheIndexTheStoreAssigned() {
            assertThat(new CanonicalAuditLeafEncoder().encode(7, SENT)).isEqualTo(AuditEventLeaf.of(7, SENT)
                    .canonicalJson());
            assertThat(new CanonicalAuditLeafEncoder().encode(7, SENT)).isNotEqualTo(AuditEventLeaf.of(8, SENT)
                    .canonicalJson());
        }
    }

    @Nested
    class Parsing {

        @Test
        void readsBackEveryFieldOfAnEncodedLeaf() {
            AuditEventLeaf leaf = AuditEventLeaf.of(42, SENT);

            assertThat(AuditEventLeaf.parse(leaf.canonicalJson().toByteArray())).isEqualTo(leaf);
        }

        @Test
        void refusesJsonThatIsNotInCanonicalForm() {
            byte[] spaced = text(AuditEventLeaf.of(42, SENT)).replace(",\"index\"", ", \"index\"")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> AuditEventLeaf.parse(spaced)).isInstanceOf(AuditLeafFormatException.class)
                    .hasMessageContaining("canonical");
        }

        @Test
        void refusesAnUnknownMemberSuchAsMessageContent() {
            byte[] withSubject = text(AuditEventLeaf.of(3, SENT)).replace("\"time\"", "\"subject\":\"x\",\"time\"")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> AuditEventLeaf.parse(withSubject)).isInstanceOf(AuditLeafFormatException.class)
                    .hasMessageContaining("unknown member \"subject\"");
        }

        @Test
        void refusesALeafWithoutIndex() {
            byte[] noIndex = text(AuditEventLeaf.of(3, SENT)).replace("\"index\":3,", "")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> AuditEventLeaf.parse(noIndex)).isInstanceOf(AuditLeafFormatException.class)
                    .hasMessageContaining("\"index\"");
        }
    }
}
