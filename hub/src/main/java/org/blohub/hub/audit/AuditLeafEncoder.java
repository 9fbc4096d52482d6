package org.blohub.hub.audit;

import org.blohub.hub.store.ImmutableBytes;

/**
 * Turns an audit event and the index the sequencer gave it into the bytes of its Merkle leaf. The
 * store calls it inside the append transaction, after the index is taken and before the leaf is
 * written, so the leaf always names its own position and callers never build leaf bytes.
 */
@FunctionalInterface
public interface AuditLeafEncoder {

    ImmutableBytes encode(long index, AuditEvent event);
}
