package org.blohub.hub.web.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The peer links: whether each bridge is connected and how many messages wait for it, from the broker, and the
 * age of the oldest outbound message still QUEUED for one of the peer's offices, from the message store.
 */
final class PeerLinksOverview {

    private final ApplicationBroker broker;
    private final JdbcClient jdbc;
    private final NetworkRegistry registry;
    private final Clock clock;

    PeerLinksOverview(ApplicationBroker broker, DataSource dataSource, NetworkRegistry registry, Clock clock) {
        this.broker = broker;
        this.jdbc = JdbcClient.create(dataSource);
        this.registry = registry;
        this.clock = clock;
    }

    /** @return the broker's own health and one row per configured peer */
    Links read() {
        BrokerHealth health = broker.health();
        Map<String, Instant> oldest = oldestQueuedPerNode();
        Instant now = clock.instant();
        List<PeerLinkRow> rows = health.links().stream()
                .map(link -> new PeerLinkRow(link.peerNodeName(), link.connected(), link.queuedMessages(),
                        Optional.ofNullable(oldest.get(link.peerNodeName()))
                                .map(since -> Duration.between(since, now))))
                .toList();
        return new Links(health.nodeName(), health.started(), rows);
    }

    record Links(String node, boolean brokerStarted, List<PeerLinkRow> peers) {
        Links {
            peers = List.copyOf(peers);
        }
    }

    /** Per peer node, when the oldest outbound message still QUEUED for one of its offices was stored. */
    private Map<String, Instant> oldestQueuedPerNode() {
        List<Map.Entry<String, Instant>> perOffice;
        try {
            perOffice = jdbc.sql("""
                    SELECT r.office, MIN(m.stored_at) AS oldest
                    FROM messages m
                    JOIN message_recipients r ON r.message_id = m.message_id AND r.direction = m.direction
                    WHERE m.direction = 'OUTBOUND' AND m.status = 'QUEUED'
                    GROUP BY r.office""")
                    .query((row, n) -> Map.entry(row.getString("office"),
                            row.getObject("oldest", OffsetDateTime.class).toInstant()))
                    .list();
        } catch (DataAccessException e) {
            throw new OversightException("cannot read the oldest queued messages per peer", e);
        }
        Map<String, Instant> perNode = new HashMap<>();
        for (Map.Entry<String, Instant> office : perOffice) {
            registry.office(office.getKey()).map(Office::node).ifPresent(node ->
                    perNode.merge(node, office.getValue(), (a, b) -> a.isBefore(b) ? a : b));
        }
        return perNode;
    }
}
