package org.blohub.hub.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.blohub.crypto.note.NoteFormatException;
import org.blohub.crypto.note.NoteSignature;
import org.blohub.crypto.note.SignedNote;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link CheckpointStore} on the tables {@code audit_checkpoints} and {@code audit_cosignatures} (V3). */
final class JdbcCheckpointStore implements CheckpointStore {

    private final JdbcClient jdbc;

    JdbcCheckpointStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void save(long treeSize, byte[] rootHash, SignedNote signedNote, Instant signedAt) {
        try {
            jdbc.sql("INSERT INTO audit_checkpoints (tree_size, root_hash, signed_note, signed_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")
                    .params(treeSize, rootHash, signedNote.encoded(), utc(signedAt))
                    .update();
        } catch (DataAccessException e) {
            throw new AuditException("cannot store the audit checkpoint of tree size " + treeSize, e);
        }
    }

    @Override
    public Optional<StoredCheckpoint> latest() {
        return find("tree_size = (SELECT MAX(tree_size) FROM audit_checkpoints)", "the latest audit checkpoint");
    }

    @Override
    public Optional<StoredCheckpoint> at(long treeSize) {
        return find("tree_size = " + treeSize, "the audit checkpoint of tree size " + treeSize);
    }

    @Override
    public void addCosignature(long treeSize, NoteSignature cosignature, Instant receivedAt) {
        try {
            jdbc.sql("INSERT INTO audit_cosignatures (tree_size, cosigner, signature_line, received_at)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(treeSize, cosignature.keyName(), cosignature.line().strip(), utc(receivedAt))
                    .update();
        } catch (DataAccessException e) {
            throw new AuditException("cannot store the cosignature of " + cosignature.keyName()
                    + " for audit checkpoint " + treeSize, e);
        }
    }

    private Optional<StoredCheckpoint> find(String condition, String what) {
        try {
            return jdbc.sql("SELECT tree_size, signed_note, signed_at FROM audit_checkpoints WHERE " + condition)
                    .query((row, number) -> withCosignatures(row))
                    .optional();
        } catch (DataAccessException e) {
            throw new AuditException("cannot read " + what, e);
        }
    }

    private StoredCheckpoint withCosignatures(ResultSet row) throws SQLException {
        long treeSize = row.getLong("tree_size");
        List<String> lines = jdbc.sql("SELECT signature_line FROM audit_cosignatures WHERE tree_size = ?"
                        + " ORDER BY received_at, cosigner")
                .param(treeSize)
                .query(String.class)
                .list();
        try {
            SignedNote note = SignedNote.parse(row.getString("signed_note"));
            for (String line : lines) {
                note = note.withSignature(NoteSignature.parseLine(line));
            }
            return new StoredCheckpoint(treeSize, note,
                    row.getObject("signed_at", OffsetDateTime.class).toInstant());
        } catch (NoteFormatException e) {
            throw new AuditException("stored audit checkpoint of tree size " + treeSize + " is not a valid note", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
