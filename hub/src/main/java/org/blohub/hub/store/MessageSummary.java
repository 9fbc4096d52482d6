package org.blohub.hub.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored message without its envelope bytes, for mailbox listings and conversation threads.
 *
 * @param failure present exactly when the status is FAILED
 * @param signer  present for inbound messages only
 * @param purge   present once the retention job purged the content
 */
public record MessageSummary(
        Direction direction,
        MessageHeader header,
        MessageStatus status,
        Optional<Failure> failure,
        StatusTimeline timeline,
        String envelopeSha256,
        long envelopeSize,
        Optional<SignerVerification> signer,
        Optional<ContentPurge> purge) {

    public MessageSummary {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(envelopeSha256, "envelopeSha256");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(purge, "purge");
    }

    public String messageId() {
        return header.messageId();
    }
}
