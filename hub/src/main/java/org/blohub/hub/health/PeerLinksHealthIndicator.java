package org.blohub.hub.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.broker.PeerLinkHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/broker}: UP while the node's broker runs (embedded) or answers (external), with
 * each peer link (up or down) and the number of messages waiting for it. A link that is down does not make
 * the node DOWN: messages wait and are delivered later.
 */
@Component("broker")
class PeerLinksHealthIndicator implements HealthIndicator {

    private final ApplicationBroker broker;

    PeerLinksHealthIndicator(ApplicationBroker broker) {
        this.broker = broker;
    }

    @Override
    public Health health() {
        BrokerHealth health = broker.health();
        Map<String, Object> links = new LinkedHashMap<>();
        for (PeerLinkHealth link : health.links()) {
            links.put(link.peerNodeName(), Map.of("link", link.connected() ? "UP" : "DOWN",
                    "queued", link.queuedMessages()));
        }
        Health.Builder builder = health.started() ? Health.up() : Health.down();
        return builder.withDetail("node", health.nodeName()).withDetail("peers", links).build();
    }
}
