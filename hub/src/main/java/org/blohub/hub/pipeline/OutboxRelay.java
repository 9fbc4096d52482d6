package org.blohub.hub.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoreException;
import org.blohub.hub.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The transactional-outbox relay: sends again every QUEUED outbound message whose submission
 * committed but never recorded a successful broker send (a crash in between), through the same
 * {@link DispatchRoute} and with the same duplicate ids as the submission, then marks it handed over.
 * A message younger than the grace period is left to its submission, which may still be sending it.
 * A duplicate (the first send did reach the broker) is dropped by the broker or the receiver's id claim.
 */
@Component
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final MessageStore messages;
    private final DispatchPlan plan;
    private final ProducerTemplate producer;
    private final Clock clock;
    private final Duration gracePeriod;

    OutboxRelay(MessageStore messages, DispatchPlan plan, ProducerTemplate producer, Clock clock,
            @Value("${blo.outbox.grace-period:10s}") Duration gracePeriod) {
        this.messages = messages;
        this.plan = plan;
        this.producer = producer;
        this.clock = clock;
        this.gracePeriod = gracePeriod;
    }

    void relayPending() {
        List<StoredMessage> pending = messages.notHandedToBroker(clock.instant().minus(gracePeriod), BATCH);
        for (StoredMessage message : pending) {
            relay(message);
        }
    }

    private void relay(StoredMessage message) {
        String id = message.summary().header().messageId();
        try {
            byte[] envelope = message.envelope().orElseThrow(() -> new StoreException("message " + id
                    + " has no envelope to relay: its content was purged")).toByteArray();
            for (Dispatch dispatch : plan.of(message.summary().header(), envelope)) {
                producer.sendBody(DispatchRoute.ENDPOINT, dispatch);
                LOG.info("BLO-OUT-030 relayed message {} to {}", id, dispatch.destinationNode());
            }
            messages.markHandedToBroker(id);
        } catch (RuntimeException e) {
            LOG.warn("BLO-OUT-032 message {}: relay to the broker failed, retrying on the next run", id, e);
        }
    }
}
