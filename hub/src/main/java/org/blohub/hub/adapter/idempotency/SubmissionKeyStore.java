package org.blohub.hub.adapter.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.blohub.hub.store.StoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code submission_keys} table. */
final class SubmissionKeyStore {

    record Claim(String messageId, String fingerprint, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    SubmissionKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unexpired claim of the key, after removing an expired one. */
    Optional<Claim> find(SubmissionKey key, Instant now) {
        try {
            jdbc.sql("DELETE FROM submission_keys WHERE office = ? AND submission_key = ? AND expires_at <= ?")
                    .params(key.office(), key.key(), sql(now)).update();
            return jdbc.sql("SELECT message_id, fingerprint, created_at FROM submission_keys "
                            + "WHERE office = ? AND submission_key = ?")
                    .params(key.office(), key.key())
                    .query((row, index) -> new Claim(row.getString("message_id"), row.getString("fingerprint"),
                            row.getObject("created_at", OffsetDateTime.class).toInstant()))
                    .optional();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read submission key of office " + key.office(), e);
        }
    }

    /** @return false when the key is claimed already */
    boolean claim(SubmissionKey key, String messageId, Instant now, Instant expiresAt) {
        try {
            return jdbc.sql("INSERT INTO submission_keys (office, submission_key, message_id, fingerprint, created_at, "
                            + "expires_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(key.office(), key.key(), messageId, key.fingerprint(), sql(now), sql(expiresAt))
                    .update() == 1;
        } catch (DataAccessException e) {
            throw new StoreException("cannot claim submission key for message " + messageId, e);
        }
    }

    void release(SubmissionKey key, String messageId) {
        try {
            jdbc.sql("DELETE FROM submission_keys WHERE office = ? AND submission_key = ? AND message_id = ?")
                    .params(key.office(), key.key(), messageId).update();
        } catch (DataAccessException e) {
            throw new StoreException("cannot release submission key of message " + messageId, e);
        }
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
