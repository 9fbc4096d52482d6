package org.blohub.hub.adapter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

import org.blohub.hub.store.StoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code adapter_exports} table: which delivered messages an outbound adapter has written. */
@Component
class AdapterExportStore {

    private final JdbcClient jdbc;

    AdapterExportStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Messages delivered to the office's inbox since {@code since} that the adapter has not written, oldest first. */
    List<String> pending(OutboundAdapter adapter, Instant since, int limit) {
        try {
            return jdbc.sql("SELECT r.message_id FROM message_recipients r JOIN messages m "
                            + "ON m.message_id = r.message_id AND m.direction = r.direction "
                            + "WHERE r.direction = 'INBOUND' AND r.office = ? AND m.stored_at >= ? AND NOT EXISTS "
                            + "(SELECT 1 FROM adapter_exports e WHERE e.message_id = r.message_id AND e.office = r.office "
                            + "AND e.adapter = ?) ORDER BY m.stored_at, r.message_id LIMIT ?")
                    .params(adapter.office(), sql(since), adapter.exportKey(), limit)
                    .query(String.class).list();
        } catch (DataAccessException e) {
            throw new StoreException("cannot list the messages " + adapter.actor() + " has still to write", e);
        }
    }

    /** Messages delivered to the office since {@code since} not yet recorded under {@code key}, oldest first. */
    List<String> pending(String office, String key, Instant since, int limit) {
        try {
            return jdbc.sql("SELECT r.message_id FROM message_recipients r JOIN messages m "
                            + "ON m.message_id = r.message_id AND m.direction = r.direction "
                            + "WHERE r.direction = 'INBOUND' AND r.office = ? AND m.stored_at >= ? AND NOT EXISTS "
                            + "(SELECT 1 FROM adapter_exports e WHERE e.message_id = r.message_id AND e.office = r.office "
                            + "AND e.adapter = ?) ORDER BY m.stored_at, r.message_id LIMIT ?")
                    .params(office, sql(since), key, limit)
                    .query(String.class).list();
        } catch (DataAccessException e) {
            throw new StoreException("cannot list the messages of " + office + " still to handle for " + key, e);
        }
    }

    void record(String messageId, String office, String key, Instant at) {
        try {
            jdbc.sql("INSERT INTO adapter_exports (message_id, office, adapter, exported_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(messageId, office, key, sql(at)).update();
        } catch (DataAccessException e) {
            throw new StoreException("cannot record " + key + " for message " + messageId, e);
        }
    }

    boolean exported(String messageId, OutboundAdapter adapter) {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM adapter_exports WHERE message_id = ? AND office = ? AND adapter = ?")
                    .params(messageId, adapter.office(), adapter.exportKey()).query(Long.class).single() > 0;
        } catch (DataAccessException e) {
            throw new StoreException("cannot read the export of message " + messageId, e);
        }
    }

    void record(String messageId, OutboundAdapter adapter, Instant at) {
        try {
            jdbc.sql("INSERT INTO adapter_exports (message_id, office, adapter, exported_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(messageId, adapter.office(), adapter.exportKey(), sql(at)).update();
        } catch (DataAccessException e) {
            throw new StoreException("cannot record the export of message " + messageId, e);
        }
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
