package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStore;
import org.springframework.stereotype.Component;

/**
 * Refuses a message id already delivered here, before the envelope is opened. The store step
 * claims the id again in its transaction, so two concurrent copies still deliver once.
 */
@Component
class DedupeStep implements Processor {

    private final MessageStore messages;

    DedupeStep(MessageStore messages) {
        this.messages = messages;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        Arrival arrival = InboundExchange.arrival(exchange);
        if (messages.find(arrival.messageId(), Direction.INBOUND).isPresent()) {
            throw new InboundRefusedException(RefusalReason.REPLAYED, "message " + arrival.messageId()
                    + " was already delivered; this copy is ignored", Optional.empty(), null);
        }
    }

}
