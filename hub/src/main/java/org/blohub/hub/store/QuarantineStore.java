package org.blohub.hub.store;

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
}
