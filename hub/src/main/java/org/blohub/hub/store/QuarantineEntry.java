package org.blohub.hub.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something this node refused to deliver, kept as received for an operator to examine.
 *
 * @param reasonText    a short explanation without message content
 * @param jmsProperties the broker message's properties as text (routing metadata only)
 * @param messageId     the message id the sender claimed, if it could be read
 */
public record QuarantineEntry(
        Instant receivedAt,
        String reasonCode,
        String reasonText,
        ImmutableBytes rawBytes,
        String jmsProperties,
        Optional<String> messageId,
        Optional<String> senderOffice,
        Optional<String> senderNode) {

    public QuarantineEntry {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reasonText, "reasonText");
        Objects.requireNonNull(rawBytes, "rawBytes");
        Objects.requireNonNull(jmsProperties, "jmsProperties");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(senderOffice, "senderOffice");
        Objects.requireNonNull(senderNode, "senderNode");
    }
}
