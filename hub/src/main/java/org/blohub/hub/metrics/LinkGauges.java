package org.blohub.hub.metrics;

import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.PeerLinkHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Per peer link, read at each scrape: whether the bridge is connected, how many messages wait in the broker for the
 * peer, how long the oldest message still QUEUED for it has waited (0 when none waits), and whether the link is
 * stalled ({@link PeerLinkStates}).
 */
final class LinkGauges implements MeterBinder {

    static final String UP = "blohub.link.up";
    static final String QUEUED = "blohub.link.queued.messages";
    static final String OLDEST = "blohub.link.oldest.waiting.seconds";
    static final String STALLED = "blohub.link.stalled";

    private static final Logger LOG = LoggerFactory.getLogger(LinkGauges.class);

    private final ApplicationBroker broker;
    private final OutboxBacklog backlog;
    private final PeerNodes peers;
    private final PeerLinkStates links;

    LinkGauges(ApplicationBroker broker, OutboxBacklog backlog, PeerNodes peers, PeerLinkStates links) {
        this.broker = broker;
        this.backlog = backlog;
        this.peers = peers;
        this.links = links;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String peer : peers.linked()) {
            Gauge.builder(UP, () -> link(peer).map(link -> link.connected() ? 1 : 0).orElse(0))
                    .description("1 while the bridge to the peer node's broker is connected").tag("peer", peer)
                    .register(registry);
            Gauge.builder(QUEUED, () -> link(peer).map(PeerLinkHealth::queuedMessages).orElse(0L))
                    .description("messages waiting in the broker for the peer node").tag("peer", peer)
                    .register(registry);
            Gauge.builder(OLDEST, () -> oldestWaitSeconds(peer))
                    .description("seconds the oldest message still QUEUED for the peer node has waited")
                    .tag("peer", peer).register(registry);
            Gauge.builder(STALLED, () -> stalled(peer))
                    .description("1 while the bridge is connected but a message for the peer has waited past "
                            + "blo.links.stall-after").tag("peer", peer).register(registry);
        }
    }

    private Optional<PeerLinkHealth> link(String peer) {
        return broker.health().links().stream().filter(link -> link.peerNodeName().equals(peer)).findFirst();
    }

    private double stalled(String peer) {
        try {
            return links.current().stream().anyMatch(link -> link.peer().equals(peer)
                    && link.state() == PeerLinkStates.State.STALLED) ? 1 : 0;
        } catch (DataAccessException e) {
            LOG.warn("BLO-MET-003 cannot read the outbox to tell whether the link to {} is stalled", peer, e);
            return Double.NaN;
        }
    }

    private double oldestWaitSeconds(String peer) {
        try {
            return backlog.oldestWait(peer).map(wait -> wait.toMillis() / 1000.0).orElse(0.0);
        } catch (DataAccessException e) {
            LOG.warn("BLO-MET-003 cannot read the outbox for the oldest message queued for {}", peer, e);
            return Double.NaN;
        }
    }
}
