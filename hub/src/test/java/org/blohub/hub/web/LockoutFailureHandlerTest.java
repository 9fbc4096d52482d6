package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.security.CallerDirectory;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.security.OfficeCaller;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.transaction.support.TransactionOperations;

class LockoutFailureHandlerTest {

    final LoginLockout lockout = new LoginLockout(3, Duration.ofMinutes(15), Duration.ofMinutes(15));
    final AuditLog auditLog = mock(AuditLog.class);
    final CallerDirectory callers = mock(CallerDirectory.class);
    final LockoutFailureHandler handler = new LockoutFailureHandler(lockout,
            new LockoutAudit(auditLog, TransactionOperations.withoutTransaction()), callers,
            Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC));

    LockoutFailureHandlerTest() {
        when(callers.officer("th-maesai")).thenReturn(Optional.of(
                new OfficeCaller("th-maesai", "TH-MAESAI", CallerRole.OFFICER)));
        when(callers.officer("nobody")).thenReturn(Optional.empty());
    }

    private String fail(String user, RuntimeException exception) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", user);
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(request, response, (org.springframework.security.core.AuthenticationException) exception);
        return response.getRedirectedUrl();
    }

    @Test
    void wrongPasswordsOfAnAccountLockItAndTheLockOutIsAudited() throws Exception {
        assertThat(fail("th-maesai", new BadCredentialsException("bad"))).isEqualTo("/login?error");
        assertThat(fail("th-maesai", new BadCredentialsException("bad"))).isEqualTo("/login?error");
        verify(auditLog, never()).append(any());

        assertThat(fail("th-maesai", new BadCredentialsException("bad"))).isEqualTo("/login?locked");

        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).append(event.capture());
        assertThat(event.getValue().type()).isEqualTo(AuditEventType.LOGIN_FAILED);
        assertThat(event.getValue().actor()).isEqualTo("th-maesai");
        assertThat(event.getValue().reasonCode()).contains(LockoutAudit.REASON);
        assertThat(lockout.isLocked("th-maesai", Instant.parse("2026-12-07T05:01:00Z"))).isTrue();
    }

    @Test
    void anAttemptOnALockedAccountIsToldSo() throws Exception {
        assertThat(fail("th-maesai", new LockedException("locked"))).isEqualTo("/login?locked");
    }

    @Test
    void unknownUserNamesAreNotCountedNorAudited() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(fail("nobody", new BadCredentialsException("bad"))).isEqualTo("/login?error");
        }
        verify(auditLog, never()).append(any());
    }
}
