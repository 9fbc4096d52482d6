package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.Map;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FLASH message that waits longer than its time to live is recorded FAILED (expired), not dropped. */
class ExpiryIT {

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
    void aMessageExpiredInTheOutboundQueueIsRecordedWithItsReason() throws Exception {
        nodes = new TwoNodes(directory, Map.of("blo.node.expiry.flash", "3s"));
        nodes.startTh();

        String id = nodes.submitThToLa("Urgent, but LA is offline");

        MessageStore store = nodes.th.getBean(MessageStore.class);
        await().atMost(TwoNodes.PATIENCE).until(() ->
                store.find(id, Direction.OUTBOUND).map(m -> m.summary().status()).orElseThrow() == MessageStatus.FAILED);
        MessageSummary expired = store.find(id, Direction.OUTBOUND).orElseThrow().summary();
        assertThat(expired.failure().orElseThrow().reasonCode()).isEqualTo("BLO-EXP-001 EXPIRED");
        assertThat(expired.failure().orElseThrow().reasonText()).contains("expired after").contains("blo.outbound.LA");
        assertThat(TwoNodeExchangeIT.eventsOf(nodes.th.getBean(AuditLog.class), id))
                .containsSubsequence(AuditEventType.SUBMITTED, AuditEventType.EXPIRED);
    }
}
