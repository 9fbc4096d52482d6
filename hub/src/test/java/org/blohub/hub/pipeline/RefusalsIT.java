package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.QuarantinedMessage;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptKind;
import org.blohub.hub.store.ReceiptStore;
import org.blohub.hub.store.StoredMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every refusal on arrival is quarantined with its reason, audited REJECTED, and answered with a
 * negative receipt that turns the sender's message FAILED with a reason it can act on. The sending
 * node here is "rogue": it skips its own checks (see {@link RogueSender}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalsIT {

    private static final int MAX_ENVELOPE_BYTES = 200_000;

    @TempDir
    static Path directory;

    static TwoNodes nodes;
    static RogueSender rogue;

    @BeforeAll
    static void startNodes() throws Exception {
        nodes = new TwoNodes(directory, Map.of("blo.node.max-envelope-bytes", MAX_ENVELOPE_BYTES)).start();
        rogue = new RogueSender(nodes.th);
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnArrival {

        @Test
        void refusesAnOfficePairWithoutAgreement() throws Exception {
            LiaisonMessage message = rogue.message("TH-MAESAI", "LA-HOUAYXAY", HandlingCode.H0);
            rogue.sendSealed(message, List.of("LA-HOUAYXAY"), "LA-HOUAYXAY");

            assertRefused(message.id(), "BLO-IN-006 NOT_AUTHORIZED", "no agreement allows TH-MAESAI");
        }

        @Test
        void refusesAHandlingCodeAboveTheAgreement() throws Exception {
            LiaisonMessage message = rogue.message("TH-CHIANGSAEN", "LA-TONPHEUNG", HandlingCode.H2);
            rogue.sendSealed(message, List.of("LA-TONPHEUNG"), "LA-TONPHEUNG");

            assertRefused(message.id(), "BLO-IN-006 NOT_AUTHORIZED", "only up to handling code H1");
        }

        @Test
        void refusesAnEnvelopeReEncryptedToAnOfficeTheSignedListDoesNotName() throws Exception {
            LiaisonMessage message = rogue.message("TH-CHIANGKHONG", "LA-TONPHEUNG", HandlingCode.H0);
            rogue.sendSealed(message, List.of("LA-HOUAYXAY"), "LA-HOUAYXAY");

            assertRefused(message.id(), "BLO-IN-003 NOT_ADDRESSED_TO_THIS_NODE", "does not name LA-HOUAYXAY");
        }

        @Test
        void refusesAnEnvelopeTamperedInTheBroker() throws Exception {
            LiaisonMessage message = rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0);
            byte[] envelope = rogue.seal(message, List.of("LA-HOUAYXAY"));
            rogue.recordInOutbox(message, envelope);
            envelope[envelope.length - 40] ^= 0x01;
            rogue.send(envelope, message.id(), message.from(), "LA-HOUAYXAY", message.id() + ":LA");

            assertRefused(message.id(), "BLO-IN-002 ENVELOPE_REFUSED", "CMS-00");
        }

        @Test
        void refusesAMessageNamingAnOfficeNotInTheRegistry() throws Exception {
            LiaisonMessage message = rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0);
            byte[] envelope = rogue.seal(message, List.of("LA-HOUAYXAY"));
            rogue.recordInOutbox(message, envelope);
            rogue.send(envelope, message.id(), message.from(), "LA-HOUAYXAY,LA-NOWHERE", message.id() + ":LA");

            assertRefused(message.id(), "BLO-IN-008 UNKNOWN_OFFICE", "LA-NOWHERE is not in the network registry");
        }

        @Test
        void refusesAnOversizedEnvelope() throws Exception {
            LiaisonMessage message = rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0);
            byte[] envelope = rogue.seal(message, List.of("LA-HOUAYXAY"));
            rogue.recordInOutbox(message, envelope);
            byte[] oversized = java.util.Arrays.copyOf(envelope, MAX_ENVELOPE_BYTES + 1);
            rogue.send(oversized, message.id(), message.from(), "LA-HOUAYXAY", message.id() + ":LA");

            assertRefused(message.id(), "BLO-IN-007 OVERSIZED", "exceeds the limit of " + MAX_ENVELOPE_BYTES);
        }

        @Test
        void deliversAReplayedEnvelopeOnlyOnceAndAnswersItWithTheDeliveredReceiptAgainWithoutRefusingIt()
                throws Exception {
            String id = nodes.submitThToLa("Replayed request");
            MessageStore thStore = nodes.th.getBean(MessageStore.class);
            await().atMost(TwoNodes.PATIENCE).until(() -> statusOn(thStore, id) == MessageStatus.DELIVERED);
            StoredMessage sent = thStore.find(id, Direction.OUTBOUND).orElseThrow();

            rogue.send(sent.envelope().orElseThrow().toByteArray(), id, "TH-CHIANGKHONG", "LA-HOUAYXAY", id + ":LA:replay");

            ReceiptStore thReceipts = nodes.th.getBean(ReceiptStore.class);
            await().atMost(TwoNodes.PATIENCE).until(() -> thReceipts.forMessage(id).size() == 2);
            assertThat(thReceipts.forMessage(id)).extracting(Receipt::kind, Receipt::fromOffice)
                    .containsOnly(tuple(ReceiptKind.DELIVERED, "LA-HOUAYXAY"));
            assertThat(statusOn(thStore, id)).isEqualTo(MessageStatus.DELIVERED);
            assertThat(inboxCopiesOnLa(id)).isEqualTo(1);
            assertThat(quarantined(nodes.la.getBean(QuarantineStore.class), id)).isEmpty();
            List<AuditEventType> laEvents = TwoNodeExchangeIT.eventsOf(nodes.la.getBean(AuditLog.class), id);
            assertThat(laEvents).containsOnlyOnce(AuditEventType.RECEIVED, AuditEventType.DELIVERED)
                    .doesNotContain(AuditEventType.REJECTED, AuditEventType.QUARANTINED);
            assertThat(laEvents).filteredOn(AuditEventType.RECEIPT::equals).hasSize(2);
        }

        @Test
        void ignoresACopyWithTheSameIdButAnotherEnvelopeWithoutAnswering() throws Exception {
            LiaisonMessage message = rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0);
            rogue.sendSealed(message, List.of("LA-HOUAYXAY"), "LA-HOUAYXAY");
            MessageStore thStore = nodes.th.getBean(MessageStore.class);
            await().atMost(TwoNodes.PATIENCE).until(() -> statusOn(thStore, message.id()) == MessageStatus.DELIVERED);

            byte[] resealed = rogue.seal(message, List.of("LA-HOUAYXAY"));
            rogue.send(resealed, message.id(), message.from(), "LA-HOUAYXAY", message.id() + ":LA:resealed");

            QuarantineStore laQuarantine = nodes.la.getBean(QuarantineStore.class);
            await().atMost(TwoNodes.PATIENCE).until(() -> quarantined(laQuarantine, message.id()).isPresent());
            assertThat(quarantined(laQuarantine, message.id()).get().entry().reasonText()).contains("different envelope");
            assertThat(inboxCopiesOnLa(message.id())).isEqualTo(1);
            // The re-sent receipt is audited before the refusal is recorded, so one would show by now.
            assertThat(TwoNodeExchangeIT.eventsOf(nodes.la.getBean(AuditLog.class), message.id()))
                    .containsOnlyOnce(AuditEventType.RECEIPT);
        }

        private static long inboxCopiesOnLa(String id) {
            return nodes.la.getBean(MessageStore.class).inbox(
                    org.blohub.hub.store.MailboxQuery.firstPage("LA-HOUAYXAY", 200)).messages().stream()
                    .filter(m -> m.messageId().equals(id)).count();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @ExtendWith(OutputCaptureExtension.class)
    class OnSubmission {

        @Test
        void refusesAnOfficePairWithoutAgreementWithTheReason() {
            TwoNodes.Response response = nodes.asOfficer(nodes.th, "TH-MAESAI", "POST", "/api/messages",
                    TwoNodes.request("LA-HOUAYXAY", "H0", "Not covered"));

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("message").asString())
                    .contains("no agreement allows TH-MAESAI to send REQUEST to LA-HOUAYXAY");
        }

        @Test
        void logsARefusalAsOneInfoLineWithItsCodeAndNoStackTrace(CapturedOutput output) {
            TwoNodes.Response response = nodes.asOfficer(nodes.th, "TH-MAESAI", "POST", "/api/messages",
                    TwoNodes.request("LA-HOUAYXAY", "H0", "Refused quietly"));
            assertThat(response.status()).isEqualTo(403);

            assertThat(output.getOut().lines().filter(line -> line.contains("BLO-OUT-001")))
                    .singleElement().satisfies(line -> assertThat(line)
                            .contains(" INFO ", "from TH-MAESAI refused: NOT_AUTHORIZED"));
            assertThat(output.getOut()).doesNotContain("Refused quietly", "Exhausted after delivery attempt", " ERROR ");
        }

        @Test
        void refusesAHandlingCodeAboveTheAgreementWithTheCeiling() {
            TwoNodes.Response response = nodes.asSystem(nodes.th, "TH-CHIANGSAEN", "POST", "/api/messages",
                    TwoNodes.request("LA-TONPHEUNG", "H2", "Too sensitive"));

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("message").asString()).contains("only up to handling code H1");
        }

        @Test
        void refusesAnUnknownOffice() {
            TwoNodes.Response response = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages",
                    TwoNodes.request("LA-NOWHERE", "H0", "Nobody there"));

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("message").asString()).contains("unknown office LA-NOWHERE");
        }

        @Test
        void refusesAnOversizedMessageNamingTheField() {
            String body = TwoNodes.request("LA-HOUAYXAY", "H0", "Long").replace("Did pickup", "x".repeat(70_000));
            TwoNodes.Response response = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", body);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().at("/fieldErrors/0/path").asString()).isEqualTo("body");
        }

        @Test
        void answers503AndStoresNothingWhileTheDatabaseCannotTakeTheMessage() throws Exception {
            String request = TwoNodes.request("LA-HOUAYXAY", "H0", "While the audit log is locked");
            TwoNodes.Response response;
            try (Connection holder = nodes.th.getBean(DataSource.class).getConnection();
                    Statement statement = holder.createStatement()) {
                holder.setAutoCommit(false);
                statement.executeQuery("SELECT next_seq FROM audit_sequence WHERE id = 1 FOR UPDATE").close();
                response = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", request);
                holder.rollback();
            }

            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Retry-After")).contains("30");
            String reason = response.json().get("message").asString();
            assertThat(reason).contains("was not accepted", "nothing was stored or sent", "submit it again");
            String id = reason.split(" ")[1];
            assertThat(nodes.th.getBean(MessageStore.class).find(id, Direction.OUTBOUND)).isEmpty();
            assertThat(TwoNodeExchangeIT.eventsOf(nodes.th.getBean(AuditLog.class), id)).isEmpty();

            assertThat(nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", request).status())
                    .isEqualTo(202);
        }
    }

    private static void assertRefused(String id, String code, String reasonFragment) {
        MessageStore thStore = nodes.th.getBean(MessageStore.class);
        await().atMost(TwoNodes.PATIENCE).until(() -> statusOn(thStore, id) == MessageStatus.FAILED);
        MessageSummary failed = thStore.find(id, Direction.OUTBOUND).orElseThrow().summary();
        assertThat(failed.failure().orElseThrow().reasonCode()).isEqualTo(code);
        assertThat(failed.failure().orElseThrow().reasonText()).contains("LA-").contains(reasonFragment);

        QuarantinedMessage quarantined = quarantined(nodes.la.getBean(QuarantineStore.class), id).orElseThrow();
        assertThat(quarantined.entry().reasonCode()).isEqualTo(code);
        assertThat(TwoNodeExchangeIT.eventsOf(nodes.la.getBean(AuditLog.class), id))
                .contains(AuditEventType.REJECTED).doesNotContain(AuditEventType.DELIVERED);
        assertThat(TwoNodeExchangeIT.eventsOf(nodes.th.getBean(AuditLog.class), id)).contains(AuditEventType.RECEIPT);
    }

    private static MessageStatus statusOn(MessageStore store, String id) {
        return store.find(id, Direction.OUTBOUND).map(m -> m.summary().status()).orElse(null);
    }

    private static Optional<QuarantinedMessage> quarantined(QuarantineStore store, String id) {
        return store.recent(0, 200).stream().filter(q -> q.entry().messageId().filter(id::equals).isPresent())
                .findFirst();
    }
}
