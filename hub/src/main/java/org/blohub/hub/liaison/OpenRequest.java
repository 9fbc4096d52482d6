package org.blohub.hub.liaison;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.blohub.adapters.canonical.Priority;

/**
 * A REQUEST an office of this node sent that has no RESPONSE yet and is not overdue as UNANSWERED.
 *
 * @param submittedAt    when this node stored it, from which the unread limit counts
 * @param readAt         when the addressee's READ receipt said it was read
 * @param unreadRecorded whether it was already recorded as overdue UNREAD
 */
record OpenRequest(String messageId, String conversationId, String office, Priority priority, Instant submittedAt,
        Optional<Instant> replyBy, Optional<Instant> readAt, boolean unreadRecorded) {

    OpenRequest {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(replyBy, "replyBy");
        Objects.requireNonNull(readAt, "readAt");
    }
}
