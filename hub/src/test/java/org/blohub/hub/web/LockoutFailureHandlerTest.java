package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.blohub.hub.security.AccountLockout;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

class LockoutFailureHandlerTest {

    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    final AccountLockout lockout = new AccountLockout(1, Duration.ofMinutes(15), Duration.ofMinutes(15));
    final LockoutFailureHandler handler = new LockoutFailureHandler(lockout, Clock.fixed(NOW, ZoneOffset.UTC));

    private String fail(String user, AuthenticationException exception) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", user);
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(request, response, exception);
        return response.getRedirectedUrl();
    }

    @Test
    void aWrongPasswordOfAnOpenAccountIsToldAsAnError() throws Exception {
        assertThat(fail("th-maesai", new BadCredentialsException("bad"))).isEqualTo("/login?error");
    }

    @Test
    void theFailureThatLockedTheAccountIsToldAsLocked() throws Exception {
        lockout.recordFailure("th-maesai", NOW);

        assertThat(fail("th-maesai", new BadCredentialsException("bad"))).isEqualTo("/login?locked");
    }

    @Test
    void anAttemptOnALockedAccountIsToldSo() throws Exception {
        assertThat(fail("th-maesai", new LockedException("locked"))).isEqualTo("/login?locked");
    }
}
