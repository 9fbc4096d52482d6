package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.StoredMessage;
import org.springframework.stereotype.Component;

/**
 * Refuses a message id already delivered here, before the envelope is opened. The store step
 * claims the id again in its transaction, so two concurrent copies still deliver once. A copy whose envelope is
 * the stored one is answered with the DELIVERED receipt again: it is how a redelivery after a crash looks, and
 * the first receipt may not have left.
 */
@Component
class DedupeStep implements Processor {

    private final MessageStore messages;
    private final DeliveredReceiptStep deliveredReceipt;

    DedupeStep(MessageStore messages, DeliveredReceiptStep deliveredReceipt) {
        this.messages = messages;
        this.deliveredReceipt = deliveredReceipt;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        Arrival arrival = InboundExchange.arrival(exchange);
        Optional<MessageSummary> delivered = messages.find(arrival.messageId(), Direction.INBOUND)
                .map(StoredMessage::summary);
        if (delivered.isEmpty()) {
            return;
        }
        if (delivered.get().envelopeSha256().equals(InboundExchange.sha256Hex(InboundExchange.envelope(exchange)))) {
            deliveredReceipt.sendAgain(delivered.get());
            throw new InboundRefusedException(RefusalReason.REPLAYED, "message " + arrival.messageId()
                    + " was already delivered; this identical copy is ignored and the DELIVERED receipt sent again",
                    Optional.empty(), null);
        }
        throw new InboundRefusedException(RefusalReason.REPLAYED, "message " + arrival.messageId()
                + " was already delivered; this copy, with a different envelope, is ignored", Optional.empty(), null);
    }
}
