package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.LiaisonMessageValidator;
import org.springframework.stereotype.Component;

/** Refuses a submission whose canonical message breaks a validation rule, with every field error. */
@Component
class ValidateStep implements Processor {

    private final LiaisonMessageValidator validator;
    private final Clock clock;

    ValidateStep(LiaisonMessageValidator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws SubmissionRefusedException {
        Submission submission = exchange.getMessage().getBody(Submission.class);
        List<FieldError> errors = validator.validate(submission.message(), clock);
        if (!errors.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                    "message " + submission.message().id() + " is not valid: " + errors.size() + " field error(s)", errors);
        }
    }
}
