package org.blohub.hub.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.metrics.PeerLinkStates;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
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

    @Override
    public Health health() {
        BrokerHealth health = broker.health();
        Map<String, Object> links = new LinkedHashMap<>();
        for (PeerLinkStates.PeerLinkState link : this.links.current(health)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("link", link.state().name());
            details.put("queued", link.queuedMessages());
            link.oldestWait().ifPresent(wait -> details.put("oldestWaitingSeconds", wait.toSeconds()));
            links.put(link.peer(), details);
        }
        Health.Builder builder = health.started() ? Health.up() : Health.down();
        return builder.withDetail("node", health.nodeName()).withDetail("peers", links).build();
    }
}
