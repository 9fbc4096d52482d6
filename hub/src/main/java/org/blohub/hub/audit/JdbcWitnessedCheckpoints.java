package org.blohub.hub.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link WitnessedCheckpoints} on the table {@code audit_witnessed_checkpoints} (V3). */
final class JdbcWitnessedCheckpoints implements WitnessedCheckpoints {

    private final JdbcClient jdbc;

    JdbcWitnessedCheckpoints(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<WitnessedCheckpoint> last(String origin) {
        try {
            return jdbc.sql("SELECT origin, tree_size, root_hash, signed_note, cosigned_at"
                            + " FROM audit_witnessed_checkpoints WHERE origin = ?")
                    .param(origin)
                    .query((row, number) -> new WitnessedCheckpoint(row.getString("origin"), row.getLong("tree_size"),
                            row.getBytes("root_hash"), row.getString("signed_note"),
                            row.getObject("cosigned_at", OffsetDateTime.class).toInstant()))
                    .optional();
        } catch (DataAccessException e) {
            throw new AuditException("cannot read the last cosigned checkpoint of " + origin, e);
        }
    }

    @Override
    public void remember(WitnessedCheckpoint checkpoint) {
        Object[] values = {checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.signedNote(),
                checkpoint.cosignedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), checkpoint.origin()};
        try {
            int updated = jdbc.sql("UPDATE audit_witnessed_checkpoints SET tree_size = ?, root_hash = ?, signed_note = ?,"
                            + " cosigned_at = ? WHERE origin = ?")
                    .params(values)
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO audit_witnessed_checkpoints (tree_size, root_hash, signed_note, cosigned_at, origin)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .params(values)
                        .update();
            }
        } catch (DataAccessException e) {
            throw new AuditException("cannot remember the cosigned checkpoint of " + checkpoint.origin(), e);
        }
    }
}
