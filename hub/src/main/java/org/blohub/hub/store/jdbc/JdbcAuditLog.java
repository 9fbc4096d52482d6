package org.blohub.hub.store.jdbc;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.store.AuditEvent;
import org.blohub.hub.store.AuditEventType;
import org.blohub.hub.store.AuditLog;
import org.blohub.hub.store.AuditRecord;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.StoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

final class JdbcAuditLog implements AuditLog {

    private static final byte LEAF_PREFIX = 0x00;

    private static final String COLUMNS = "seq, event_time, event_type, message_id, conversation_id, from_office, "
            + "to_offices, actor, envelope_sha256, reason_code, leaf_bytes, leaf_hash";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    JdbcAuditLog(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Locks the sequencer row, takes its value as the index and increments it, then inserts the event,
     * all in one transaction (the caller's, if any). The row lock serialises appenders until commit or
     * rollback; a rollback restores the counter, so no index is ever skipped.
     */
    @Override
    public long append(AuditEvent event) {
        byte[] leafBytes = event.leafBytes().toByteArray();
        byte[] leafHash = leafHash(leafBytes);
        try {
            Long index = transactions.execute(transaction -> {
                long next = jdbc.sql("SELECT next_seq FROM audit_sequence WHERE id = 1 FOR UPDATE")
                        .query(Long.class)
                        .single();
                jdbc.sql("UPDATE audit_sequence SET next_seq = ? WHERE id = 1").param(next + 1).update();
                jdbc.sql("INSERT INTO audit_events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(next, SqlTimes.toSql(event.time()), event.type().name(),
                                event.messageId().orElse(null), event.conversationId().orElse(null),
                                event.fromOffice().orElse(null), String.join(",", event.toOffices()), event.actor(),
                                event.envelopeSha256().orElse(null), event.reasonCode().orElse(null),
                                leafBytes, leafHash)
                        .update();
                return next;
            });
            if (index == null) {
                throw new StoreException("the audit sequencer returned no index for a " + event.type() + " event");
            }
            return index;
        } catch (DataAccessException e) {
            throw new StoreException("cannot append a " + event.type() + " audit event"
                    + event.messageId().map(id -> " for message " + id).orElse(""), e);
        }
    }

    @Override
    public List<AuditRecord> read(long fromIndex, int maxCount) {
        if (fromIndex < 0 || maxCount < 0) {
            throw new IllegalArgumentException("invalid audit range: from " + fromIndex + ", count " + maxCount);
        }
        return query("seq >= ? AND seq < ?", "read audit events from " + fromIndex, fromIndex, fromIndex + maxCount);
    }

    @Override
    public long size() {
        try {
            return jdbc.sql("SELECT next_seq FROM audit_sequence WHERE id = 1").query(Long.class).single();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read the audit log size", e);
        }
    }

    @Override
    public List<AuditRecord> forMessage(String messageId) {
        return query("message_id = ?", "read the audit events of message " + messageId, messageId);
    }

    @Override
    public List<AuditRecord> forConversation(String conversationId) {
        return query("conversation_id = ?", "read the audit events of conversation " + conversationId,
                conversationId);
    }

    private List<AuditRecord> query(String condition, String what, Object... params) {
        try {
            return jdbc.sql("SELECT " + COLUMNS + " FROM audit_events WHERE " + condition + " ORDER BY seq")
                    .params(params)
                    .query((row, rowNumber) -> read(row))
                    .list();
        } catch (DataAccessException e) {
            throw new StoreException("cannot " + what, e);
        }
    }

    private static AuditRecord read(ResultSet row) throws SQLException {
        String toOffices = row.getString("to_offices");
        AuditEvent event = new AuditEvent(
                SqlTimes.instant(row, "event_time"),
                AuditEventType.valueOf(row.getString("event_type")),
                Optional.ofNullable(row.getString("message_id")),
                Optional.ofNullable(row.getString("conversation_id")),
                Optional.ofNullable(row.getString("from_office")),
                toOffices.isEmpty() ? List.of() : Arrays.asList(toOffices.split(",")),
                row.getString("actor"),
                Optional.ofNullable(row.getString("envelope_sha256")),
                Optional.ofNullable(row.getString("reason_code")),
                ImmutableBytes.copyOf(row.getBytes("leaf_bytes")));
        return new AuditRecord(row.getLong("seq"), event, ImmutableBytes.copyOf(row.getBytes("leaf_hash")));
    }

    /** RFC 9162 section 2.1.1: MTH({d0}) = SHA-256(0x00 || d0). */
    static byte[] leafHash(byte[] leafBytes) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(LEAF_PREFIX);
            return sha256.digest(leafBytes);
        } catch (NoSuchAlgorithmException e) {
            throw new StoreException("SHA-256 is not available in this JVM", e);
        }
    }
}
