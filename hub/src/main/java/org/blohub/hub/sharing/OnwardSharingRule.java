package org.blohub.hub.sharing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.registry.AuthorizationDecision;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.stereotype.Component;

/**
 * What may be forwarded to whom: H0 and H1 within the agreements, H2 and H3 within the agreements and only with the
 * originator's consent. A forward goes to third offices: not back to the originator (that is a reply) and not to
 * the forwarding office itself.
 */
@Component
class OnwardSharingRule {

    static final int MAX_TARGETS = 20;

    private final NetworkRegistry registry;

    OnwardSharingRule(NetworkRegistry registry) {
        this.registry = registry;
    }

    /** H2 (no onward sharing without permission) and H3 (other restrictions) need the originator's consent. */
    static boolean needsConsent(HandlingCode code) {
        return code == HandlingCode.H2 || code == HandlingCode.H3;
    }

    /**
     * The kind the forwarded copy has: the original's, but a RESPONSE becomes a NOTIFICATION (it answers nothing the
     * third office sent); receipts and consent messages are not forwarded.
     */
    static Optional<MessageKind> forwardedKind(MessageKind original) {
        return switch (original) {
            case REQUEST, NOTIFICATION, ALERT -> Optional.of(original);
            case RESPONSE -> Optional.of(MessageKind.NOTIFICATION);
            default -> Optional.empty();
        };
    }

    /**
     * @throws SubmissionRefusedException INVALID for a kind that cannot be forwarded, no target, a repeated target, the
     *                                    originator or the forwarder among the targets; NOT_AUTHORIZED, naming the
     *                                    agreement, for a target no agreement lets the forwarder send this to
     */
    void check(String forwarder, String originator, List<String> targets, MessageKind kind, HandlingCode code)
            throws SubmissionRefusedException {
        Optional<MessageKind> forwarded = forwardedKind(kind);
        if (forwarded.isEmpty()) {
            throw invalid("kind", "A " + kind + " cannot be forwarded.");
        }
        if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
            throw invalid("to", "Name 1 to " + MAX_TARGETS + " offices to forward the message to.");
        }
        Set<String> seen = new HashSet<>();
        List<FieldError> refusals = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            String path = "to[" + i + "]";
            if (!seen.add(target)) {
                throw invalid(path, "Office " + target + " is named twice.");
            }
            if (target.equals(originator)) {
                throw invalid(path, target + " sent this message: answer it with a reply (inReplyTo), which is not "
                        + "onward sharing.");
            }
            if (target.equals(forwarder)) {
                throw invalid(path, "Your office " + forwarder + " already has this message.");
            }
            AuthorizationDecision decision = registry.authorize(forwarder, target,
                    org.blohub.hub.registry.MessageKind.valueOf(forwarded.get().name()),
                    org.blohub.hub.registry.HandlingCode.valueOf(code.name()));
            if (!decision.allowed()) {
                refusals.add(new FieldError(path, FieldErrorCode.OUT_OF_RANGE, decision.reason()));
            }
        }
        if (!refusals.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.NOT_AUTHORIZED,
                    "cannot forward to " + refusals.size() + " office(s): "
                            + String.join("; ", refusals.stream().map(FieldError::message).toList()), refusals);
        }
    }

    private static SubmissionRefusedException invalid(String path, String reason) {
        return new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID, reason,
                List.of(new FieldError(path, FieldErrorCode.OUT_OF_RANGE, reason)));
    }
}
