package org.blohub.hub.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ContentPurges} on the node's database: the envelope rows of {@code message_envelopes} and the keys of
 * {@code name_search_keys} go; {@code messages} keeps the header and the envelope's SHA-256 and gains
 * {@code content_purged_at} and {@code purge_rule}.
 */
final class JdbcContentPurges implements ContentPurges {

    private final JdbcClient jdbc;

    JdbcContentPurges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PurgeCandidate> due(String kind, Instant storedBefore, int limit) {
        List<Row> rows = jdbc.sql("SELECT message_id, direction, conversation_id, from_office, envelope_sha256"
                        + " FROM messages WHERE content_purged_at IS NULL AND kind = :kind AND stored_at < :before"
                        + " ORDER BY stored_at, message_id, direction LIMIT :limit")
                .param("kind", kind)
                .param("before", toSql(storedBefore))
                .param("limit", limit)
                .query((row, index) -> new Row(row.getString("message_id"), row.getString("direction"),
                        row.getString("conversation_id"), row.getString("from_office"),
                        row.getString("envelope_sha256")))
                .list();
        // a message between two offices of this node has an OUTBOUND and an INBOUND row: one candidate
        Map<String, Row> byMessage = new LinkedHashMap<>();
        rows.forEach(row -> byMessage.putIfAbsent(row.messageId(), row));
        return byMessage.values().stream().map(row -> new PurgeCandidate(row.messageId(), row.conversationId(),
                row.fromOffice(), recipients(row), row.envelopeSha256())).toList();
    }

    private List<String> recipients(Row row) {
        return jdbc.sql("SELECT office FROM message_recipients WHERE message_id = ? AND direction = ?"
                        + " ORDER BY position")
                .params(row.messageId(), row.direction())
                .query(String.class)
                .list();
    }

    @Override
    public boolean purge(String messageId, Instant at, String rule) {
        int marked = jdbc.sql("UPDATE messages SET content_purged_at = :at, purge_rule = :rule"
                        + " WHERE message_id = :id AND content_purged_at IS NULL")
                .param("at", toSql(at))
                .param("rule", rule)
                .param("id", messageId)
                .update();
        if (marked == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM message_envelopes WHERE message_id = ?").params(messageId).update();
        jdbc.sql("DELETE FROM name_search_keys WHERE message_id = ?").params(messageId).update();
        return true;
    }

    private static OffsetDateTime toSql(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private record Row(String messageId, String direction, String conversationId, String fromOffice,
            String envelopeSha256) {
    }
}
