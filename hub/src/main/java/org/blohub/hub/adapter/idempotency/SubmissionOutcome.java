package org.blohub.hub.adapter.idempotency;

import org.blohub.hub.store.MessageStatus;

/**
 * @param repeated true when the key was submitted before: nothing was sent now, {@code messageId} is the first one's
 * @param status   the message's status now
 */
public record SubmissionOutcome(String messageId, MessageStatus status, boolean repeated) {
}
