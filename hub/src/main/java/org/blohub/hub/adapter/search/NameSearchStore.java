package org.blohub.hub.adapter.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blohub.hub.store.Direction;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code name_search_keys} and {@code name_search_indexed} tables. */
final class NameSearchStore {

    /** A message as one office reads it: its inbox copy or its outbox copy. */
    record Entry(String messageId, Direction direction, String office) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    NameSearchStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Messages of the offices not indexed yet: each office's outbox and inbox copies, oldest first. */
    List<Entry> pending(Set<String> offices, int limit) {
        try {
            return jdbc.sql("SELECT message_id, direction, office FROM ("
                            + "SELECT m.message_id, m.direction, m.from_office AS office, m.stored_at FROM messages m "
                            + "WHERE m.direction = 'OUTBOUND' AND m.from_office IN (:offices) "
                            + "UNION ALL SELECT r.message_id, r.direction, r.office, m.stored_at FROM message_recipients r "
                            + "JOIN messages m ON m.message_id = r.message_id AND m.direction = r.direction "
                            + "WHERE r.direction = 'INBOUND' AND r.office IN (:offices)) copies "
                            + "WHERE NOT EXISTS (SELECT 1 FROM name_search_indexed i WHERE i.message_id = copies.message_id "
                            + "AND i.direction = copies.direction AND i.office = copies.office) "
                            + "ORDER BY stored_at, message_id LIMIT :limit")
                    .params(Map.of("offices", offices, "limit", limit))
                    .query((row, index) -> new Entry(row.getString("message_id"),
                            Direction.valueOf(row.getString("direction")), row.getString("office")))
                    .list();
        } catch (DataAccessException e) {
            throw new NameSearchException("cannot list the messages still to index for name search", e);
        }
    }

    /** Stores each person's key hashes and marks the entry indexed, together. */
    void save(Entry entry, List<Set<String>> personKeyHashes, Instant now) {
        try {
            transactions.executeWithoutResult(status -> {
                for (int person = 0; person < personKeyHashes.size(); person++) {
                    for (String hash : personKeyHashes.get(person)) {
                        jdbc.sql("INSERT INTO name_search_keys (message_id, direction, office, person, key_hash) "
                                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                                .params(entry.messageId(), entry.direction().name(), entry.office(), person, hash)
                                .update();
                    }
                }
                jdbc.sql("INSERT INTO name_search_indexed (message_id, direction, office, indexed_at) "
                                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(entry.messageId(), entry.direction().name(), entry.office(),
                                now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                        .update();
            });
        } catch (DataAccessException e) {
            throw new NameSearchException("cannot store the name search keys of message " + entry.messageId(), e);
        }
    }

    /** The office's messages with one person whose hashes include every query hash. */
    List<Entry> find(String office, Set<String> queryHashes, int limit) {
        try {
            return jdbc.sql("SELECT DISTINCT message_id, direction FROM (SELECT message_id, direction, person "
                            + "FROM name_search_keys WHERE office = :office AND key_hash IN (:hashes) "
                            + "GROUP BY message_id, direction, person HAVING COUNT(DISTINCT key_hash) = :count) persons "
                            + "ORDER BY message_id DESC LIMIT :limit")
                    .params(Map.of("office", office, "hashes", queryHashes, "count", queryHashes.size(),
                            "limit", limit))
                    .query((row, index) -> new Entry(row.getString("message_id"),
                            Direction.valueOf(row.getString("direction")), office))
                    .list();
        } catch (DataAccessException e) {
            throw new NameSearchException("cannot search names for office " + office, e);
        }
    }
}
