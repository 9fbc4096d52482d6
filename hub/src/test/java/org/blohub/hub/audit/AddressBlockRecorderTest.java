package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.blohub.hub.security.AddressThrottle;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionOperations;

class AddressBlockRecorderTest {

    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    final AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(15));
    final AuditLog auditLog = mock(AuditLog.class);
    final AddressBlockRecorder recorder = new AddressBlockRecorder(throttle, auditLog,
            TransactionOperations.withoutTransaction(), Clock.fixed(NOW, ZoneOffset.UTC));

    private static AuthenticationFailureBadCredentialsEvent wrongPassword(String user, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/messages/inbox");
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(user, "x");
        attempt.setDetails(new WebAuthenticationDetails(request));
        return new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad"));
    }

    @Test
    void failuresAgainstDifferentAccountsFromOneAddressBlockItAndTheBlockIsAuditedOnce() {
        recorder.failed(wrongPassword("th-maesai", "203.0.113.9"));
        recorder.failed(wrongPassword("th-chiangkhong", "203.0.113.9"));
        verify(auditLog, never()).append(any());

        recorder.failed(wrongPassword("no-such-user", "203.0.113.9"));

        assertThat(throttle.blockedUntil("203.0.113.9", NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).append(event.capture());
        assertThat(event.getValue().type()).isEqualTo(AuditEventType.LOGIN_FAILED);
        assertThat(event.getValue().actor()).isEqualTo(AddressBlockRecorder.ACTOR);
        assertThat(event.getValue().reasonCode()).contains(AddressBlockRecorder.REASON);
        assertThat(event.getValue().remoteAddress()).contains("203.0.113.9");
        assertThat(event.getValue().fromOffice()).isEmpty();

        recorder.failed(wrongPassword("th-maesai", "203.0.113.9"));
        verify(auditLog, times(1)).append(any());
    }

    @Test
    void anAuditOutageDoesNotUndoTheBlock() {
        doThrow(new IllegalStateException("database down")).when(auditLog).append(any());

        for (int attempt = 0; attempt < 3; attempt++) {
            recorder.failed(wrongPassword("th-maesai", "203.0.113.9"));
        }

        assertThat(throttle.blockedUntil("203.0.113.9", NOW)).isPresent();
    }

    @Test
    void attemptsWithoutAClientAddressAreNotCounted() {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("u", "x");
        for (int i = 0; i < 3; i++) {
            recorder.failed(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad")));
        }
        assertThat(throttle.trackedAddresses()).isZero();
    }
}
