package org.blohub.hub.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.QuarantineEntry;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.QuarantinedMessage;
import org.blohub.hub.store.StoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

final class JdbcQuarantineStore implements QuarantineStore {

    private static final String COLUMNS = "id, received_at, reason_code, reason_text, raw_bytes, jms_properties, "
            + "message_id, sender_office, sender_node";

    private final JdbcClient jdbc;

    JdbcQuarantineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long quarantine(QuarantineEntry entry) {
        KeyHolder id = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO quarantine (received_at, reason_code, reason_text, raw_bytes, jms_properties, "
                            + "message_id, sender_office, sender_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(SqlTimes.toSql(entry.receivedAt()), entry.reasonCode(), entry.reasonText(),
                            entry.rawBytes().toByteArray(), entry.jmsProperties(), entry.messageId().orElse(null),
                            entry.senderOffice().orElse(null), entry.senderNode().orElse(null))
                    .update(id, "id");
        } catch (DataAccessException e) {
            throw new StoreException("cannot quarantine input refused with " + entry.reasonCode(), e);
        }
        Number key = id.getKey();
        if (key == null) {
            throw new StoreException("the database returned no id for a quarantine entry");
        }
        return key.longValue();
    }

    @Override
    public Optional<QuarantinedMessage> find(long id) {
        try {
            return jdbc.sql("SELECT " + COLUMNS + " FROM quarantine WHERE id = ?")
                    .param(id)
                    .query((row, rowNumber) -> read(row))
                    .optional();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read quarantine entry " + id, e);
        }
    }

    @Override
    public List<QuarantinedMessage> recent(int offset, int limit) {
        try {
            return jdbc.sql("SELECT " + COLUMNS + " FROM quarantine ORDER BY received_at DESC, id DESC "
                            + "LIMIT ? OFFSET ?")
                    .params(limit, offset)
                    .query((row, rowNumber) -> read(row))
                    .list();
        } catch (DataAccessException e) {
            throw new StoreException("cannot list quarantine entries", e);
        }
    }

    @Override
    public long count() {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM quarantine").query(Long.class).single();
        } catch (DataAccessException e) {
            throw new StoreException("cannot count quarantine entries", e);
        }
    }

    @Override
    public List<QuarantinedMessage> pending(int offset, int limit) {
        try {
            return jdbc.sql("SELECT " + COLUMNS + " FROM quarantine WHERE discarded_at IS NULL "
                            + "ORDER BY received_at, id LIMIT ? OFFSET ?")
                    .params(limit, offset)
                    .query((row, rowNumber) -> read(row))
                    .list();
        } catch (DataAccessException e) {
            throw new StoreException("cannot list pending quarantine entries", e);
        }
    }

    @Override
    public boolean discard(long id, Instant at, String by, String reason) {
        try {
            return jdbc.sql("UPDATE quarantine SET raw_bytes = ?, discarded_at = ?, discarded_by = ?, discard_reason = ?"
                            + " WHERE id = ? AND discarded_at IS NULL")
                    .params(new byte[0], SqlTimes.toSql(at), by, reason, id)
                    .update() == 1;
        } catch (DataAccessException e) {
            throw new StoreException("cannot discard quarantine entry " + id, e);
        }
    }

    private static QuarantinedMessage read(ResultSet row) throws SQLException {
        return new QuarantinedMessage(row.getLong("id"), new QuarantineEntry(
                SqlTimes.instant(row, "received_at"),
                row.getString("reason_code"),
                row.getString("reason_text"),
                ImmutableBytes.copyOf(row.getBytes("raw_bytes")),
                row.getString("jms_properties"),
                Optional.ofNullable(row.getString("message_id")),
                Optional.ofNullable(row.getString("sender_office")),
                Optional.ofNullable(row.getString("sender_node"))));
    }
}
