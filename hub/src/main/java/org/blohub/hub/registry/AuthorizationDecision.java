package org.blohub.hub.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * The registry's answer to "may this office send this message to that office?".
 *
 * @param allowed   whether the message may go
 * @param reason    a sentence an officer or auditor can read, e.g. "TH-MAESAI may send REQUEST to
 *                  LA-HOUAYXAY only up to handling code H1 (agreement TH-LA-2026); message has H2"
 * @param agreement the agreement that allowed it, or that came closest when refused
 */
public record AuthorizationDecision(boolean allowed, String reason, Optional<String> agreement) {

    public AuthorizationDecision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(agreement, "agreement");
    }

    static AuthorizationDecision allow(String reason, String agreementId) {
        return new AuthorizationDecision(true, reason, Optional.of(agreementId));
    }

    static AuthorizationDecision refuse(String reason) {
        return new AuthorizationDecision(false, reason, Optional.empty());
    }

    static AuthorizationDecision refuse(String reason, String closestAgreementId) {
        return new AuthorizationDecision(false, reason, Optional.of(closestAgreementId));
    }
}
