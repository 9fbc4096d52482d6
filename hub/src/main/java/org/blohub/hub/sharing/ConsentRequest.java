package org.blohub.hub.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blohub.hub.store.ImmutableBytes;

/**
 * A CONSENT_REQUEST received by the originating office's node.
 *
 * @param requestId the consent request's message id
 * @param messageId the message the office sent and the requester wants to forward
 * @param office    the originating office (this node's), which decides
 * @param requester the office that received the message and asks
 * @param targets   the third offices it would forward to
 * @param envelope  the sealed consent request as it arrived (holds the note)
 * @param replyId   the CONSENT_REPLY sent once decided
 */
public record ConsentRequest(String requestId, String messageId, String office, String requester,
        List<String> targets, ImmutableBytes envelope, ConsentState state, Instant receivedAt,
        Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> replyId) {

    public ConsentRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(requester, "requester");
        targets = List.copyOf(targets);
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(replyId, "replyId");
    }
}
