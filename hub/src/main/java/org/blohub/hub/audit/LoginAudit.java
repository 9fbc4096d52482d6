package org.blohub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.security.ApiTokenAttempt;
import org.blohub.hub.security.CallerDirectory;
import org.blohub.hub.security.OfficeCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Appends logins to the audit log from Spring Security's authentication events (HTTP Basic through the
 * authentication manager, bearer tokens through {@code ApiTokenFilter}). A LOGIN names the account and its office,
 * once per account and {@link LoginWindow}; every failure is a LOGIN_FAILED naming the account only if it exists on
 * this node (a mistyped user name may be a password or a person's name), the remote address and a reason category.
 * Passwords and tokens never reach the log. Each append runs in its own transaction, and an append that fails is
 * logged ({@value #CODE}) without failing the request: a refused login still gets its 401.
 */
final class LoginAudit {

    static final String CODE = "BLO-AUD-030";
    static final String UNKNOWN_ACCOUNT_ACTOR = "unknown-account";
    private static final int MAX_ADDRESS_LENGTH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(LoginAudit.class);

    /** Why a login failed, as recorded in {@code reasonCode}. */
    enum FailureReason {
        BAD_CREDENTIALS, UNKNOWN_ACCOUNT, UNKNOWN_API_TOKEN, ACCOUNT_LOCKED, ACCOUNT_DISABLED, ACCOUNT_EXPIRED,
        CREDENTIALS_EXPIRED, OTHER
    }

    private final AuditLog auditLog;
    private final TransactionOperations ownTransaction;
    private final CallerDirectory callers;
    private final LoginWindow window;
    private final Clock clock;

    /** @param ownTransaction runs each append in a new transaction, never joining the request's */
    LoginAudit(AuditLog auditLog, TransactionOperations ownTransaction, CallerDirectory callers, LoginWindow window,
            Clock clock) {
        this.auditLog = auditLog;
        this.ownTransaction = ownTransaction;
        this.callers = callers;
        this.window = window;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Optional<OfficeCaller> caller = caller(event.getAuthentication());
        if (caller.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String account = caller.get().name();
        if (!window.claim(account, now)) {
            return;
        }
        if (!append(new AuditEvent(now, AuditEventType.LOGIN, Optional.empty(), Optional.empty(),
                Optional.of(caller.get().office()), List.of(), account, Optional.empty(), Optional.empty()))) {
            window.release(account, now);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        boolean token = attempt instanceof ApiTokenAttempt;
        Optional<OfficeCaller> account = token ? Optional.empty() : callers.officer(attempt.getName());
        FailureReason reason = token ? FailureReason.UNKNOWN_API_TOKEN
                : account.isEmpty() ? FailureReason.UNKNOWN_ACCOUNT : reason(event.getException());
        append(AuditEvent.failedLogin(clock.instant(), account.map(OfficeCaller::name).orElse(UNKNOWN_ACCOUNT_ACTOR),
                account.map(OfficeCaller::office), reason.name(), remoteAddress(attempt)));
    }

    private boolean append(AuditEvent event) {
        try {
            ownTransaction.executeWithoutResult(transaction -> auditLog.append(event));
            return true;
        } catch (RuntimeException e) {
            // Whatever the store throws, the request goes on: an audit outage must not turn a 401 into a 500.
            LOG.error("{} cannot record a {} audit event of account {}", CODE, event.type(), event.actor(), e);
            return false;
        }
    }

    private Optional<OfficeCaller> caller(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OfficeCaller caller) {
            return Optional.of(caller);
        }
        return callers.officer(authentication.getName());
    }

    private static FailureReason reason(AuthenticationException exception) {
        if (exception instanceof BadCredentialsException) {
            return FailureReason.BAD_CREDENTIALS;
        }
        if (exception instanceof LockedException) {
            return FailureReason.ACCOUNT_LOCKED;
        }
        if (exception instanceof DisabledException) {
            return FailureReason.ACCOUNT_DISABLED;
        }
        if (exception instanceof AccountExpiredException) {
            return FailureReason.ACCOUNT_EXPIRED;
        }
        if (exception instanceof CredentialsExpiredException) {
            return FailureReason.CREDENTIALS_EXPIRED;
        }
        return FailureReason.OTHER;
    }

    private static Optional<String> remoteAddress(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            String address = details.getRemoteAddress();
            return Optional.of(address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address);
        }
        return Optional.empty();
    }
}
