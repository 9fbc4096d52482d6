package org.blohub.hub.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.crypto.merkle.MerkleTree;
import org.blohub.crypto.merkle.MerkleTreeException;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLeafEncoder;
import org.blohub.hub.audit.AuditLogGrowth;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditQuery;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.StoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "seq, event_time, event_type, message_id, conversation_id, from_office, "
            + "to_offices, actor, envelope_sha256, reason_code, remote_address, admin_action, admin_target, leaf_bytes, leaf_hash";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final AuditLeafEncoder leafEncoder;
    private final MerkleTree tree;
    private final AuditLogGrowth growth;

    JdbcAuditLog(JdbcClient jdbc, TransactionOperations transactions, AuditLeafEncoder leafEncoder) {
        this(jdbc, transactions, leafEncoder, () -> { });
    }

    /** @param growth told after each transaction that appended commits */
    JdbcAuditLog(JdbcClient jdbc, TransactionOperations transactions, AuditLeafEncoder leafEncoder,
            AuditLogGrowth growth) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.leafEncoder = leafEncoder;
        this.tree = new MerkleTree(new JdbcTreeHashStore(jdbc));
        this.growth = growth;
    }

    /**
     * Locks the sequencer row and takes its value n as the index, encodes the leaf with n, stores the
     * Merkle tree hashes the leaf completes, increments the sequencer and inserts the event, all in one
     * transaction (the caller's, if any). The row lock serialises appenders until commit or rollback; a
     * rollback restores the counter and removes the tree hashes, so no index is ever skipped.
     */
    @Override
    public long append(AuditEvent event) {
        try {
            Long index = transactions.execute(transaction -> {
                long next = jdbc.sql("SELECT next_seq FROM audit_sequence WHERE id = 1 FOR UPDATE")
                        .query(Long.class)
                        .single();
                byte[] leafBytes = leafEncoder.encode(next, event).toByteArray();
                byte[] leafHash = MerkleHashes.leafHash(leafBytes);
                tree.appendLeafHashAt(next, leafHash);
                jdbc.sql("UPDATE audit_sequence SET next_seq = ? WHERE id = 1").param(next + 1).update();
                jdbc.sql("INSERT INTO audit_events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(next, SqlTimes.toSql(event.time()), event.type().name(),
                                event.messageId().orElse(null), event.conversationId().orElse(null),
                                event.fromOffice().orElse(null), String.join(",", event.toOffices()), event.actor(),
                                event.envelopeSha256().orElse(null), event.reasonCode().orElse(null),
                                event.remoteAddress().orElse(null), event.action().orElse(null),
                                event.target().orElse(null), leafBytes, leafHash)
                        .update();
                tellGrowthAfterCommit();
                return next;
            });
            if (index == null) {
                throw new StoreException("the audit sequencer returned no index for a " + event.type() + " event");
            }
            return index;
        } catch (DataAccessException | MerkleTreeException e) {
            throw new StoreException("cannot append a " + event.type() + " audit event"
                    + event.messageId().map(id -> " for message " + id).orElse(""), e);
        }
    }

    private void tellGrowthAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    growth.grew();
                }
            });
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

    @Override
    public List<AuditRecord> search(AuditQuery query) {
        List<String> conditions = new ArrayList<>(List.of("seq >= ?"));
        List<Object> params = new ArrayList<>(List.of(query.fromIndex()));
        query.messageId().ifPresent(id -> {
            conditions.add("message_id = ?");
            params.add(id);
        });
        query.conversationId().ifPresent(id -> {
            conditions.add("conversation_id = ?");
            params.add(id);
        });
        query.office().ifPresent(office -> {
            conditions.add("(from_office = ? OR ',' || to_offices || ',' LIKE ?)");
            params.add(office);
            params.add("%," + office.replace("%", "").replace("_", "") + ",%");
        });
        query.type().ifPresent(type -> {
            conditions.add("event_type = ?");
            params.add(type.name());
        });
        query.from().ifPresent(from -> {
            conditions.add("event_time >= ?");
            params.add(SqlTimes.toSql(from));
        });
        query.until().ifPresent(until -> {
            conditions.add("event_time < ?");
            params.add(SqlTimes.toSql(until));
        });
        return query(String.join(" AND ", conditions) + " ORDER BY seq LIMIT " + query.limit(), "search audit events",
                params.toArray());
    }

    private List<AuditRecord> query(String condition, String what, Object... params) {
        try {
            String ordered = condition.contains("ORDER BY") ? condition : condition + " ORDER BY seq";
            return jdbc.sql("SELECT " + COLUMNS + " FROM audit_events WHERE " + ordered)
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
                Optional.ofNullable(row.getString("remote_address")),
                Optional.ofNullable(row.getString("admin_action")),
                Optional.ofNullable(row.getString("admin_target")));
        return new AuditRecord(row.getLong("seq"), event, ImmutableBytes.copyOf(row.getBytes("leaf_bytes")),
                ImmutableBytes.copyOf(row.getBytes("leaf_hash")));
    }
}
