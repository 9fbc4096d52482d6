package org.blohub.hub.sharing;

import java.time.Clock;
import java.util.Optional;

import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.pipeline.ArrivedConsent;
import org.blohub.hub.pipeline.ConsentArrivals;
import org.blohub.hub.pipeline.InboundRefusedException;
import org.blohub.hub.pipeline.RefusalReason;
import org.blohub.hub.store.MessageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consent messages need no agreement of their own, only the exchange they refer to: a CONSENT_REQUEST must be about
 * an H2 or H3 message the addressed office sent to the requesting office, and a CONSENT_REPLY must answer a consent
 * request the addressed office is waiting for. Anything else is refused with {@code BLO-IN-015 CONSENT_UNMATCHED}.
 */
@Component
class ConsentArrivalCheck implements ConsentArrivals {

    private static final Logger LOG = LoggerFactory.getLogger(ConsentArrivalCheck.class);

    private final ConsentBodies bodies;
    private final MessageStore messages;
    private final ConsentRequests requests;
    private final Forwarding forwarding;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConsentArrivalCheck(ConsentBodies bodies, MessageStore messages, ConsentRequests requests, Forwarding forwarding,
            AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.bodies = bodies;
        this.messages = messages;
        this.requests = requests;
        this.forwarding = forwarding;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void arrived(ArrivedConsent consent) throws InboundRefusedException {
        LiaisonMessage message = consent.message();
        if (message.kind() == MessageKind.CONSENT_REQUEST) {
            requested(consent, bodies.readTerms(message.body()).orElseThrow(() -> unmatched(message,
                    "its body is not a consent request naming a message and the offices to forward to")));
        } else {
            forwarding.answered(consent, bodies.readAnswer(message.body()).orElseThrow(() -> unmatched(message,
                    "its body is not a consent reply with a decision GRANTED or REFUSED")));
        }
    }

    private void requested(ArrivedConsent consent, ConsentTerms terms) throws InboundRefusedException {
        LiaisonMessage request = consent.message();
        String office = consent.office();
        if (request.inReplyTo().filter(terms.messageId()::equals).isEmpty()) {
            throw unmatched(request, "its inReplyTo does not name message " + terms.messageId());
        }
        String handling = messages.findInOutbox(office, terms.messageId())
                .filter(sent -> sent.summary().header().toOffices().contains(request.from()))
                .map(sent -> sent.summary().header().handlingCode())
                .orElseThrow(() -> unmatched(request, "it is about message " + terms.messageId() + ", which " + office
                        + " did not send to " + request.from()));
        if (!OnwardSharingRule.needsConsent(HandlingCode.valueOf(handling))) {
            throw unmatched(request, "message " + terms.messageId() + " has handling code " + handling
                    + ", which needs no consent");
        }
        ConsentRequest received = new ConsentRequest(request.id(), terms.messageId(), office, request.from(),
                terms.targets(), consent.envelope(), ConsentState.PENDING, clock.instant(), Optional.empty(),
                Optional.empty(), Optional.empty());
        boolean stored = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!requests.insertIfAbsent(received)) {
                return false;
            }
            audit.append(AuditEventType.CONSENT_REQUEST, Optional.of(terms.messageId()),
                    Optional.of(request.conversationId()), Optional.of(request.from()), terms.targets(),
                    consent.actor(), Optional.of(consent.envelope().sha256Hex()), Optional.of(request.id()));
            return true;
        }));
        if (stored) {
            LOG.info("BLO-FWD-005 consent request {} from {} about message {} waits for {}", request.id(),
                    request.from(), terms.messageId(), office);
        }
    }

    private static InboundRefusedException unmatched(LiaisonMessage message, String why) {
        return new InboundRefusedException(RefusalReason.CONSENT_UNMATCHED, message.kind() + " " + message.id()
                + " from " + message.from() + ": " + why, Optional.empty(), null);
    }
}
