package org.blohub.hub.pipeline;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.blohub.crypto.cms.SealingException;
import org.springframework.stereotype.Component;

/** The entry to the outbound route for the REST API and adapters. */
@Component
public class MessageSubmitter {

    private final ProducerTemplate producer;

    MessageSubmitter(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * @throws SubmissionRefusedException when the message is invalid, not authorized or too large;
     *                                    nothing was recorded or sent then
     */
    public SubmissionResult submit(Submission submission) throws SubmissionRefusedException {
        try {
            return producer.requestBody(OutboundRoute.ENDPOINT, submission, SubmissionResult.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof SubmissionRefusedException refused) {
                throw refused;
            }
            if (e.getCause() instanceof SealingException sealing) {
                throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                        "message " + submission.message().id() + " cannot be sealed: " + sealing.getMessage(),
                        java.util.List.of());
            }
            throw new PipelineException("message " + submission.message().id() + " could not be handed to the broker", e);
        }
    }
}
