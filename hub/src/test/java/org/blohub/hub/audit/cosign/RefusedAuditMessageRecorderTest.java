package org.blohub.hub.audit.cosign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.QuarantineEntry;
import org.blohub.hub.store.QuarantineStore;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class RefusedAuditMessageRecorderTest {

    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    private final QuarantineStore quarantine = mock(QuarantineStore.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final RefusedAuditMessageRecorder recorder = new RefusedAuditMessageRecorder(quarantine, audit,
            new TransactionTemplate(mock(PlatformTransactionManager.class)), new DeliveringNodes("LA", "node-LA"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void quarantinesTheCheckpointAsReceivedWithItsReasonAndTheNodeItNames() {
        Exchange exchange = refused();
        byte[] body = exchange.getMessage().getBody(String.class).getBytes(StandardCharsets.UTF_8);

        recorder.process(exchange);

        ArgumentCaptor<QuarantineEntry> entry = ArgumentCaptor.forClass(QuarantineEntry.class);
        verify(quarantine).quarantine(entry.capture());
        assertThat(entry.getValue().receivedAt()).isEqualTo(NOW);
        assertThat(entry.getValue().reasonCode()).isEqualTo("BLO-IN-013 PEER_IS_NOT_SENDER");
        assertThat(entry.getValue().reasonText()).isEqualTo("CHECKPOINT message names node TH but was delivered by node MM");
        assertThat(entry.getValue().rawBytes()).isEqualTo(ImmutableBytes.copyOf(body));
        assertThat(entry.getValue().jmsProperties().lines())
                .contains(BloHeaders.KIND + "=CHECKPOINT", BloHeaders.FROM_NODE + "=TH", "JMSXUserID=MM");
        assertThat(entry.getValue().messageId()).isEmpty();
        assertThat(entry.getValue().senderOffice()).isEmpty();
        assertThat(entry.getValue().senderNode()).contains("TH");
    }

    @Test
    void auditsItRejectedWithTheDeliveringPeerAsActorAndTheDigestOfWhatArrived() {
        Exchange exchange = refused();
        String sha = ImmutableBytes.copyOf(exchange.getMessage().getBody(String.class).getBytes(StandardCharsets.UTF_8))
                .sha256Hex();

        recorder.process(exchange);

        verify(audit).append(AuditEventType.REJECTED, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                "peer:MM", Optional.of(sha), Optional.of("BLO-IN-013 PEER_IS_NOT_SENDER"));
    }

    @Test
    void letsADatabaseFailureThroughWithoutAnAuditEventSoTheArrivalIsRolledBackAndTriedAgain() {
        doThrow(new DataAccessResourceFailureException("database down"))
                .when(quarantine).quarantine(any());

        assertThatThrownBy(() -> recorder.process(refused()))
                .hasMessageContaining("database down");
        verifyNoInteractions(audit);
    }

    private static Exchange refused() {
        Exchange exchange = AuditPeerCheckTest.auditMessage("CHECKPOINT", "TH", Optional.of("MM"));
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new AuditMessageRefusedException(
                AuditMessageRefusedException.PEER_IS_NOT_SENDER,
                "CHECKPOINT message names node TH but was delivered by node MM"));
        return exchange;
    }
}
