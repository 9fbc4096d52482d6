package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.hub.store.ImmutableBytes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditEventLeafTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static final AuditEvent SENT = new AuditEvent(Instant.parse("2026-03-14T08:30:01.250Z"),
            AuditEventType.SENT, Optional.of("01JQ8Z00000000000000000001"), Optional.of("01JQ8Z00000000000000000002"),
            Optional.of("TH-MAESAI"), List.of("MM-TACHILEIK", "MM-MYAWADDY"), "node:th", Optional.of(SHA),
            Optional.empty());

    private static String text(ImmutableBytes leaf) {
        return new String(leaf.toByteArray(), StandardCharsets.UTF_8);
    }

    @Nested
    class Encoding {

        @Test
        void writesTheEventAndItsIndexAsCanonicalJsonWithMembersInCodeUnitOrder() {
            assertThat(text(SENT.leaf(42))).isEqualTo("{\"actor\":\"node:th\","
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

            assertThat(text(login.leaf(0))).isEqualTo("{\"actor\":\"officer:th-maesai-duty\","
                    + "\"index\":0,\"time\":\"2026-03-14T08:30:00Z\",\"to\":[],\"type\":\"LOGIN\",\"v\":1}");
        }

        @Test
        void writesAFailedLoginWithItsRemoteAddressAndReadsItBack() {
            AuditEvent failed = AuditEvent.failedLogin(Instant.parse("2026-03-14T08:30:00Z"), "th-maesai",
                    Optional.of("TH-MAESAI"), "BAD_CREDENTIALS", Optional.of("192.0.2.7"));

            ImmutableBytes leaf = failed.leaf(3);

            assertThat(text(leaf)).isEqualTo("{\"actor\":\"th-maesai\",\"from\":\"TH-MAESAI\",\"index\":3,"
                    + "\"reasonCode\":\"BAD_CREDENTIALS\",\"remoteAddress\":\"192.0.2.7\","
                    + "\"time\":\"2026-03-14T08:30:00Z\",\"to\":[],\"type\":\"LOGIN_FAILED\",\"v\":1}");
            assertThat(AuditEvent.parseLeaf(leaf.toByteArray()).event()).isEqualTo(failed);
        }

        @Test
        void writesAnAdministrativeActionWithWhatItActedOnAndReadsItBack() {
            AuditEvent discard = AuditEvent.admin(Instant.parse("2026-03-14T08:30:00Z"), "th-admin",
                    "QUARANTINE_DISCARDED", Optional.of("quarantine:17"), Optional.of("DUPLICATE"));

            ImmutableBytes leaf = discard.leaf(4);

            assertThat(text(leaf)).isEqualTo("{\"action\":\"QUARANTINE_DISCARDED\",\"actor\":\"th-admin\",\"index\":4,"
                    + "\"reasonCode\":\"DUPLICATE\",\"target\":\"quarantine:17\",\"time\":\"2026-03-14T08:30:00Z\","
                    + "\"to\":[],\"type\":\"ADMIN\",\"v\":1}");
            assertThat(AuditEvent.parseLeaf(leaf.toByteArray()).event()).isEqualTo(discard);
        }

        @Test
        void keepsTheTimeToTheMicrosecondAsTheStoreDoes() {
            AuditEvent precise = new AuditEvent(Instant.parse("2026-03-14T08:30:01.123456789Z"), AuditEventType.READ,
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "node:th", Optional.empty(),
                    Optional.empty());

            assertThat(text(precise.leaf(1))).contains("\"time\":\"2026-03-14T08:30:01.123456Z\"");
        }

        @Test
        void encoderGivesTheSameBytesAsTheLeafWithTheIndexTheStoreAssigned() {
            assertThat(new CanonicalAuditLeafEncoder().encode(7, SENT)).isEqualTo(SENT.leaf(7));
            assertThat(new CanonicalAuditLeafEncoder().encode(7, SENT)).isNotEqualTo(SENT.leaf(8));
        }
    }

    @Nested
    class Parsing {

        @Test
        void readsBackEveryFieldOfAnEncodedLeafWithItsIndexAndLeafHash() {
            ImmutableBytes leaf = SENT.leaf(42);

            AuditRecord read = AuditEvent.parseLeaf(leaf.toByteArray());

            assertThat(read.event()).isEqualTo(SENT);
            assertThat(read.index()).isEqualTo(42);
            assertThat(read.leafBytes()).isEqualTo(leaf);
            assertThat(read.leafHash().toByteArray()).isEqualTo(MerkleHashes.leafHash(leaf.toByteArray()));
        }

        @Test
        void refusesJsonThatIsNotInCanonicalForm() {
            byte[] spaced = text(SENT.leaf(42)).replace(",\"index\"", ", \"index\"")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> AuditEvent.parseLeaf(spaced)).isInstanceOf(AuditLeafFormatException.class)
                    .hasMessageContaining("canonical");
        }

        @Test
        void refusesAnUnknownMemberSuchAsMessageContent() {
            byte[] withSubject = text(SENT.leaf(3)).replace("\"time\"", "\"subject\":\"x\",\"time\"")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> AuditEvent.parseLeaf(withSubject)).isInstanceOf(AuditLeafFormatException.class)
                    .hasMessageContaining("unknown member \"subject\"");
        }

        @Test
        void refusesALeafWithoutIndex() {
            byte[] noIndex = text(SENT.leaf(3)).replace("\"index\":3,", "")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> AuditEvent.parseLeaf(noIndex)).isInstanceOf(AuditLeafFormatException.class)
                    .hasMessageContaining("\"index\"");
        }

        @Test
        void refusesALeafNamingANegativeIndex() {
            byte[] negative = text(SENT.leaf(3)).replace("\"index\":3,", "\"index\":-3,")
                    .getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> AuditEvent.parseLeaf(negative)).isInstanceOf(AuditLeafFormatException.class)
                    .hasMessageContaining("-3");
            assertThatThrownBy(() -> SENT.leaf(-1)).isInstanceOf(AuditLeafFormatException.class);
        }
    }
}
