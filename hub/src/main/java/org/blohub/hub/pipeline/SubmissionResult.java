package org.blohub.hub.pipeline;

/** What the outbound route answers: the id of the accepted message. */
public record SubmissionResult(String messageId) {

    static final String MESSAGE_ID = "bloSubmittedMessageId";
}
