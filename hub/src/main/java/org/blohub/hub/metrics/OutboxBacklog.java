package org.blohub.hub.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the oldest message for each peer node has waited since it was stored: still QUEUED (not yet taken by the
 * peer's broker), or unconfirmed (QUEUED or SENT: no DELIVERED receipt yet).
 */
final class OutboxBacklog {

    private static final String OLDEST_BY_OFFICE = """
            SELECT r.office, MIN(m.stored_at) AS oldest
            FROM messages m
            JOIN message_recipients r ON r.message_id = m.message_id AND r.direction = m.direction
            WHERE m.direction = 'OUTBOUND' AND m.status IN (%s)
            GROUP BY r.office""";
    private static final String OLDEST_QUEUED_BY_OFFICE = OLDEST_BY_OFFICE.formatted("'QUEUED'");
    private static final String OLDEST_UNCONFIRMED_BY_OFFICE = OLDEST_BY_OFFICE.formatted("'QUEUED', 'SENT'");

    private final JdbcClient jdbc;
    private final PeerNodes peers;
    private final Clock clock;

    OutboxBacklog(DataSource dataSource, PeerNodes peers, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.peers = peers;
        this.clock = clock;
    }

    /** The wait of the oldest QUEUED message per peer node; a peer with none is absent. */
    Map<String, Duration> oldestWaitByPeer() {
        return oldestByPeer(OLDEST_QUEUED_BY_OFFICE);
    }

    /** The wait of the oldest message still without its DELIVERED receipt per peer node; a peer with none is absent. */
    Map<String, Duration> oldestUnconfirmedByPeer() {
        return oldestByPeer(OLDEST_UNCONFIRMED_BY_OFFICE);
    }

    private Map<String, Duration> oldestByPeer(String query) {
        return jdbc.sql(query)
                .query((row, number) -> Map.entry(peers.nodeOf(row.getString("office")),
                        row.getObject("oldest", OffsetDateTime.class).toInstant()))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        oldest -> Duration.between(oldest.getValue(), clock.instant()),
                        (one, other) -> one.compareTo(other) >= 0 ? one : other));
    }

    Optional<Duration> oldestWait(String peer) {
        return Optional.ofNullable(oldestWaitByPeer().get(peer));
    }
}
