package org.blohub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.blohub.hub.security.AddressThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Counts every refused login (HTTP Basic, bearer token, page form) against its client address in the
 * {@link AddressThrottle}. When an address gets blocked, logs {@value #CODE} and records a LOGIN_FAILED event with
 * actor {@value #ACTOR} and reason {@value #REASON}, in its own transaction; an audit outage is logged and does not
 * fail the request. Attempts refused while blocked are not recorded one by one, so that a flood cannot flood the
 * audit log.
 */
final class AddressBlockRecorder {

    static final String CODE = AddressThrottle.BLOCKED_CODE;
    static final String ACTOR = "client-address";
    static final String REASON = "ADDRESS_BLOCKED";
    private static final Logger LOG = LoggerFactory.getLogger(AddressBlockRecorder.class);

    private final AddressThrottle throttle;
    private final AuditLog auditLog;
    private final TransactionOperations ownTransaction;
    private final Clock clock;

    /** @param ownTransaction runs the append in a new transaction, never joining the request's */
    AddressBlockRecorder(AddressThrottle throttle, AuditLog auditLog, TransactionOperations ownTransaction,
            Clock clock) {
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
                || details.getRemoteAddress() == null) {
            return;
        }
        String address = details.getRemoteAddress();
        Instant now = clock.instant();
        throttle.recordFailure(address, now).ifPresent(until -> blocked(address, now, until));
    }

    private void blocked(String address, Instant now, Instant until) {
        LOG.warn("{} client address {} blocked from signing in until {} after repeated failed logins", CODE,
                address, until);
        try {
            ownTransaction.executeWithoutResult(transaction -> auditLog.append(
                    AuditEvent.failedLogin(now, ACTOR, Optional.empty(), REASON, Optional.of(address))));
        } catch (RuntimeException e) {
            // whatever the store throws, the refusal stands and the request goes on
            LOG.error("{} cannot record the block of client address {}", CODE, address, e);
        }
    }
}
