package org.blohub.hub.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.blohub.hub.security.AccountLockout;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed page login, sends the browser back to the login page saying whether the account is locked
 * (refused while locked, or locked by this very failure) or the user name or password was wrong. The failure itself
 * was counted, and a lock-out audited, when Spring Security published it.
 */
final class LockoutFailureHandler implements AuthenticationFailureHandler {

    private final AccountLockout lockout;
    private final Clock clock;

    LockoutFailureHandler(AccountLockout lockout, Clock clock) {
        this.lockout = lockout;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String user = Optional.ofNullable(request.getParameter("username")).orElse("");
        boolean locked = exception instanceof LockedException || lockout.isLocked(user, clock.instant());
        response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
    }
}
