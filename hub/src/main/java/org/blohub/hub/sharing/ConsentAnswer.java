package org.blohub.hub.sharing;

import java.util.Objects;
import java.util.Optional;

/**
 * The body of a CONSENT_REPLY.
 *
 * @param requestId the CONSENT_REQUEST it answers
 * @param messageId the message concerned
 * @param reason    the deciding officer's reason, if given
 */
record ConsentAnswer(String requestId, String messageId, ConsentDecision decision, Optional<String> reason) {

    ConsentAnswer {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
    }
}
