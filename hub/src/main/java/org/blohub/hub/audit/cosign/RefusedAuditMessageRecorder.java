package org.blohub.hub.audit.cosign;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.QuarantineEntry;
import org.blohub.hub.store.QuarantineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A refused audit message is quarantined with its reason and audited REJECTED (the delivering node as actor) in
 * one transaction, then consumed: redelivery would not help. Nothing is answered to the peer.
 */
final class RefusedAuditMessageRecorder implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedAuditMessageRecorder.class);

    private final QuarantineStore quarantine;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final DeliveringNodes deliveringNodes;
    private final Clock clock;

    RefusedAuditMessageRecorder(QuarantineStore quarantine, AuditTrail audit, TransactionTemplate transactions,
            DeliveringNodes deliveringNodes, Clock clock) {
        this.quarantine = quarantine;
        this.audit = audit;
        this.transactions = transactions;
        this.deliveringNodes = deliveringNodes;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        AuditMessageRefusedException refusal = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                AuditMessageRefusedException.class);
        Message message = exchange.getMessage();
        byte[] body = Optional.ofNullable(message.getBody(byte[].class)).orElse(new byte[0]);
        ImmutableBytes received = ImmutableBytes.copyOf(body);
        Optional<String> namedNode = Optional.ofNullable(message.getHeader(BloHeaders.FROM_NODE, String.class));
        String actor = deliveringNodes.actorOf(Optional.ofNullable(
                message.getHeader(BloHeaders.VALIDATED_USER_AS_JMS, String.class)));
        transactions.executeWithoutResult(status -> {
            quarantine.quarantine(new QuarantineEntry(clock.instant(), refusal.reasonCode(), refusal.text(), received,
                    BloHeaders.clearPropertiesAsText(message.getHeaders()), Optional.empty(), Optional.empty(),
                    namedNode));
            audit.append(AuditEventType.REJECTED, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    actor, Optional.of(received.sha256Hex()), Optional.of(refusal.reasonCode()));
        });
        LOG.warn("BLO-AUD-027 refused {} message from {}: {}", message.getHeader(BloHeaders.KIND, String.class), actor,
                refusal.getMessage());
    }
}
