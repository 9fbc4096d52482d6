package org.blohub.hub.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.blohub.hub.pipeline.MessageDelivered;
import org.blohub.hub.pipeline.ReceiptVerified;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.ReceiptKind;
import org.blohub.hub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;

/**
 * Latency histograms from the pipeline's events, per peer node:
 * <ul>
 * <li>{@value #SUBMIT_TO_DELIVERED}, on the receiving node: from the message's creation on the sending node to its
 * delivery here (the two nodes' clocks are assumed in step, e.g. by NTP);</li>
 * <li>{@value #SUBMIT_TO_RECEIPT}, on the sending node: from creation to the verified DELIVERED receipt, on this
 * node's clock alone.</li>
 * </ul>
 * A failure here is logged and never reaches the pipeline thread that published the event.
 */
final class DeliveryLatencies {

    static final String SUBMIT_TO_DELIVERED = "blohub.message.submit.to.delivered";
    static final String SUBMIT_TO_RECEIPT = "blohub.message.submit.to.receipt";

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLatencies.class);

    private final MessageStore messages;
    private final MeterRegistry meters;
    private final PeerNodes peers;
    private final Clock clock;

    DeliveryLatencies(MessageStore messages, MeterRegistry meters, PeerNodes peers, Clock clock) {
        this.messages = messages;
        this.meters = meters;
        this.peers = peers;
        this.clock = clock;
        for (String peer : peers.linked()) {
            timer(SUBMIT_TO_DELIVERED, peer);
            timer(SUBMIT_TO_RECEIPT, peer);
        }
    }

    @EventListener
    void delivered(MessageDelivered delivered) {
        record(SUBMIT_TO_DELIVERED, delivered.messageId(), Direction.INBOUND, peers.nodeOf(delivered.fromOffice()));
    }

    @EventListener
    void receiptVerified(ReceiptVerified receipt) {
        if (receipt.kind() == ReceiptKind.DELIVERED) {
            record(SUBMIT_TO_RECEIPT, receipt.messageId(), Direction.OUTBOUND, peers.nodeOf(receipt.receiptFrom()));
        }
    }

    private void record(String name, String messageId, Direction direction, String peer) {
        Instant now = clock.instant();
        try {
            messages.find(messageId, direction)
                    .map(stored -> Duration.between(stored.summary().header().createdAt(), now))
                    .filter(latency -> !latency.isNegative())
                    .ifPresent(latency -> timer(name, peer).record(latency));
        } catch (DataAccessException | StoreException e) {
            LOG.warn("BLO-MET-002 cannot read message {} for the {} latency; not measured", messageId, name, e);
        }
    }

    private Timer timer(String name, String peer) {
        return Timer.builder(name).tag("peer", peer)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofDays(1))
                .register(meters);
    }
}
