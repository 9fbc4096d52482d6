package org.blohub.adapters.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    /** ULID spec README: ulid(1469918176385) starts with the time part 01ARYZ6S41. */
    @Test
    void encodesTheTimeAsTheUlidSpecificationExampleDoes() {
        MessageIds ids = new MessageIds(Clock.fixed(Instant.ofEpochMilli(1469918176385L), ZoneOffset.UTC), new SecureRandom());

        String id = ids.next();

        assertThat(id).hasSize(26).startsWith("01ARYZ6S41");
        assertThat(MessageIds.isUlid(id)).isTrue();
    }

    @Test
    void encodesTheEightyRandomBitsInCrockfordBase32() {
        MessageIds ids = new MessageIds(Clock.fixed(Instant.ofEpochMilli(0), ZoneOffset.UTC), new FixedRandom(0x1234, -1L));

        // 0x1234 then 64 one bits, in 5-bit groups: 00010 01000 11010 01111 11111... = 2 8 T F Z...
        assertThat(ids.next()).isEqualTo("0000000000" + "28TFZZZZZZZZZZZZ");
    }

    @Test
    void incrementsTheRandomPartWithinOneMillisecondCarryingIntoTheHighBits() {
        MessageIds ids = new MessageIds(Clock.fixed(Instant.ofEpochMilli(0), ZoneOffset.UTC), new FixedRandom(0, -1L));

        String first = ids.next();
        String second = ids.next();

        assertThat(first).isEqualTo("0000000000" + "000FZZZZZZZZZZZZ");
        assertThat(second).isEqualTo("0000000000" + "000G000000000000");
    }

    @Test
    void staysMonotonicWhenTheClockStepsBack() {
        SteppingClock clock = new SteppingClock(1_800_000_000_000L);
        MessageIds ids = new MessageIds(clock, new SecureRandom());

        String beforeStepBack = ids.next();
        clock.millis = 1_799_999_999_000L;
        String afterStepBack = ids.next();

        assertThat(afterStepBack).isGreaterThan(beforeStepBack);
        assertThat(afterStepBack.substring(0, 10)).isEqualTo(beforeStepBack.substring(0, 10));
    }

    @Test
    void sortsIdsInTheOrderTheyWereGenerated() {
        SteppingClock clock = new SteppingClock(1_800_000_000_000L);
        MessageIds ids = new MessageIds(clock, new SecureRandom());
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            if (i % 100 == 0) {
                clock.millis++;
            }
            generated.add(ids.next());
        }

        assertThat(generated).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void recognisesOnlyCanonicalUlids() {
        assertThat(MessageIds.isUlid("01ARYZ6S41TSV4RRFFQ69G5FAV")).isTrue();
        assertThat(MessageIds.isUlid("01aryz6s41tsv4rrffq69g5fav")).isFalse();
        assertThat(MessageIds.isUlid("01ARYZ6S41TSV4RRFFQ69G5FA")).isFalse();
        assertThat(MessageIds.isUlid("01ARYZ6S41TSV4RRFFQ69G5FAU")).isFalse();
        assertThat(MessageIds.isUlid("81ARYZ6S41TSV4RRFFQ69G5FAV")).isFalse();
        assertThat(MessageIds.isUlid(null)).isFalse();
    }

    /** Randomness with chosen values, to see exactly which bits land where. */
    private static final class FixedRandom extends SecureRandom {
        private final int high16;
        private final long low64;

        FixedRandom(int high16, long low64) {
            this.high16 = high16;
            this.low64 = low64;
        }

        @Override
        public int nextInt(int bound) {
            return high16;
        }

        @Override
        public long nextLong() {
            return low64;
        }
    }

    private static final class SteppingClock extends Clock {
        long millis;

        SteppingClock(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
