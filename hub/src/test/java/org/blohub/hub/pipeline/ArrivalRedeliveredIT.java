package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptKind;
import org.blohub.hub.store.ReceiptStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * LA stores a message and sends its DELIVERED receipt, then its JMS transaction rolls back, as when the node dies
 * between its database commit and its JMS commit: the receipt is withdrawn with the acknowledgement and the broker
 * hands the message over again. The copy must be delivered once, not refused, and still bring the receipt to TH.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrivalRedeliveredIT {

    @TempDir
    static Path directory;

    static TwoNodes nodes;

    static final AtomicBoolean rolledBackOnce = new AtomicBoolean();

    @BeforeAll
    static void startNodesWithAnArrivalThatRollsBackOnceAfterItsReceipt() throws Exception {
        nodes = new TwoNodes(directory).start();
        AdviceWith.adviceWith(nodes.la.getBean(CamelContext.class), "inbound", route -> route
                .weaveById("in-delivered-receipt").after().process(exchange -> {
                    if (rolledBackOnce.compareAndSet(false, true)) {
                        throw new IllegalStateException("rolled back after the arrival's commit, as by a crash");
                    }
                }));
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Test
    void theRedeliveredCopyIsAnsweredWithTheReceiptTheRollbackWithdrewWithoutBeingRefused() {
        String id = nodes.submitThToLa("Arrival rolled back");

        MessageStore thStore = nodes.th.getBean(MessageStore.class);
        await().atMost(TwoNodes.PATIENCE).until(() -> thStore.find(id, Direction.OUTBOUND).orElseThrow()
                .summary().status() == MessageStatus.DELIVERED);
        assertThat(rolledBackOnce).isTrue();
        assertThat(nodes.th.getBean(ReceiptStore.class).forMessage(id))
                .as("the receipt sent before the rollback was withdrawn with it: one receipt reaches TH")
                .singleElement().extracting(Receipt::kind).isEqualTo(ReceiptKind.DELIVERED);
        assertThat(nodes.la.getBean(QuarantineStore.class).recent(0, 200))
                .noneMatch(quarantined -> quarantined.entry().messageId().filter(id::equals).isPresent());
        assertThat(TwoNodeExchangeIT.eventsOf(nodes.la.getBean(AuditLog.class), id))
                .containsOnlyOnce(AuditEventType.RECEIVED, AuditEventType.DELIVERED)
                .doesNotContain(AuditEventType.REJECTED);
    }
}
