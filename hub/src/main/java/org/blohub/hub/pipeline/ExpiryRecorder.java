package org.blohub.hub.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.Failure;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.QuarantineEntry;
import org.blohub.hub.store.QuarantineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A message the broker moved to {@code blo.expired} or {@code blo.dead}: never dropped silently.
 * One this node sent becomes FAILED with the reason; anything else is quarantined; both audited.
 */
@Component
class ExpiryRecorder implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryRecorder.class);

    private final MessageStore messages;
    private final QuarantineStore quarantine;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String nodeName;

    ExpiryRecorder(MessageStore messages, QuarantineStore quarantine, AuditTrail audit,
            TransactionTemplate transactions, Clock clock, NodeProperties properties) {
        this.messages = messages;
        this.quarantine = quarantine;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.nodeName = properties.name();
    }

    @Override
    public void process(Exchange exchange) {
        Arrival arrival = InboundExchange.arrival(exchange);
        RefusalReason reason = exchange.getFromEndpoint().getEndpointUri().contains("blo.expired")
                ? RefusalReason.EXPIRED : RefusalReason.UNDELIVERABLE;
        String queue = Optional.ofNullable(exchange.getMessage().getHeader(BloHeaders.ORIGINAL_QUEUE))
                .or(() -> Optional.ofNullable(exchange.getMessage().getHeader(BloHeaders.TO_NODE))
                        .filter(toNode -> arrival.fromNode().filter(nodeName::equals).isPresent())
                        .map(toNode -> BrokerAddresses.outboundTo(toNode.toString())))
                .map(Object::toString).orElse("a queue");
        String text = reason == RefusalReason.EXPIRED
                ? "expired after " + waited(exchange) + " in " + queue + " on node " + nodeName
                : "given up after repeated delivery failures in " + queue + " on node " + nodeName;
        Optional<String> messageId = Optional.of(arrival.messageId()).filter(id -> arrival.hasValidId());
        boolean ours = arrival.fromNode().filter(nodeName::equals).isPresent()
                && arrival.kind().filter(NodeMadeKinds::includes).isEmpty();
        byte[] envelope = InboundExchange.envelope(exchange);
        transactions.executeWithoutResult(status -> {
            boolean failed = ours && messageId.isPresent() && messages.fail(messageId.get(), Direction.OUTBOUND,
                    new Failure(reason.machineCode(), text));
            if (!failed) {
                quarantine.quarantine(new QuarantineEntry(clock.instant(), reason.machineCode(), text,
                        ImmutableBytes.copyOf(envelope), "", messageId,
                        Optional.of(arrival.fromOffice()).filter(o -> !o.isEmpty()), arrival.fromNode()));
            }
            audit.append(reason == RefusalReason.EXPIRED ? AuditEventType.EXPIRED : AuditEventType.QUARANTINED,
                    messageId, Optional.empty(), Optional.of(arrival.fromOffice()).filter(o -> !o.isEmpty()),
                    arrival.toOffices(), "broker", Optional.of(InboundExchange.sha256Hex(envelope)),
                    Optional.of(reason.machineCode()));
        });
        LOG.warn("BLO-EXP-100 message {} {}", messageId.orElse("(no id)"), text);
    }

    private Duration waited(Exchange exchange) {
        Object timestamp = exchange.getMessage().getHeader("JMSTimestamp");
        if (timestamp instanceof Number sentAt) {
            return Duration.between(Instant.ofEpochMilli(sentAt.longValue()), clock.instant()).withNanos(0);
        }
        return Duration.ZERO;
    }
}
