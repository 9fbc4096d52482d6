package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.Processor;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.StoredMessage;
import org.springframework.stereotype.Component;

/**
 * Tells a copy of a message already delivered here from a new one, before the envelope is opened. A copy whose
 * envelope is the stored one (same SHA-256) is how a redelivery after a crash looks: it is marked for the route's
 * {@link DeliveredAgainStep} branch. A copy with the same id but another envelope is refused. The store step claims
 * the id again in its transaction, so two concurrent copies still deliver once.
 */
@Component
class DedupeStep implements Processor {

    static final String DELIVERED_BEFORE = "bloDeliveredBefore";

    /** The copy is identical to a message delivered before. */
    static final Predicate IDENTICAL_COPY = exchange -> deliveredBefore(exchange).isPresent();

    private final MessageStore messages;

    DedupeStep(MessageStore messages) {
        this.messages = messages;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        Arrival arrival = InboundExchange.arrival(exchange);
        Optional<MessageSummary> delivered = messages.find(arrival.messageId(), Direction.INBOUND)
                .map(StoredMessage::summary);
        if (delivered.isEmpty()) {
            return;
        }
        if (!delivered.get().envelopeSha256().equals(InboundExchange.sha256Hex(InboundExchange.envelope(exchange)))) {
            throw new InboundRefusedException(RefusalReason.REPLAYED, "message " + arrival.messageId()
                    + " was already delivered; this copy, with a different envelope, is ignored", Optional.empty(),
                    null);
        }
        exchange.setProperty(DELIVERED_BEFORE, delivered.get());
    }

    static Optional<MessageSummary> deliveredBefore(Exchange exchange) {
        return Optional.ofNullable(exchange.getProperty(DELIVERED_BEFORE, MessageSummary.class));
    }
}
