package org.blohub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountLockoutTest {

    static final Instant T0 = Instant.parse("2026-12-07T05:00:00Z");
    final AccountLockout lockout = new AccountLockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void theFifthFailureWithinTheWindowLocksTheAccount() {
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(lockout.recordFailure("somchai", T0.plusSeconds(failure))).isFalse();
        }
        assertThat(lockout.isLocked("somchai", T0.plusSeconds(5))).isFalse();

        assertThat(lockout.recordFailure("somchai", T0.plusSeconds(5))).isTrue();

        assertThat(lockout.isLocked("somchai", T0.plusSeconds(6))).isTrue();
        assertThat(lockout.isLocked("another", T0.plusSeconds(6))).isFalse();
    }

    @Test
    void theLockOpensAgainAfterItsDuration() {
        for (int failure = 1; failure <= 5; failure++) {
            lockout.recordFailure("somchai", T0);
        }
        assertThat(lockout.isLocked("somchai", T0.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(lockout.isLocked("somchai", T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int failure = 0; failure < 4; failure++) {
            lockout.recordFailure("somchai", T0.plus(Duration.ofMinutes(failure)));
        }
        assertThat(lockout.recordFailure("somchai", T0.plus(Duration.ofMinutes(16)))).isFalse();
        assertThat(lockout.isLocked("somchai", T0.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void failuresWhileLockedNeitherExtendTheLockNorLockAgain() {
        for (int failure = 1; failure <= 5; failure++) {
            lockout.recordFailure("somchai", T0);
        }
        assertThat(lockout.recordFailure("somchai", T0.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(lockout.isLocked("somchai", T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        for (int failure = 1; failure <= 4; failure++) {
            lockout.recordFailure("somchai", T0);
        }
        lockout.recordSuccess("somchai");

        assertThat(lockout.recordFailure("somchai", T0.plusSeconds(1))).isFalse();
    }
}
