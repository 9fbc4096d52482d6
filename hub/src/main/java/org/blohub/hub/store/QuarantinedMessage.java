package org.blohub.hub.store;

import java.util.Objects;

/** A quarantine entry with the id the store gave it. */
public record QuarantinedMessage(long id, QuarantineEntry entry) {

    public QuarantinedMessage {
        Objects.requireNonNull(entry, "entry");
    }
}
