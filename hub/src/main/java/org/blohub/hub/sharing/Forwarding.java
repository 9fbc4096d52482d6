package org.blohub.hub.sharing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.apache.camel.CamelExecutionException;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.pipeline.ArrivedConsent;
import org.blohub.hub.pipeline.ConsentMessageSender;
import org.blohub.hub.pipeline.InboundRefusedException;
import org.blohub.hub.pipeline.MessageSubmitter;
import org.blohub.hub.pipeline.PipelineException;
import org.blohub.hub.pipeline.RefusalReason;
import org.blohub.hub.pipeline.Submission;
import org.blohub.hub.pipeline.SubmissionRefusalAudit;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.security.OfficeCaller;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forwards a message an office received to third offices. H0/H1: at once, through the submission route (which checks
 * the agreements again). H2/H3: a CONSENT_REQUEST goes to the originating office first, and the forwarded copy is
 * submitted when its CONSENT_REPLY grants it. Each step is an audit event without content.
 */
@Component
public class Forwarding {

    private static final Logger LOG = LoggerFactory.getLogger(Forwarding.class);
    static final int MAX_NOTE_CHARACTERS = 2000;

    private final OnwardSharingRule rule;
    private final SealedContent sealed;
    private final ConsentBodies bodies;
    private final ForwardRequests requests;
    private final ForwardedCopy copies;
    private final MessageStore messages;
    private final MessageSubmitter submitter;
    private final ConsentMessageSender sender;
    private final SubmissionRefusalAudit refusals;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final MessageIds ids;
    private final Clock clock;

    Forwarding(OnwardSharingRule rule, SealedContent sealed, ConsentBodies bodies, ForwardRequests requests,
            ForwardedCopy copies, MessageStore messages, MessageSubmitter submitter, ConsentMessageSender sender,
            SubmissionRefusalAudit refusals, AuditTrail audit, TransactionTemplate transactions, MessageIds ids,
            Clock clock) {
        this.rule = rule;
        this.sealed = sealed;
        this.bodies = bodies;
        this.requests = requests;
        this.copies = copies;
        this.messages = messages;
        this.submitter = submitter;
        this.sender = sender;
        this.refusals = refusals;
        this.audit = audit;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @param received a message the caller's office received (the caller looked it up in its inbox)
     * @return the forward: FORWARDED for H0/H1, AWAITING_CONSENT for H2/H3
     * @throws SubmissionRefusedException when the rule or the submission route refuses the forward
     * @throws SharingException           CONFLICT when the message's content was purged or no longer opens,
     *                                    UNAVAILABLE when the consent request cannot be sent now
     */
    public ForwardRequest forward(OfficeCaller caller, StoredMessage received, List<String> targets,
            Optional<String> note, Optional<EntitySelection> quoted) throws SubmissionRefusedException {
        String office = caller.office();
        String messageId = received.summary().messageId();
        ImmutableBytes envelope = received.envelope().orElseThrow(() -> SharingException.conflict("message "
                + messageId + " was purged under the retention rules; its content can no longer be forwarded"));
        LiaisonMessage original = sealed.open(office, envelope, messageId);
        if (note.filter(text -> text.length() > MAX_NOTE_CHARACTERS).isPresent()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID, "The note has more than "
                    + MAX_NOTE_CHARACTERS + " characters; shorten it.", List.of());
        }
        Optional<EntitySelection> quoting = quoted.filter(selection -> !selection.isEmpty());
        if (quoting.isPresent()) {
            if (note.isEmpty()) {
                throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID, "Write your own text "
                        + "in the note when you quote entities: it is the body of the new message.",
                        List.of(new FieldError("note", FieldErrorCode.REQUIRED, "Write the text that goes with the "
                                + "quoted entities.")));
            }
            quoting.get().from(original.entities());
        }
        rule.check(office, original.from(), targets, original.kind(), original.handling().code());
        audit.append(AuditEventType.FORWARD_REQUEST, Optional.of(messageId), Optional.of(original.conversationId()),
                Optional.of(office), targets, caller.name(), Optional.empty(),
                Optional.of(original.handling().code().name()));
        if (!OnwardSharingRule.needsConsent(original.handling().code())) {
            String forwardedId = submitCopy(original, office, targets, note, quoting, Optional.empty(), caller.name());
            ForwardRequest done = new ForwardRequest(ids.next(), messageId, office, original.from(),
                    original.handling().code().name(), targets, ForwardState.FORWARDED, caller.name(), clock.instant(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(forwardedId),
                    Optional.empty());
            transactions.executeWithoutResult(status -> {
                requests.insert(done);
                auditForwarded(original, office, targets, caller.name(), forwardedId);
            });
            return done;
        }
        return askConsent(caller, original, targets, note, quoting);
    }

    private ForwardRequest askConsent(OfficeCaller caller, LiaisonMessage original, List<String> targets,
            Optional<String> note, Optional<EntitySelection> quoting) {
        String office = caller.office();
        LiaisonMessage consentRequest = LiaisonMessage.builder()
                .id(ids.next())
                .conversationId(original.conversationId())
                .inReplyTo(original.id())
                .from(office)
                .to(original.from())
                .kind(MessageKind.CONSENT_REQUEST)
                .priority(original.priority())
                .handling(original.handling())
                .createdAt(clock.instant())
                .language("en")
                .subject("Consent request")
                .body(bodies.write(new ConsentTerms(original.id(), targets, note, quoting)))
                .build();
        ImmutableBytes envelope = sender.seal(consentRequest);
        ForwardRequest awaiting = new ForwardRequest(consentRequest.id(), original.id(), office, original.from(),
                original.handling().code().name(), targets, ForwardState.AWAITING_CONSENT, caller.name(),
                clock.instant(), Optional.of(envelope), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        // stored before it is sent, so that a quick reply finds the request it answers
        transactions.executeWithoutResult(status -> {
            requests.insert(awaiting);
            audit.append(AuditEventType.CONSENT_REQUEST, Optional.of(original.id()),
                    Optional.of(original.conversationId()), Optional.of(office), List.of(original.from()),
                    caller.name(), Optional.of(envelope.sha256Hex()), Optional.of(consentRequest.id()));
        });
        try {
            sender.dispatch(consentRequest, envelope);
        } catch (PipelineException | CamelExecutionException e) {
            LOG.error("BLO-FWD-006 consent request {} to {} not sent; the forward is FAILED", consentRequest.id(),
                    original.from(), e);
            transactions.executeWithoutResult(status -> requests.failed(consentRequest.id(), "CONSENT_REQUEST_NOT_SENT"));
            throw SharingException.unavailable("the consent request to " + original.from()
                    + " could not be sent now; forward the message again later", e);
        }
        LOG.info("BLO-FWD-001 consent request {} sent from {} to {} about message {}", consentRequest.id(), office,
                original.from(), original.id());
        return awaiting;
    }

    /** A CONSENT_REPLY arrived for one of this node's offices: record it and, when granted, forward. */
    void answered(ArrivedConsent consent, ConsentAnswer answer) throws InboundRefusedException {
        LiaisonMessage reply = consent.message();
        ForwardRequest request = requests.find(answer.requestId())
                .filter(found -> found.office().equals(consent.office()))
                .filter(found -> found.originator().equals(reply.from()))
                .filter(found -> found.messageId().equals(answer.messageId()))
                .filter(found -> reply.inReplyTo().filter(found.requestId()::equals).isPresent())
                .orElseThrow(() -> unmatched(reply, consent.office() + " sent no consent request "
                        + answer.requestId() + " about message " + answer.messageId() + " to " + reply.from()));
        if (request.replyId().filter(reply.id()::equals).isPresent()) {
            // the same reply again (redelivered after a stop): finish a granted forward the stop interrupted
            if (request.state() == ForwardState.GRANTED) {
                forwardGranted(request, reply.id());
            }
            return;
        }
        if (request.state() != ForwardState.AWAITING_CONSENT) {
            throw unmatched(reply, "consent request " + request.requestId() + " was answered already ("
                    + request.state() + ")");
        }
        AuditEventType event = answer.decision() == ConsentDecision.GRANTED
                ? AuditEventType.CONSENT_GRANTED : AuditEventType.CONSENT_REFUSED;
        transactions.executeWithoutResult(status -> {
            requests.answer(request.requestId(), answer.decision().forwardState(), reply.id(), consent.envelope(),
                    clock.instant());
            audit.append(event, Optional.of(request.messageId()), Optional.of(reply.conversationId()),
                    Optional.of(reply.from()), List.of(request.office()), consent.actor(),
                    Optional.of(consent.envelope().sha256Hex()), Optional.of(request.requestId()));
        });
        LOG.info("BLO-FWD-002 consent request {} about message {}: {} by {}", request.requestId(),
                request.messageId(), answer.decision(), reply.from());
        if (answer.decision() == ConsentDecision.GRANTED) {
            forwardGranted(request, reply.id());
        }
    }

    private void forwardGranted(ForwardRequest request, String consentId) {
        LiaisonMessage consentRequest = sealed.open(request.office(), request.requestEnvelope().orElseThrow(),
                request.requestId());
        Optional<ConsentTerms> terms = bodies.readTerms(consentRequest.body());
        Optional<String> note = terms.flatMap(ConsentTerms::note);
        Optional<EntitySelection> quoting = terms.flatMap(ConsentTerms::quoted);
        try {
            StoredMessage stored = messages.findInInbox(request.office(), request.messageId())
                    .filter(found -> found.envelope().isPresent())
                    .orElseThrow(() -> SharingException.conflict("message " + request.messageId()
                            + " is no longer in the inbox of " + request.office() + " with its content"));
            LiaisonMessage received = sealed.open(request.office(), stored.envelope().get(), request.messageId());
            String forwardedId = submitCopy(received, request.office(), request.targets(), note, quoting,
                    Optional.of(consentId), request.requestedBy());
            transactions.executeWithoutResult(status -> {
                requests.forwarded(request.requestId(), forwardedId);
                auditForwarded(received, request.office(), request.targets(), request.requestedBy(), forwardedId);
            });
        } catch (SharingException gone) {
            LOG.warn("BLO-FWD-003 message {}: consent granted, but it cannot be forwarded: {}", request.messageId(),
                    gone.getMessage());
            transactions.executeWithoutResult(status -> requests.failed(request.requestId(), "CONTENT_UNAVAILABLE"));
        } catch (SubmissionRefusedException refused) {
            LOG.warn("BLO-FWD-003 message {}: consent granted, but the forwarded copy was refused: {}",
                    request.messageId(), refused.problem());
            transactions.executeWithoutResult(status -> {
                requests.failed(request.requestId(), "SUBMISSION_" + refused.problem().name());
                refusals.record(request.requestedBy(), request.office(), "forward " + request.requestId(), refused);
            });
        }
    }

    private String submitCopy(LiaisonMessage original, String office, List<String> targets, Optional<String> note,
            Optional<EntitySelection> quoting, Optional<String> consentId, String actor)
            throws SubmissionRefusedException {
        LiaisonMessage copy = copies.of(original, office, targets, note, quoting, consentId);
        return submitter.submit(Submission.of(copy, actor)).messageId();
    }

    private void auditForwarded(LiaisonMessage original, String office, List<String> targets, String actor,
            String forwardedId) {
        audit.append(AuditEventType.FORWARDED, Optional.of(original.id()), Optional.of(original.conversationId()),
                Optional.of(office), targets, actor, Optional.empty(), Optional.of(forwardedId));
    }

    private static InboundRefusedException unmatched(LiaisonMessage reply, String why) {
        return new InboundRefusedException(RefusalReason.CONSENT_UNMATCHED, "consent reply " + reply.id() + ": " + why,
                Optional.empty(), null);
    }
}
