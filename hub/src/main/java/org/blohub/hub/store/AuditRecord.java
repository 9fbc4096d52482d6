package org.blohub.hub.store;

import java.util.Objects;

/**
 * An appended audit event with its leaf index and leaf hash.
 *
 * @param index    0-based position in the log, gapless
 * @param leafHash SHA-256(0x00 || leafBytes), the RFC 9162 leaf hash, 32 bytes
 */
public record AuditRecord(long index, AuditEvent event, ImmutableBytes leafHash) {

    public AuditRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(leafHash, "leafHash");
    }
}
