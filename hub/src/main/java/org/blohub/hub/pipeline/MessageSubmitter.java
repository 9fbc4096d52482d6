package org.blohub.hub.pipeline;

import java.util.List;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.blohub.adapters.canonical.Attachment;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.crypto.cms.SealingException;
import org.springframework.stereotype.Component;

/** The entry to the outbound route for the REST API and adapters. */
@Component
public class MessageSubmitter {

    private final ProducerTemplate producer;
    private final AttachmentIntake intake;

    MessageSubmitter(ProducerTemplate producer, AttachmentIntake intake) {
        this.producer = producer;
        this.intake = intake;
    }

    /**
     * Seals and stores each upload as an attachment part, then submits the message carrying their
     * descriptors; a refused message leaves no parts behind.
     *
     * @throws SubmissionRefusedException as {@link #submit(Submission)}, or when an upload cannot be sealed
     */
    public SubmissionResult submitWithAttachments(LiaisonMessage message, List<AttachmentIntake.Upload> uploads,
            String actor) throws SubmissionRefusedException {
        List<Attachment> descriptors = intake.seal(message, uploads);
        try {
            return submit(Submission.of(message.toBuilder().attachments(descriptors).build(), actor));
        } catch (SubmissionRefusedException refused) {
            intake.discard(message.id());
            throw refused;
        }
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
                        List.of());
            }
            throw new PipelineException("message " + submission.message().id() + " could not be handed to the broker", e);
        }
    }
}
