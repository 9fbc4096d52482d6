package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.demo.SharedDemoPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** TH -> LA over mutual TLS: delivered once, signed receipts back, statuses right on both sides. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedDemoPair.class)
class TwoNodeExchangeIT {

    private TwoNodes nodes;

    @BeforeAll
    void joinTheSharedPair(SharedDemoPair.DemoPair pair) {
        nodes = TwoNodes.sharing(pair);
    }

    @Test
    void requestIsDeliveredOnceWithASignedReceiptAndReadReceiptUpdatesTheSender() {
        String id = nodes.submitThToLa("Pickup stopped at Chiang Khong");

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(status(nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox", null), id))
                        .isEqualTo("DELIVERED"));

        TwoNodes.Response inbox = nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/inbox", null);
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(countOf(inbox.json(), id)).isEqualTo(1);
        assertThat(status(inbox, id)).isEqualTo("DELIVERED");

        JsonNode received = nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/" + id, null).json();
        assertThat(received.at("/content/subject").asString()).isEqualTo("Pickup stopped at Chiang Khong");
        assertThat(received.at("/content/from").asString()).isEqualTo("TH-CHIANGKHONG");
        assertThat(received.get("signer").asString()).contains("TH-CHIANGKHONG");
        assertThat(received.get("certificateStatus").asString()).startsWith("VALID");

        JsonNode sent = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/" + id, null).json();
        assertThat(sent.get("receipts")).hasSize(1);
        assertThat(sent.at("/receipts/0/kind").asString()).isEqualTo("DELIVERED");
        assertThat(sent.at("/receipts/0/from").asString()).isEqualTo("LA-HOUAYXAY");
        assertThat(sent.at("/receipts/0/signatureVerified").asBoolean()).isTrue();

        assertThat(nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages/" + id + "/read", null).status())
                .isEqualTo(200);
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(status(nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox", null), id))
                        .isEqualTo("READ"));
        assertThat(status(nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/inbox", null), id))
                .isEqualTo("READ");

        assertThat(eventsOf(nodes.th.getBean(AuditLog.class), id))
                .contains(AuditEventType.SUBMITTED, AuditEventType.RECEIPT);
        assertThat(eventsOf(nodes.la.getBean(AuditLog.class), id))
                .containsSubsequence(AuditEventType.RECEIVED, AuditEventType.DELIVERED, AuditEventType.READ);
    }

    @Test
    void anOfficerNeverSeesAnotherOfficesTraffic() {
        String id = nodes.submitThToLa("For Houayxay only");
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(
                status(nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/inbox", null), id))
                .isEqualTo("DELIVERED"));

        assertThat(countOf(nodes.asOfficer(nodes.la, "LA-TONPHEUNG", "GET", "/api/messages/inbox", null).json(), id))
                .isZero();
        assertThat(nodes.asOfficer(nodes.la, "LA-TONPHEUNG", "GET", "/api/messages/" + id, null).status())
                .isEqualTo(404);
        assertThat(nodes.asOfficer(nodes.th, "TH-MAESAI", "GET", "/api/messages/" + id, null).status())
                .isEqualTo(404);
        assertThat(nodes.call(nodes.la, null, "GET", "/api/messages/inbox", null).status()).isEqualTo(401);
    }

    static String status(TwoNodes.Response mailbox, String id) {
        for (JsonNode message : mailbox.json().get("messages")) {
            if (message.get("messageId").asString().equals(id)) {
                return message.get("status").asString();
            }
        }
        return "ABSENT";
    }

    static long countOf(JsonNode mailbox, String id) {
        long count = 0;
        for (JsonNode message : mailbox.get("messages")) {
            if (message.get("messageId").asString().equals(id)) {
                count++;
            }
        }
        return count;
    }

    static java.util.List<AuditEventType> eventsOf(AuditLog log, String id) {
        return log.forMessage(id).stream().map(AuditRecord::event).map(e -> e.type()).toList();
    }
}
