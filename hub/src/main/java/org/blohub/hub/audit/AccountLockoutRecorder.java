package org.blohub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.blohub.hub.security.AccountLockout;
import org.blohub.hub.security.CallerDirectory;
import org.blohub.hub.security.OfficeCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Counts the wrong passwords of each officer account, on every chain, in the {@link AccountLockout}, and forgets
 * them when the account signs in. When an account gets locked, logs {@value #CODE} and records a LOGIN_FAILED event
 * with reason {@value #REASON}, in its own transaction; an audit outage is logged and does not fail the request.
 * Unknown user names and API tokens have no account to lock; the address throttle counts them.
 */
final class AccountLockoutRecorder {

    static final String CODE = AccountLockout.LOCKED_CODE;
    static final String REASON = "ACCOUNT_LOCKED_OUT";
    private static final Logger LOG = LoggerFactory.getLogger(AccountLockoutRecorder.class);

    private final AccountLockout lockout;
    private final CallerDirectory callers;
    private final AuditLog auditLog;
    private final TransactionOperations ownTransaction;
    private final Clock clock;

    /** @param ownTransaction runs the append in a new transaction, never joining the request's */
    AccountLockoutRecorder(AccountLockout lockout, CallerDirectory callers, AuditLog auditLog,
            TransactionOperations ownTransaction, Clock clock) {
        this.lockout = lockout;
        this.callers = callers;
        this.auditLog = auditLog;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getException() instanceof BadCredentialsException)) {
            return;
        }
        Optional<OfficeCaller> account = callers.officer(event.getAuthentication().getName());
        Instant now = clock.instant();
        if (account.isPresent() && lockout.recordFailure(account.get().name(), now)) {
            locked(account.get(), now, remoteAddress(event));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof OfficeCaller)) {
            // API tokens authenticate as their OfficeCaller; a password login has the account's UserDetails
            lockout.recordSuccess(event.getAuthentication().getName());
        }
    }

    private void locked(OfficeCaller account, Instant now, Optional<String> remoteAddress) {
        LOG.warn("{} account {} locked until {} after repeated failed logins", CODE, account.name(),
                now.plus(lockout.lockFor()));
        try {
            ownTransaction.executeWithoutResult(transaction -> auditLog.append(AuditEvent.failedLogin(now,
                    account.name(), Optional.of(account.office()), REASON, remoteAddress)));
        } catch (RuntimeException e) {
            // whatever the store throws, the refusal stands and the request goes on
            LOG.error("{} cannot record the lock-out of account {}", CODE, account.name(), e);
        }
    }

    private static Optional<String> remoteAddress(AbstractAuthenticationFailureEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress())
                : Optional.empty();
    }
}
