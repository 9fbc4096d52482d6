package org.blohub.hub.pipeline;

import java.util.List;

import org.apache.camel.Exchange;

/**
 * What the outbound route answers: the id of the accepted message and, for a message to an operation group, the
 * members it does not go to.
 */
public record SubmissionResult(String messageId, List<LeftOutRecipient> leftOut) {

    static final String MESSAGE_ID = "bloSubmittedMessageId";

    public SubmissionResult {
        leftOut = List.copyOf(leftOut);
    }

    /** The result of an exchange that went through {@link RecordStep}. */
    static SubmissionResult of(Exchange exchange) {
        return new SubmissionResult(exchange.getProperty(MESSAGE_ID, String.class),
                OperationGroupStep.leftOut(exchange));
    }
}
