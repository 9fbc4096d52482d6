package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.LogAuditResult;
import org.blohub.hub.audit.LogAuditor;
import org.blohub.hub.audit.LogEntry;
import org.blohub.hub.store.ImmutableBytes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node's audit log as its database holds it, checked as an auditor checks it: the entries and the newest signed
 * checkpoint, verified with the node's log key ({@code <data-dir>/audit/log.key.vkey}).
 */
final class StoredAuditLog {

    private final JdbcClient database;
    private final Path dataDirectory;

    StoredAuditLog(JdbcClient database, Path dataDirectory) {
        this.database = database;
        this.dataDirectory = dataDirectory;
    }

    /** The sequence numbers run from 0 with no gap; returns how many entries there are. */
    long assertGapless() {
        List<Long> sequence = database.sql("SELECT seq FROM audit_events ORDER BY seq").query(Long.class).list();
        assertThat(sequence).containsExactlyElementsOf(LongStream.range(0, sequence.size()).boxed().toList());
        return sequence.size();
    }

    /** Waits until a signed checkpoint covers at least {@code size} entries, then audits the log against it. */
    LogAuditResult auditOnceCheckpointCovers(long size) throws IOException, NoteException {
        CheckpointVerifier verifier = new CheckpointVerifier(NoteVerifierKey.parse(
                Files.readString(dataDirectory.resolve("audit/log.key.vkey")).strip()), List.of());
        String checkpoint = await().atMost(TwoNodes.PATIENCE).until(this::latestCheckpoint,
                note -> note.isPresent() && treeSize(verifier, note.get()) >= size).orElseThrow();
        List<LogEntry> entries = database.sql("SELECT seq, leaf_bytes, leaf_hash FROM audit_events ORDER BY seq")
                .query((row, number) -> new LogEntry(row.getLong("seq"), ImmutableBytes.copyOf(row.getBytes("leaf_bytes")),
                        Optional.of(ImmutableBytes.copyOf(row.getBytes("leaf_hash")))))
                .list();
        return new LogAuditor(verifier).audit(checkpoint, entries, Optional.empty());
    }

    /** Tree sizes of every checkpoint stored, smallest first. */
    List<Long> checkpointSizes() {
        return database.sql("SELECT tree_size FROM audit_checkpoints ORDER BY tree_size").query(Long.class).list();
    }

    private Optional<String> latestCheckpoint() {
        return database.sql("SELECT signed_note FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1")
                .query(String.class).optional();
    }

    private static long treeSize(CheckpointVerifier verifier, String note) {
        try {
            return verifier.open(note).checkpoint().treeSize();
        } catch (NoteException e) {
            return -1;
        }
    }
}
