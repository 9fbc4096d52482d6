package org.blohub.hub.audit;

import org.blohub.hub.store.ImmutableBytes;

/** The store's leaf encoder: {@link AuditEvent#leaf} with the index the store assigned. */
public final class CanonicalAuditLeafEncoder implements AuditLeafEncoder {

    @Override
    public ImmutableBytes encode(long index, AuditEvent event) {
        return event.leaf(index);
    }
}
