package org.blohub.hub.sharing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a CONSENT_REQUEST: which message, to which offices, and the requesting officer's note.
 *
 * @param messageId the message the originator sent and the requester wants to forward
 */
record ConsentTerms(String messageId, List<String> targets, Optional<String> note) {

    ConsentTerms {
        Objects.requireNonNull(messageId, "messageId");
        targets = List.copyOf(targets);
        Objects.requireNonNull(note, "note");
    }
}
