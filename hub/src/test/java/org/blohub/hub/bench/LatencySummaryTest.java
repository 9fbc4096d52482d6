package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void readsTheMedianTheTwoTailPercentilesAndTheMaximumInMilliseconds() {
        Histogram micros = new Histogram(3);
        for (int i = 1; i <= 10_000; i++) {
            micros.recordValue(i * 10L);
        }

        LatencySummary summary = LatencySummary.of(micros);

        assertThat(summary.samples()).isEqualTo(10_000);
        assertThat(summary.p50()).isCloseTo(50.0, within(0.1));
        assertThat(summary.p99()).isCloseTo(99.0, within(0.1));
        assertThat(summary.p999()).isCloseTo(99.9, within(0.1));
        assertThat(summary.max()).isCloseTo(100.0, within(0.1));
    }

    @Test
    void aSingleStallShowsInTheMaximumAndInP999OnlyWhenItIsMoreThanOneInAThousand() {
        Histogram micros = new Histogram(3);
        for (int i = 0; i < 999; i++) {
            micros.recordValue(5_000);
        }
        micros.recordValue(2_000_000);

        LatencySummary oneInAThousand = LatencySummary.of(micros);
        micros.recordValue(2_000_000);
        LatencySummary twoInAThousand = LatencySummary.of(micros);

        assertThat(oneInAThousand.p99()).isCloseTo(5.0, within(0.01));
        assertThat(oneInAThousand.p999()).isCloseTo(5.0, within(0.01));
        assertThat(oneInAThousand.max()).isCloseTo(2000.0, within(1.0));
        assertThat(twoInAThousand.p999()).isCloseTo(2000.0, within(1.0));
    }

    @Test
    void anEmptyHistogramHasNoSamples() {
        assertThat(LatencySummary.of(new Histogram(3))).isEqualTo(LatencySummary.NONE);
    }
}
