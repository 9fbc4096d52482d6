package org.blohub.hub.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.blohub.hub.security.CallerDirectory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed page login: counts a wrong password of a known account, locks the account when there were too
 * many (and records that in the audit log), and sends the browser back to the login page saying which it was.
 */
final class LockoutFailureHandler implements AuthenticationFailureHandler {

    private final LoginLockout lockout;
    private final LockoutAudit audit;
    private final CallerDirectory callers;
    private final Clock clock;

    LockoutFailureHandler(LoginLockout lockout, LockoutAudit audit, CallerDirectory callers, Clock clock) {
        this.lockout = lockout;
        this.audit = audit;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String user = Optional.ofNullable(request.getParameter("username")).orElse("");
        boolean locked = exception instanceof LockedException;
        if (exception instanceof BadCredentialsException) {
            var account = callers.officer(user);
            Instant now = clock.instant();
            if (account.isPresent() && lockout.recordFailure(user, now)) {
                audit.locked(account.get(), now, Optional.ofNullable(request.getRemoteAddr()));
                locked = true;
            }
        }
        response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
    }
}
