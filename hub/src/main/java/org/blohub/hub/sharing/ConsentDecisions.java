package org.blohub.hub.sharing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.apache.camel.CamelExecutionException;
import org.blohub.hub.pipeline.ConsentMessageSender;
import org.blohub.hub.pipeline.PipelineException;
import org.blohub.hub.security.OfficeCaller;
import org.blohub.hub.store.ImmutableBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer of the originating office grants or refuses a consent request: the decision is stored and audited, then
 * a CONSENT_REPLY signed by the office goes back to the requesting office.
 */
@Component
public class ConsentDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(ConsentDecisions.class);
    static final int MAX_REASON_CHARACTERS = 2000;

    private final ConsentRequests requests;
    private final SealedContent sealed;
    private final ConsentBodies bodies;
    private final ConsentMessageSender sender;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final MessageIds ids;
    private final Clock clock;

    ConsentDecisions(ConsentRequests requests, SealedContent sealed, ConsentBodies bodies, ConsentMessageSender sender,
            AuditTrail audit, TransactionTemplate transactions, MessageIds ids, Clock clock) {
        this.requests = requests;
        this.sealed = sealed;
        this.bodies = bodies;
        this.sender = sender;
        this.audit = audit;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** The requests addressed to the office, pending first. */
    public List<ConsentRequest> ofOffice(String office) {
        return requests.ofOffice(office);
    }

    public Optional<ConsentRequest> find(String office, String requestId) {
        return requests.find(office, requestId);
    }

    /** The requesting officer's note, read from the sealed request. */
    public Optional<String> noteOf(ConsentRequest request) {
        return termsOf(request).flatMap(ConsentTerms::note);
    }

    /** The entities the requester would quote, when it would not forward the whole message. */
    public Optional<EntitySelection> quotedOf(ConsentRequest request) {
        return termsOf(request).flatMap(ConsentTerms::quoted);
    }

    private Optional<ConsentTerms> termsOf(ConsentRequest request) {
        return bodies.readTerms(sealed.open(request.office(), request.envelope(), request.requestId()).body());
    }

    /**
     * The reply is handed to the broker before the decision commits: if it cannot be sent, nothing is decided and
     * the officer can decide again.
     *
     * @throws SharingException INVALID for a reason too long, CONFLICT when the request was decided already,
     *                          UNAVAILABLE when the reply cannot be sent now
     */
    public ConsentRequest decide(OfficeCaller caller, ConsentRequest request, ConsentDecision decision,
            Optional<String> reason) {
        if (reason.filter(text -> text.length() > MAX_REASON_CHARACTERS).isPresent()) {
            throw SharingException.invalid("The reason has more than " + MAX_REASON_CHARACTERS
                    + " characters; shorten it.");
        }
        if (request.state() != ConsentState.PENDING) {
            throw SharingException.conflict("consent request " + request.requestId() + " was " + request.state()
                    + " already by " + request.decidedBy().orElse("?"));
        }
        LiaisonMessage asked = sealed.open(request.office(), request.envelope(), request.requestId());
        LiaisonMessage reply = LiaisonMessage.builder()
                .id(ids.next())
                .conversationId(asked.conversationId())
                .inReplyTo(asked.id())
                .from(request.office())
                .to(request.requester())
                .kind(MessageKind.CONSENT_REPLY)
                .priority(asked.priority())
                .handling(asked.handling())
                .createdAt(clock.instant())
                .language("en")
                .subject("Consent " + decision)
                .body(bodies.write(new ConsentAnswer(request.requestId(), request.messageId(), decision, reason)))
                .build();
        ImmutableBytes envelope = sender.seal(reply);
        boolean decided;
        try {
            decided = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!requests.decide(request.requestId(), decision.state(), caller.name(), clock.instant(),
                        reply.id())) {
                    return false;
                }
                audit.append(decision == ConsentDecision.GRANTED ? AuditEventType.CONSENT_GRANTED
                                : AuditEventType.CONSENT_REFUSED, Optional.of(request.messageId()),
                        Optional.of(asked.conversationId()), Optional.of(request.office()), request.targets(),
                        caller.name(), Optional.of(envelope.sha256Hex()), Optional.of(request.requestId()));
                sender.dispatch(reply, envelope);
                return true;
            }));
        } catch (PipelineException | CamelExecutionException e) {
            LOG.error("BLO-FWD-006 consent reply {} to {} not sent; consent request {} stays pending", reply.id(),
                    request.requester(), request.requestId(), e);
            throw SharingException.unavailable("the consent reply could not be sent now; nothing was decided, "
                    + "decide again later", e);
        }
        if (!decided) {
            throw SharingException.conflict("consent request " + request.requestId() + " was decided meanwhile");
        }
        LOG.info("BLO-FWD-004 consent request {} about message {} {} by {}; reply {} sent to {}", request.requestId(),
                request.messageId(), decision, request.office(), reply.id(), request.requester());
        return requests.find(request.office(), request.requestId()).orElseThrow();
    }
}
