package org.blohub.hub.pipeline;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.liaison.ReplyByRule;
import org.springframework.stereotype.Component;

/** Gives a REQUEST its default reply-by before it is validated and signed, or refuses one set too late. */
@Component
class ReplyByStep implements Processor {

    private final ReplyByRule rule;

    ReplyByStep(ReplyByRule rule) {
        this.rule = rule;
    }

    @Override
    public void process(Exchange exchange) throws SubmissionRefusedException {
        Submission submission = exchange.getMessage().getBody(Submission.class);
        List<FieldError> errors = rule.check(submission.message());
        if (!errors.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                    "message " + submission.message().id() + " is not valid: reply deadline beyond its priority's limit",
                    errors);
        }
        LiaisonMessage message = rule.withDefault(submission.message());
        if (message != submission.message()) {
            exchange.getMessage().setBody(new Submission(message, submission.actor(), submission.envelope(),
                    submission.expiresAt()));
        }
    }
}
