package org.blohub.hub.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.metrics.PeerLinkStates;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/broker}: UP while the node's broker runs (embedded) or answers (external), with each
 * peer link (UP, STALLED or DOWN, see {@link PeerLinkStates}), the number of messages waiting for it in the broker and, if any waits for its receipt,
 * the oldest one's wait. A link that is down or stalled does not make the node DOWN: messages wait and are
 * delivered later.
 */
@Component("broker")
class PeerLinksHealthIndicator implements HealthIndicator {

    private final ApplicationBroker broker;
    private final PeerLinkStates links;

    PeerLinksHealthIndicator(ApplicationBroker broker, PeerLinkStates links) {
        this.broker = broker;
        this.links = links;
    }

    /**
     * The link states need the outbox's oldest waits from the database. While it cannot be read (component
     * {@code db} says why), the broker's own state is still reported, with the peers marked unknown.
     */
    @Override
    public Health health() {
        BrokerHealth health = broker.health();
        Health.Builder builder = (health.started() ? Health.up() : Health.down()).withDetail("node", health.nodeName());
        try {
            return builder.withDetail("peers", peers(health)).build();
        } catch (DataAccessException unreadable) {
            return builder.withDetail("peers", "unknown: the node's database cannot be read (see component db)")
                    .build();
        }
    }

    private Map<String, Object> peers(BrokerHealth health) {
        Map<String, Object> peers = new LinkedHashMap<>();
        for (PeerLinkStates.PeerLinkState link : links.current(health)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("link", link.state().name());
            details.put("queued", link.queuedMessages());
            link.oldestWait().ifPresent(wait -> details.put("oldestWaitingSeconds", wait.toSeconds()));
            peers.put(link.peer(), details);
        }
        return peers;
    }
}
