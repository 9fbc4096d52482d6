package org.blohub.hub.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every login attempt from a client address the {@link AddressThrottle} blocks, before Spring Security
 * sees it, even with the right password (otherwise the block would still answer the guesses). A login attempt is a
 * request with an {@code Authorization} header or a page sign-in ({@code POST /login}); requests of a session
 * that signed in earlier go on. The API gets 429 with {@code Retry-After} and a reason; the sign-in page is shown
 * again saying that sign-in is locked.
 */
final class BlockedAddressFilter extends OncePerRequestFilter {

    private final AddressThrottle throttle;
    private final Clock clock;

    BlockedAddressFilter(AddressThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant now = clock.instant();
        Optional<Instant> until = loginAttempt(request) && request.getRemoteAddr() != null
                ? throttle.blockedUntil(request.getRemoteAddr(), now)
                : Optional.empty();
        if (until.isEmpty()) {
            chain.doFilter(request, response);
        } else if (pageSignIn(request)) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
        } else {
            TooManyLogins.answer(response, "too many failed logins from this address (" + AddressThrottle.BLOCKED_CODE
                    + "): sign-in from it is refused", now, until.get());
        }
    }

    private static boolean loginAttempt(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null || pageSignIn(request);
    }

    private static boolean pageSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }
}
