package org.blohub.hub.retention;

import java.time.Instant;
import java.util.List;

/** Where the node finds content past its retention and purges it. */
interface ContentPurges {

    /** Messages of {@code kind} stored before {@code storedBefore} whose content is still here, oldest first. */
    List<PurgeCandidate> due(String kind, Instant storedBefore, int limit);

    /**
     * Deletes the message's sealed envelopes (both directions) and name search keys, and records when and under which
     * rule; joins the caller's transaction.
     *
     * @return false when the content was already purged, e.g. by another instance of the node
     */
    boolean purge(String messageId, Instant at, String rule);
}
