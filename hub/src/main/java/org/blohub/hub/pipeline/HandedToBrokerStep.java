package org.blohub.hub.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every destination's broker send succeeded: sets the outbox flag so the relay leaves the
 * message alone. If that small update fails the message is already on the broker; the caller still
 * gets its answer and the relay sends a harmless duplicate later.
 */
@Component
class HandedToBrokerStep implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(HandedToBrokerStep.class);

    private final MessageStore messages;

    HandedToBrokerStep(MessageStore messages) {
        this.messages = messages;
    }

    @Override
    public void process(Exchange exchange) {
        String id = exchange.getProperty(SubmissionResult.MESSAGE_ID, String.class);
        try {
            messages.markHandedToBroker(id);
        } catch (StoreException e) {
            LOG.warn("BLO-OUT-031 message {}: sent but not marked handed to the broker; the relay will resend it",
                    id, e);
        }
    }
}
