package org.blohub.hub.sharing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a CONSENT_REQUEST: which message, to which offices, the requesting officer's note, and the entities
 * quoted when only some are to go on.
 *
 * @param messageId the message the originator sent and the requester wants to forward
 * @param quoted    the entities quoted; empty when the whole message is forwarded
 */
record ConsentTerms(String messageId, List<String> targets, Optional<String> note, Optional<EntitySelection> quoted) {

    ConsentTerms {
        Objects.requireNonNull(messageId, "messageId");
        targets = List.copyOf(targets);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(quoted, "quoted");
    }
}
