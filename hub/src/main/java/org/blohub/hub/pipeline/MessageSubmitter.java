package org.blohub.hub.pipeline;

import java.util.List;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.blohub.adapters.canonical.Attachment;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.crypto.cms.SealingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The entry to the outbound route for the REST API and adapters. */
@Component
public class MessageSubmitter {

    private static final Logger LOG = LoggerFactory.getLogger(MessageSubmitter.class);

    private final ProducerTemplate producer;
    private final AttachmentIntake intake;
    private final ApplicationEventPublisher events;
    private final DiskSpaceGuard diskSpace;

    MessageSubmitter(ProducerTemplate producer, AttachmentIntake intake, ApplicationEventPublisher events,
            DiskSpaceGuard diskSpace) {
        this.producer = producer;
        this.intake = intake;
        this.events = events;
        this.diskSpace = diskSpace;
    }

    /**
     * Seals and stores each upload as an attachment part, then submits the message carrying their
     * descriptors; a refused message leaves no parts behind.
     *
     * @throws SubmissionRefusedException as {@link #submit(Submission)}, or when an upload cannot be sealed
     * @throws SubmissionFailedException   as {@link #submit(Submission)}
     */
    public SubmissionResult submitWithAttachments(LiaisonMessage message, List<AttachmentIntake.Upload> uploads,
            String actor) throws SubmissionRefusedException {
        ensureRoomFor(message.id());
        List<Attachment> descriptors = intake.seal(message, uploads);
        try {
            return submit(Submission.of(message.toBuilder().attachments(descriptors).build(), actor));
        } catch (SubmissionRefusedException | SubmissionFailedException notAccepted) {
            intake.discard(message.id());
            throw notAccepted;
        }
    }

    /**
     * Accepted once the message is stored in the outbox: if the broker then fails to take it, the outbox
     * relay sends it later, so the caller must not submit it again.
     *
     * @throws SubmissionRefusedException when the message is invalid, not authorized or too large;
     *                                    nothing was recorded or sent then
     * @throws SubmissionFailedException  when the node failed before storing it; nothing was recorded or sent
     */
    public SubmissionResult submit(Submission submission) throws SubmissionRefusedException {
        ensureRoomFor(submission.message().id());
        SubmissionResult result = send(submission);
        events.publishEvent(new MessageSubmitted(result.messageId()));
        return result;
    }

    private void ensureRoomFor(String messageId) {
        diskSpace.shortage().ifPresent(shortage -> {
            LOG.error("BLO-OUT-012 message {}: not accepted, {}", messageId, shortage);
            throw new SubmissionFailedException(messageId, shortage);
        });
    }

    private SubmissionResult send(Submission submission) throws SubmissionRefusedException {
        try {
            return producer.requestBody(OutboundRoute.ENDPOINT, submission, SubmissionResult.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof SubmissionRefusedException refused) {
                throw logged(submission, refused);
            }
            if (e.getCause() instanceof SealingException sealing) {
                throw logged(submission, new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                        "message " + submission.message().id() + " cannot be sealed: " + sealing.getMessage(),
                        List.of()));
            }
            String id = submission.message().id();
            if (wasStored(e.getExchange())) {
                LOG.warn("BLO-OUT-021 message {}: stored as QUEUED but not handed to the broker; the outbox relay "
                        + "will send it", id, e.getCause());
                return SubmissionResult.of(e.getExchange());
            }
            LOG.error("BLO-OUT-010 message {}: not accepted, the node could not store it", id, e.getCause());
            throw new SubmissionFailedException(id, e.getCause());
        }
    }

    /** The refusal's kind and the fields concerned; its text may quote the submission, so it is not logged. */
    private static SubmissionRefusedException logged(Submission submission, SubmissionRefusedException refused) {
        LOG.info("BLO-OUT-001 message {} from {} refused: {}{}", submission.message().id(), submission.message().from(),
                refused.problem(), refused.fieldErrors().isEmpty() ? ""
                        : " " + refused.fieldErrors().stream().map(FieldError::path).toList());
        return refused;
    }

    /** {@link RecordStep} sets the property once the outbox row and its SUBMITTED event have committed. */
    private static boolean wasStored(Exchange exchange) {
        return exchange != null && exchange.getProperty(SubmissionResult.MESSAGE_ID) != null;
    }
}
