package org.blohub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    static final Instant T0 = Instant.parse("2026-12-07T05:00:00Z");
    static final String ATTACKER = "203.0.113.9";
    final AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private void failThreeTimes(String address, Instant at) {
        for (int failure = 0; failure < 3; failure++) {
            throttle.recordFailure(address, at);
        }
    }

    @Nested
    class Blocking {

        @Test
        void theThirdFailureWithinTheWindowBlocksTheAddressUntilTheEndOfTheBlock() {
            assertThat(throttle.recordFailure(ATTACKER, T0)).isEmpty();
            assertThat(throttle.recordFailure(ATTACKER, T0.plusSeconds(1))).isEmpty();
            assertThat(throttle.blockedUntil(ATTACKER, T0.plusSeconds(1))).isEmpty();

            assertThat(throttle.recordFailure(ATTACKER, T0.plusSeconds(2)))
                    .contains(T0.plusSeconds(2).plus(Duration.ofMinutes(15)));

            assertThat(throttle.blockedUntil(ATTACKER, T0.plusSeconds(3)))
                    .contains(T0.plusSeconds(2).plus(Duration.ofMinutes(15)));
        }

        @Test
        void otherAddressesStayOpen() {
            failThreeTimes(ATTACKER, T0);

            assertThat(throttle.blockedUntil("198.51.100.20", T0.plusSeconds(1))).isEmpty();
        }

        @Test
        void failuresOlderThanTheWindowDoNotCount() {
            throttle.recordFailure(ATTACKER, T0);
            throttle.recordFailure(ATTACKER, T0.plus(Duration.ofMinutes(1)));

            assertThat(throttle.recordFailure(ATTACKER, T0.plus(Duration.ofMinutes(16)))).isEmpty();
            assertThat(throttle.blockedUntil(ATTACKER, T0.plus(Duration.ofMinutes(16)))).isEmpty();
        }
    }

    @Nested
    class NotForever {

        @Test
        void theBlockEndsByItselfAfterItsDuration() {
            failThreeTimes(ATTACKER, T0);

            assertThat(throttle.blockedUntil(ATTACKER, T0.plus(Duration.ofMinutes(15)).minusSeconds(1))).isPresent();
            assertThat(throttle.blockedUntil(ATTACKER, T0.plus(Duration.ofMinutes(15)))).isEmpty();
        }

        @Test
        void failuresCountedWhileBlockedNeitherExtendTheBlockNorCarryOverToTheNextRound() {
            failThreeTimes(ATTACKER, T0);
            assertThat(throttle.recordFailure(ATTACKER, T0.plus(Duration.ofMinutes(10)))).isEmpty();

            Instant reopened = T0.plus(Duration.ofMinutes(15));
            assertThat(throttle.blockedUntil(ATTACKER, reopened)).isEmpty();
            assertThat(throttle.recordFailure(ATTACKER, reopened)).isEmpty();
            assertThat(throttle.recordFailure(ATTACKER, reopened)).isEmpty();
        }
    }

    @Test
    void addressesWhoseFailuresAgedOutAreForgottenOnceManyAreTracked() {
        for (int address = 0; address <= AddressThrottle.PRUNE_ABOVE; address++) {
            throttle.recordFailure("10.0." + (address / 256) + "." + (address % 256), T0);
        }
        assertThat(throttle.trackedAddresses()).isEqualTo(AddressThrottle.PRUNE_ABOVE + 1);

        throttle.recordFailure(ATTACKER, T0.plus(Duration.ofMinutes(16)));

        assertThat(throttle.trackedAddresses()).isEqualTo(1);
    }

    @Test
    void refusesSettingsThatWouldNeverOrAlwaysBlock() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddressThrottle(0, Duration.ofMinutes(15), Duration.ofMinutes(15)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddressThrottle(20, Duration.ZERO, Duration.ofMinutes(15)));
    }
}
