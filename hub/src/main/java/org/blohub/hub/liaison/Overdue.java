package org.blohub.hub.liaison;

import java.time.Instant;

/** A REQUEST that became overdue for one reason; {@code dueAt} is the deadline it missed. */
public record Overdue(String messageId, String conversationId, String office, OverdueReason reason, Instant dueAt) {
}
