package org.blohub.hub.audit;

import java.util.Objects;
import org.blohub.hub.store.ImmutableBytes;

/**
 * An appended audit event with its leaf index and leaf hash.
 *
 * @param index    0-based position in the log, gapless
 * @param leafBytes the Merkle leaf data exactly as stored: the canonical JSON of the event and its index
 * @param leafHash SHA-256(0x00 || leafBytes), the RFC 9162 leaf hash, 32 bytes
 */
public record AuditRecord(long index, AuditEvent event, ImmutableBytes leafBytes, ImmutableBytes leafHash) {

    public AuditRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(leafBytes, "leafBytes");
        Objects.requireNonNull(leafHash, "leafHash");
    }
}
