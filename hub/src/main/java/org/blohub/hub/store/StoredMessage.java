package org.blohub.hub.store;

import java.util.Objects;

/** A stored message with its sealed envelope; the hub opens the envelope with the office key to show it. */
public record StoredMessage(MessageSummary summary, ImmutableBytes envelope) {

    public StoredMessage {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(envelope, "envelope");
    }
}
