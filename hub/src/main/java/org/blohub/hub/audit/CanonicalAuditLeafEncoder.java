package org.blohub.hub.audit;

import org.blohub.hub.store.ImmutableBytes;

/** The store's leaf encoder: the event with its index as {@link AuditEventLeaf} canonical JSON. */
public final class CanonicalAuditLeafEncoder implements AuditLeafEncoder {

    @Override
    public ImmutableBytes encode(long index, AuditEvent event) {
        return AuditEventLeaf.of(index, event).canonicalJson();
    }
}
