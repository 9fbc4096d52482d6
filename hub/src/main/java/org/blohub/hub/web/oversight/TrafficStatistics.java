package org.blohub.hub.web.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.blohub.hub.web.oversight.DashboardFigures.DailyLatency;
import org.blohub.hub.web.oversight.DashboardFigures.PairVolume;
import org.blohub.hub.web.oversight.DashboardFigures.RefusalCount;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's aggregates, read from this node's own message and audit tables (SQL for H2 and PostgreSQL).
 * Days are UTC days. Only routing metadata is read: offices, times, statuses and reason codes.
 */
final class TrafficStatistics {

    /** The most delivered messages whose latency is read for one dashboard, newest first. */
    static final int MAX_LATENCY_SAMPLES = 50_000;

    private final JdbcClient jdbc;

    TrafficStatistics(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    DashboardFigures over(Instant from, Instant until) {
        return new DashboardFigures(from, until, volume(from, until), latency(from, until), refusals(from, until));
    }

    /** Both directions are counted once per message: a message between two offices of this node has two rows. */
    List<PairVolume> volume(Instant from, Instant until) {
        return read("count messages per office pair and day", () -> jdbc.sql("""
                SELECT m.from_office, r.office, CAST(m.created_at AT TIME ZONE 'UTC' AS DATE) AS utc_day,
                       COUNT(DISTINCT m.message_id) AS messages
                FROM messages m
                JOIN message_recipients r ON r.message_id = m.message_id AND r.direction = m.direction
                WHERE m.created_at >= ? AND m.created_at < ?
                GROUP BY m.from_office, r.office, CAST(m.created_at AT TIME ZONE 'UTC' AS DATE)
                ORDER BY utc_day, m.from_office, r.office""")
                .params(sql(from), sql(until))
                .query((row, n) -> new PairVolume(row.getString(1), row.getString(2), day(row, 3), row.getLong(4)))
                .list());
    }

    List<DailyLatency> latency(Instant from, Instant until) {
        record Delivery(LocalDate day, Duration took) {
        }
        List<Delivery> deliveries = read("read delivery times", () -> jdbc.sql("""
                SELECT stored_at, delivered_at FROM messages
                WHERE direction = 'OUTBOUND' AND delivered_at IS NOT NULL AND stored_at >= ? AND stored_at < ?
                ORDER BY stored_at DESC
                LIMIT""" + " " + MAX_LATENCY_SAMPLES)
                .params(sql(from), sql(until))
                .query((row, n) -> {
                    Instant stored = instant(row, "stored_at");
                    return new Delivery(LocalDate.ofInstant(stored, ZoneOffset.UTC),
                            Duration.between(stored, instant(row, "delivered_at")));
                })
                .list());
        Map<LocalDate, List<Duration>> byDay = new TreeMap<>();
        deliveries.forEach(delivery -> byDay.computeIfAbsent(delivery.day(), day -> new ArrayList<>())
                .add(delivery.took()));
        return byDay.entrySet().stream().map(day -> dailyLatency(day.getKey(), day.getValue())).toList();
    }

    List<RefusalCount> refusals(Instant from, Instant until) {
        return read("count refusals per reason", () -> jdbc.sql("""
                SELECT COALESCE(reason_code, 'UNSPECIFIED') AS reason, COUNT(*) AS refusals
                FROM audit_events
                WHERE event_type = 'REJECTED' AND event_time >= ? AND event_time < ?
                GROUP BY COALESCE(reason_code, 'UNSPECIFIED')
                ORDER BY refusals DESC, reason""")
                .params(sql(from), sql(until))
                .query((row, n) -> new RefusalCount(row.getString(1), row.getLong(2)))
                .list());
    }

    private static DailyLatency dailyLatency(LocalDate day, List<Duration> took) {
        double[] seconds = took.stream().mapToDouble(duration -> duration.toMillis() / 1000.0).sorted().toArray();
        return new DailyLatency(day, seconds.length, percentile(seconds, 50), percentile(seconds, 95),
                seconds[seconds.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static LocalDate day(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static <T> T read(String what, Supplier<T> query) {
        try {
            return query.get();
        } catch (DataAccessException e) {
            throw new OversightException("cannot " + what + " for the dashboard", e);
        }
    }
}
