package org.blohub.adapters.canonical;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a forwarded message comes from, signed with it: the received message it copies, the office that sent that
 * message, and the handling it had, so the third office sees the originator's restrictions.
 *
 * @param messageId the forwarded (original) message's id
 * @param from      the office that sent the original message
 * @param handling  the original's handling code and restriction text
 * @param consentId for H2 and H3, the id of the CONSENT_REPLY in which the originator granted the forward
 */
public record ForwardedFrom(String messageId, String from, Handling handling, Optional<String> consentId) {

    public ForwardedFrom {
        MissingFieldException.requirePresent(messageId, "forwardedFrom.messageId");
        MissingFieldException.requirePresent(from, "forwardedFrom.from");
        MissingFieldException.requirePresent(handling, "forwardedFrom.handling");
        consentId = Objects.requireNonNullElse(consentId, Optional.empty());
    }
}
