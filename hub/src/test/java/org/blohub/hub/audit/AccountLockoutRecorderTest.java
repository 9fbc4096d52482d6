package org.blohub.hub.audit;

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
import java.util.List;
import java.util.Optional;

import org.blohub.hub.security.AccountLockout;
import org.blohub.hub.security.CallerDirectory;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.security.OfficeCaller;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.transaction.support.TransactionOperations;

class AccountLockoutRecorderTest {

    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    final AccountLockout lockout = new AccountLockout(3, Duration.ofMinutes(15), Duration.ofMinutes(15));
    final AuditLog auditLog = mock(AuditLog.class);
    final CallerDirectory callers = mock(CallerDirectory.class);
    final AccountLockoutRecorder recorder = new AccountLockoutRecorder(lockout, callers, auditLog,
            TransactionOperations.withoutTransaction(), Clock.fixed(NOW, ZoneOffset.UTC));

    AccountLockoutRecorderTest() {
        when(callers.officer("th-maesai")).thenReturn(Optional.of(
                new OfficeCaller("th-maesai", "TH-MAESAI", CallerRole.OFFICER)));
        when(callers.officer("nobody")).thenReturn(Optional.empty());
    }

    private void wrongPassword(String user) {
        recorder.failed(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(user, "guess"), new BadCredentialsException("bad")));
    }

    @Test
    void wrongPasswordsOfAnAccountOnAnyChainLockItAndTheLockOutIsAudited() {
        wrongPassword("th-maesai");
        wrongPassword("th-maesai");
        verify(auditLog, never()).append(any());

        wrongPassword("th-maesai");

        assertThat(lockout.isLocked("th-maesai", NOW.plusSeconds(60))).isTrue();
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).append(event.capture());
        assertThat(event.getValue().type()).isEqualTo(AuditEventType.LOGIN_FAILED);
        assertThat(event.getValue().actor()).isEqualTo("th-maesai");
        assertThat(event.getValue().reasonCode()).contains(AccountLockoutRecorder.REASON);
    }

    @Test
    void attemptsRefusedWhileLockedDoNotCountAgain() {
        recorder.failed(new AuthenticationFailureLockedEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("th-maesai", "right"), new LockedException("locked")));

        assertThat(lockout.isLocked("th-maesai", NOW)).isFalse();
        verify(auditLog, never()).append(any());
    }

    @Test
    void unknownUserNamesAreNotCountedNorAudited() {
        for (int attempt = 0; attempt < 5; attempt++) {
            wrongPassword("nobody");
        }

        assertThat(lockout.isLocked("nobody", NOW)).isFalse();
        verify(auditLog, never()).append(any());
    }

    @Test
    void aPasswordLoginForgetsTheAccountsFailures() {
        wrongPassword("th-maesai");
        wrongPassword("th-maesai");
        recorder.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername("th-maesai").password("x").roles("OFFICER").build(), null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER")))));

        wrongPassword("th-maesai");

        assertThat(lockout.isLocked("th-maesai", NOW)).isFalse();
    }

    @Test
    void anApiTokenOfTheSameNameDoesNotForgetTheAccountsFailures() {
        wrongPassword("th-maesai");
        wrongPassword("th-maesai");
        recorder.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                new OfficeCaller("th-maesai", "TH-MAESAI", CallerRole.SYSTEM), null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM")))));

        wrongPassword("th-maesai");

        assertThat(lockout.isLocked("th-maesai", NOW)).isTrue();
    }
}
