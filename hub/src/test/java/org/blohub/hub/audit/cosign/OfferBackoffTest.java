package org.blohub.hub.audit.cosign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.blohub.crypto.testing.AdjustableClock;
import org.junit.jupiter.api.Test;

class OfferBackoffTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofMinutes(5);

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-03-14T08:00:00Z"));
    private final OfferBackoff backoff = new OfferBackoff(BASE, MAX, clock);

    @Test
    void offersAtOnceToAPeerNotOfferedBefore() {
        assertThat(backoff.due("LA")).isTrue();
    }

    @Test
    void waitsTwiceAsLongAfterEachUnansweredOfferUpToTheMaximum() {
        assertThat(secondsBetweenOffers(9)).containsExactly(30L, 60L, 120L, 240L, 300L, 300L, 300L, 300L);
    }

    @Test
    void isNotDueOneSecondBeforeTheWaitEnds() {
        backoff.offered("LA");
        backoff.offered("LA");

        clock.advance(Duration.ofSeconds(59));
        assertThat(backoff.due("LA")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(backoff.due("LA")).isTrue();
    }

    @Test
    void startsOverWhenThePeerAnswers() {
        for (int n = 0; n < 6; n++) {
            backoff.offered("LA");
        }
        assertThat(backoff.due("LA")).isFalse();

        backoff.answered("LA");

        assertThat(backoff.due("LA")).isTrue();
        assertThat(secondsBetweenOffers(3)).containsExactly(30L, 60L);
    }

    @Test
    void keepsPeersApart() {
        backoff.offered("LA");
        backoff.offered("LA");

        assertThat(backoff.due("MM")).isTrue();
        assertThat(backoff.due("LA")).isFalse();
    }

    @Test
    void refusesAMaximumBelowTheFirstWait() {
        assertThatThrownBy(() -> new OfferBackoff(MAX, BASE, clock)).isInstanceOf(CosignException.class);
    }

    /** Offers whenever due, stepping the clock a second at a time, and returns the waits between offers. */
    private List<Long> secondsBetweenOffers(int offers) {
        List<Long> waits = new ArrayList<>();
        Instant last = null;
        while (waits.size() < offers - 1) {
            if (backoff.due("LA")) {
                if (last != null) {
                    waits.add(Duration.between(last, clock.instant()).toSeconds());
                }
                last = clock.instant();
                backoff.offered("LA");
            }
            clock.advance(Duration.ofSeconds(1));
        }
        return waits;
    }
}
