package org.blohub.hub.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The routing metadata of a message that the node keeps in clear. Kind, priority and handling code
 * are the canonical model's names as strings (REQUEST, FLASH, H2 ...); the store does not interpret them.
 *
 * @param messageId      ULID, 26 characters
 * @param toOffices      addressed offices in the order given, at least one, no repeats
 */
public record MessageHeader(
        String messageId,
        String conversationId,
        Optional<String> inReplyTo,
        String fromOffice,
        List<String> toOffices,
        String kind,
        String priority,
        String handlingCode,
        Instant createdAt,
        Optional<Instant> replyBy,
        Optional<Instant> expiresAt) {

    public MessageHeader {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(fromOffice, "fromOffice");
        toOffices = List.copyOf(toOffices);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(handlingCode, "handlingCode");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(replyBy, "replyBy");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (messageId.length() != 26) {
            throw new IllegalArgumentException("message id must be a 26-character ULID: " + messageId);
        }
        if (toOffices.isEmpty()) {
            throw new IllegalArgumentException("message " + messageId + " has no recipient office");
        }
        if (new HashSet<>(toOffices).size() != toOffices.size()) {
            throw new IllegalArgumentException("message " + messageId + " names a recipient office twice");
        }
    }
}
