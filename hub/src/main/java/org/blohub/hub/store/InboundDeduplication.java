package org.blohub.hub.store;

/**
 * Remembers which inbound message ids this node has seen, so that a replayed envelope is never
 * delivered twice. The claim is one atomic insert against a unique key: of two concurrent claims for
 * the same id exactly one wins. It joins the caller's transaction, so a claim made by a delivery that
 * rolls back is released with it.
 */
public interface InboundDeduplication {

    /** @return true if this is the first claim for {@code messageId}; false if it was claimed before */
    boolean claim(String messageId);
}
