package org.blohub.hub.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Refused input kept for operators. Joins the caller's transaction when there is one. */
public interface QuarantineStore {

    /** @return the id given to the entry */
    long quarantine(QuarantineEntry entry);

    Optional<QuarantinedMessage> find(long id);

    /** Newest first. */
    List<QuarantinedMessage> recent(int offset, int limit);

    long count();

    /** Entries not discarded yet, oldest first. */
    List<QuarantinedMessage> pending(int offset, int limit);

    /**
     * Discards a pending entry: its raw bytes are emptied; when, by whom and why are kept.
     *
     * @return false when there is no such entry or it was discarded already
     */
    boolean discard(long id, Instant at, String by, String reason);
}
