package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SlowestDeliveriesTest {

    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void keepsOnlyTheSlowestWithTheirTimesSlowestFirst() {
        SlowestDeliveries slowest = new SlowestDeliveries(3);
        long[] latenciesMicros = {9_000, 344_000, 12_000, 58_000, 11_000, 90_000, 10_000};
        for (int i = 0; i < latenciesMicros.length; i++) {
            slowest.offer(NOON.plusSeconds(i), latenciesMicros[i]);
        }

        assertThat(slowest.slowestFirst()).containsExactly(
                new SlowestDeliveries.Delivery(NOON.plusSeconds(1), 344_000),
                new SlowestDeliveries.Delivery(NOON.plusSeconds(5), 90_000),
                new SlowestDeliveries.Delivery(NOON.plusSeconds(3), 58_000));
    }

    @Test
    void describesEachByItsWallClockTimeAndMilliseconds() {
        SlowestDeliveries slowest = new SlowestDeliveries(2);
        slowest.offer(Instant.parse("2026-11-29T06:10:41.207512Z"), 344_900);
        slowest.offer(Instant.parse("2026-11-29T06:10:41.190Z"), 327_000);
        slowest.offer(Instant.parse("2026-11-29T06:10:42Z"), 12_000);

        assertThat(slowest.describe()).isEqualTo("06:10:41.207 UTC 344 ms, 06:10:41.190 UTC 327 ms");
    }
}
