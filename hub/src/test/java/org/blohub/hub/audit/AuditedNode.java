package org.blohub.hub.audit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.hub.store.jdbc.JdbcAuditStorage;

/** One node's audit trail over one connection pool, wired as the application wires it, with a fresh log key. */
final class AuditedNode {

    static final Instant START = Instant.parse("2026-03-14T08:30:00.123456Z");
    static final String ENVELOPE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    final AuditOrigin origin;
    final DataSource dataSource;
    final NoteSigner logKey;
    final AuditLog auditLog;
    final AuditTree tree;
    final JdbcCheckpointStore checkpoints;
    final CheckpointPublisher publisher;

    AuditedNode(AuditOrigin origin, DataSource dataSource, NoteSigner logKey) {
        this.origin = origin;
        this.dataSource = dataSource;
        this.logKey = logKey;
        this.auditLog = JdbcAuditStorage.auditLog(dataSource, new CanonicalAuditLeafEncoder());
        this.tree = new AuditTree(JdbcAuditStorage.treeHashes(dataSource));
        this.checkpoints = new JdbcCheckpointStore(dataSource);
        this.publisher = new CheckpointPublisher(tree, logKey, origin, checkpoints, Clock.fixed(START, ZoneOffset.UTC));
    }

    static AuditedNode thailand(DataSource dataSource) {
        AuditOrigin origin = new AuditOrigin("blohub.example", "th");
        return new AuditedNode(origin, dataSource, newLogKey(origin));
    }

    static NoteSigner newLogKey(AuditOrigin origin) {
        try {
            return NoteSigner.generate(origin.name(), new SecureRandom());
        } catch (NoteException e) {
            throw new AssertionError(e);
        }
    }

    /** A SENT event of message number {@code n} from Mae Sai to Tachileik. */
    static AuditEvent sent(int n) {
        return new AuditEvent(START.plusSeconds(n), AuditEventType.SENT, Optional.of(messageId(n)),
                Optional.of("conv-" + (n / 3)), Optional.of("TH-MAESAI"), List.of("MM-TACHILEIK"), "node:th",
                Optional.of(ENVELOPE_SHA256), Optional.empty());
    }

    static String messageId(int n) {
        return String.format("01JQ8Z%020d", n);
    }

    List<Long> appendSent(int count) {
        List<Long> indices = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            indices.add(auditLog.append(sent(n)));
        }
        return indices;
    }

    String publishCheckpoint() {
        publisher.publishIfGrown();
        return checkpoints.latest().orElseThrow().signedNote().encoded();
    }

    /** All entries as the node's database holds them, read in pages. */
    List<LogEntry> storedEntries() {
        List<LogEntry> entries = new ArrayList<>();
        long size = auditLog.size();
        for (long from = 0; from < size; from += 1000) {
            auditLog.read(from, 1000).forEach(record -> entries.add(LogEntry.of(record)));
        }
        return entries;
    }

    LogAuditor auditor() {
        try {
            return new LogAuditor(new CheckpointVerifier(logKey.verifierKey(), List.of()));
        } catch (NoteException e) {
            throw new AssertionError(e);
        }
    }

    LogAuditResult audit() {
        return auditor().audit(checkpoints.latest().orElseThrow().signedNote().encoded(), storedEntries(),
                Optional.of(tree::inclusionProof));
    }
}
