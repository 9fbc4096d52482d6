package org.blohub.hub.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blohub.hub.store.ImmutableBytes;

/**
 * A forward an officer asked for, on the forwarding office's node.
 *
 * @param requestId          for H2/H3 the id of the CONSENT_REQUEST sent; otherwise an id of its own
 * @param messageId          the received message to forward
 * @param office             the forwarding office
 * @param originator         the office that sent the message
 * @param handlingCode       the message's handling code, e.g. H2
 * @param targets            the third offices
 * @param requestEnvelope    the sealed CONSENT_REQUEST (holds the note), for H2/H3
 * @param replyEnvelope      the sealed CONSENT_REPLY once it arrived (holds the reason)
 * @param forwardedMessageId the forwarded copy once submitted
 * @param failureCode        why the node refused the forwarded copy after consent
 */
public record ForwardRequest(String requestId, String messageId, String office, String originator,
        String handlingCode, List<String> targets, ForwardState state, String requestedBy, Instant requestedAt,
        Optional<ImmutableBytes> requestEnvelope, Optional<String> replyId, Optional<ImmutableBytes> replyEnvelope,
        Optional<Instant> decidedAt, Optional<String> forwardedMessageId, Optional<String> failureCode) {

    public ForwardRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(handlingCode, "handlingCode");
        targets = List.copyOf(targets);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestEnvelope, "requestEnvelope");
        Objects.requireNonNull(replyId, "replyId");
        Objects.requireNonNull(replyEnvelope, "replyEnvelope");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(forwardedMessageId, "forwardedMessageId");
        Objects.requireNonNull(failureCode, "failureCode");
    }
}
