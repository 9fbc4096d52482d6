package org.blohub.hub.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
        TooManyLogins.answer(response, "too many failed logins for this account (" + AccountLockout.LOCKED_CODE
                + "): its sign-in is refused", now, until.get());
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
