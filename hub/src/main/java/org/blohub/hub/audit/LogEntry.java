package org.blohub.hub.audit;

import java.util.Objects;
import java.util.Optional;
import org.blohub.hub.store.ImmutableBytes;

/**
 * One entry of an audit log as an auditor receives it: the index the node claims for it, the exact leaf
 * bytes, and, when read from the node's database, the leaf hash the node stored with it.
 */
public record LogEntry(long index, ImmutableBytes leafBytes, Optional<ImmutableBytes> storedLeafHash) {

    public LogEntry {
        Objects.requireNonNull(leafBytes, "leafBytes");
        Objects.requireNonNull(storedLeafHash, "storedLeafHash");
    }

    public static LogEntry of(AuditRecord record) {
        return new LogEntry(record.index(), record.leafBytes(), Optional.of(record.leafHash()));
    }

    /** An entry as the audit API serves it: index and leaf bytes only. */
    public static LogEntry served(long index, byte[] leafBytes) {
        return new LogEntry(index, ImmutableBytes.copyOf(leafBytes), Optional.empty());
    }
}
