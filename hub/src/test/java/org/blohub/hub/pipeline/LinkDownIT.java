package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.MailboxQuery;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** LA is down: messages wait in TH's queue as QUEUED, health shows the link down; LA back, all arrive once. */
class LinkDownIT {

    private static final int MESSAGES = 12;

    @TempDir
    Path directory;

    private TwoNodes nodes;

    @AfterEach
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void messagesWaitWhileThePeerIsDownAndArriveOnceEachWhenItIsBack() throws Exception {
        nodes = new TwoNodes(directory).start();
        nodes.la.close();

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            ids.add(nodes.submitThToLa("Waiting request " + i));
        }

        JsonNode outbox = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox?limit=200", null).json();
        for (String id : ids) {
            assertThat(TwoNodeExchangeIT.status(new TwoNodes.Response(200, outbox.toString()), id)).isEqualTo("QUEUED");
        }
        JsonNode health = nodes.asAdmin(nodes.th, "GET", "/actuator/health", null).json();
        assertThat(health.at("/components/broker/details/peers/LA/link").asString()).isEqualTo("DOWN");
        assertThat(health.at("/components/broker/details/peers/LA/queued").asLong()).isGreaterThanOrEqualTo(MESSAGES);

        nodes.startLa();

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            String mailbox = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox?limit=200", null).body();
            for (String id : ids) {
                assertThat(TwoNodeExchangeIT.status(new TwoNodes.Response(200, mailbox), id)).isEqualTo("DELIVERED");
            }
        });
        List<MessageSummary> inbox = nodes.la.getBean(MessageStore.class)
                .inbox(MailboxQuery.firstPage("LA-HOUAYXAY", 200)).messages();
        assertThat(inbox).extracting(MessageSummary::messageId).containsExactlyInAnyOrderElementsOf(ids);
        AuditLog laAudit = nodes.la.getBean(AuditLog.class);
        for (String id : ids) {
            assertThat(TwoNodeExchangeIT.eventsOf(laAudit, id)).containsOnlyOnce(AuditEventType.DELIVERED);
        }
        JsonNode healthAfter = nodes.asAdmin(nodes.th, "GET", "/actuator/health", null).json();
        assertThat(healthAfter.at("/components/broker/details/peers/LA/link").asString()).isEqualTo("UP");
    }
}
