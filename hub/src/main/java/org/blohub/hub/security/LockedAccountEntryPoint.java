package org.blohub.hub.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Answers a refused HTTP Basic login. An account that {@link AccountLockout} has locked gets 429 with
 * {@code Retry-After} and a reason that says until when; every other refusal gets the usual 401 challenge.
 */
public final class LockedAccountEntryPoint implements AuthenticationEntryPoint {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final String BASIC = "Basic ";

    private final AccountLockout lockout;
    private final Clock clock;
    private final BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();

    public LockedAccountEntryPoint(AccountLockout lockout, Clock clock) {
        this.lockout = lockout;
        this.clock = clock;
        challenge.setRealmName("BLO Hub");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        Instant now = clock.instant();
        Optional<Instant> until = refusal instanceof LockedException
                ? basicUser(request).flatMap(user -> lockout.lockedUntil(user, now))
                : Optional.empty();
        if (until.isEmpty()) {
            challenge.commence(request, response, refusal);
            return;
        }
        long seconds = Math.max(1, Duration.between(now, until.get()).toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setStatus(TOO_MANY_REQUESTS);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // the shape of the API's other errors (ApiError); nothing in it comes from the request
        response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":\""
                + "too many failed logins for this account (" + AccountLockout.LOCKED_CODE + "): its sign-in is refused "
                + "until " + until.get() + "; try again in " + seconds + " s, or ask an administrator\",\"fieldErrors\":[]}");
    }

    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
