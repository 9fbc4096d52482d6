package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.LiaisonMessageValidator;
import org.springframework.stereotype.Component;

/**
 * Refuses a submission whose canonical message breaks a validation rule, with every field error, or that is of a kind
 * only a node makes (consent requests and replies come from the forward and consent endpoints).
 */
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
        if (submission.message().kind().concernsConsent()) {
            String reason = "A " + submission.message().kind() + " is made by the node: ask for consent with POST "
                    + "/api/messages/{id}/forward and answer with POST /api/consent-requests/{id}/decision.";
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                    "message " + submission.message().id() + " is not valid: " + reason,
                    List.of(new FieldError("kind", FieldErrorCode.OUT_OF_RANGE, reason)));
        }
        List<FieldError> errors = validator.validate(submission.message(), clock);
        if (!errors.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                    "message " + submission.message().id() + " is not valid: " + errors.size() + " field error(s)", errors);
        }
    }
}
