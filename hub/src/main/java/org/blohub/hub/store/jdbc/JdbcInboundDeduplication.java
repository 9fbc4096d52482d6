package org.blohub.hub.store.jdbc;

import java.time.Clock;
import org.blohub.hub.store.InboundDeduplication;
import org.blohub.hub.store.StoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

final class JdbcInboundDeduplication implements InboundDeduplication {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcInboundDeduplication(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One INSERT against the primary key. ON CONFLICT DO NOTHING rather than catching the duplicate
     * key error, because on PostgreSQL a failed statement would abort the caller's whole transaction.
     */
    @Override
    public boolean claim(String messageId) {
        try {
            return jdbc.sql("INSERT INTO inbound_message_ids (message_id, first_seen_at) VALUES (?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(messageId, SqlTimes.toSql(clock.instant()))
                    .update() == 1;
        } catch (DataAccessException e) {
            throw new StoreException("cannot claim inbound message id " + messageId, e);
        }
    }
}
