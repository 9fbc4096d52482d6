package org.blohub.hub.liaison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link DeadlineStore} on the node's database (table {@code liaison_overdue}, beside {@code messages}). */
final class JdbcDeadlineStore implements DeadlineStore {

    private static final String ANSWERED = "EXISTS (SELECT 1 FROM messages r WHERE r.in_reply_to = %s"
            + " AND r.direction = 'INBOUND' AND r.kind = 'RESPONSE')";

    private final JdbcClient jdbc;

    JdbcDeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenRequest> openRequests() {
        return jdbc.sql("SELECT m.message_id, m.conversation_id, m.from_office, m.priority, m.stored_at, m.reply_by,"
                        + " m.read_at, CASE WHEN EXISTS (SELECT 1 FROM liaison_overdue u WHERE u.message_id = m.message_id"
                        + " AND u.reason = 'UNREAD') THEN 1 ELSE 0 END AS unread_recorded"
                        + " FROM messages m"
                        + " WHERE m.direction = 'OUTBOUND' AND m.kind = 'REQUEST' AND m.status <> 'FAILED'"
                        + " AND NOT " + ANSWERED.formatted("m.message_id")
                        + " AND NOT EXISTS (SELECT 1 FROM liaison_overdue a WHERE a.message_id = m.message_id"
                        + " AND a.reason = 'UNANSWERED')")
                .query((row, index) -> new OpenRequest(row.getString("message_id"), row.getString("conversation_id"),
                        row.getString("from_office"), Priority.valueOf(row.getString("priority")),
                        instant(row, "stored_at").orElseThrow(), instant(row, "reply_by"), instant(row, "read_at"),
                        row.getInt("unread_recorded") == 1))
                .list();
    }

    @Override
    public boolean record(Overdue overdue, Instant at) {
        return jdbc.sql("INSERT INTO liaison_overdue (message_id, reason, office, conversation_id, due_at, overdue_at)"
                        + " SELECT :id, :reason, :office, :conversation, :due, :at"
                        + " WHERE NOT EXISTS (SELECT 1 FROM liaison_overdue WHERE message_id = :id AND reason = :reason)")
                .param("id", overdue.messageId())
                .param("reason", overdue.reason().name())
                .param("office", overdue.office())
                .param("conversation", overdue.conversationId())
                .param("due", toSql(overdue.dueAt()))
                .param("at", toSql(at))
                .update() == 1;
    }

    @Override
    public int closeAnswered(Instant at) {
        return jdbc.sql("UPDATE liaison_overdue SET closed_at = :at WHERE closed_at IS NULL AND "
                        + ANSWERED.formatted("liaison_overdue.message_id"))
                .param("at", toSql(at))
                .update();
    }

    @Override
    public List<OverdueNotice> openNotices(String office) {
        return jdbc.sql("SELECT message_id, conversation_id, reason, due_at, overdue_at FROM liaison_overdue"
                        + " WHERE office = :office AND closed_at IS NULL ORDER BY due_at, message_id")
                .param("office", office)
                .query((row, index) -> new OverdueNotice(row.getString("message_id"), row.getString("conversation_id"),
                        OverdueReason.valueOf(row.getString("reason")), instant(row, "due_at").orElseThrow(),
                        instant(row, "overdue_at").orElseThrow()))
                .list();
    }

    private static OffsetDateTime toSql(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
