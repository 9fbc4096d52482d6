package org.blohub.hub.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored message with its sealed envelope; the hub opens the envelope with the office key to show it. The envelope
 * is absent exactly when the content was purged ({@link MessageSummary#purge()}).
 */
public record StoredMessage(MessageSummary summary, Optional<ImmutableBytes> envelope) {

    public StoredMessage {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(envelope, "envelope");
        if (envelope.isPresent() == summary.purge().isPresent()) {
            throw new IllegalArgumentException("message " + summary.messageId()
                    + ": an envelope is stored exactly when the content was not purged");
        }
    }
}
