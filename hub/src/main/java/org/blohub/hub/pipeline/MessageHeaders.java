package org.blohub.hub.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.store.MessageHeader;

/** The routing header a store row keeps of a canonical message (no subject, body or names). */
final class MessageHeaders {

    private MessageHeaders() {
    }

    static MessageHeader of(LiaisonMessage message, Optional<Instant> expiresAt) {
        return new MessageHeader(message.id(), message.conversationId(), message.inReplyTo(), message.from(),
                message.to(), message.kind().name(), message.priority().name(), message.handling().code().name(),
                message.createdAt(), message.replyBy(), expiresAt.or(message::expiresAt));
    }

    /** What is known of a refused message from its clear properties alone. */
    static MessageHeader ofArrival(Arrival arrival, String fallbackKind) {
        return new MessageHeader(arrival.messageId(), arrival.messageId(), Optional.empty(), arrival.fromOffice(),
                arrival.toOffices().isEmpty() ? List.of("UNKNOWN") : arrival.toOffices(),
                arrival.kind().orElse(fallbackKind), arrival.priority().orElse("ROUTINE"), "H0",
                Instant.EPOCH, Optional.empty(), Optional.empty());
    }
}
