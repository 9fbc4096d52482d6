package org.blohub.hub.pipeline;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.store.MessageStore;
import org.springframework.stereotype.Component;

/**
 * Refuses a reply whose {@code inReplyTo} is not a message the replying office received or sent in the
 * same conversation, so that a conversation holds only answers to what its offices actually exchanged.
 */
@Component
class ReplyTargetCheck implements Processor {

    private final MessageStore messages;

    ReplyTargetCheck(MessageStore messages) {
        this.messages = messages;
    }

    @Override
    public void process(Exchange exchange) throws SubmissionRefusedException {
        LiaisonMessage message = exchange.getMessage().getBody(Submission.class).message();
        if (message.inReplyTo().isEmpty()) {
            return;
        }
        String answered = message.inReplyTo().get();
        boolean known = messages.conversation(message.from(), message.conversationId()).stream()
                .anyMatch(summary -> summary.messageId().equals(answered));
        if (!known) {
            String reason = "inReplyTo " + answered + " is not a message your office received or sent in conversation "
                    + message.conversationId();
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                    "message " + message.id() + " is not valid: " + reason,
                    List.of(new FieldError("inReplyTo", FieldErrorCode.NOT_IN_CONVERSATION, reason + ".")));
        }
    }
}
