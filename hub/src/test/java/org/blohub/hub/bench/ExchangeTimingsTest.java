package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ExchangeTimingsTest {

    private final AtomicInteger windowReleases = new AtomicInteger();
    private final ExchangeTimings timings = new ExchangeTimings(2, windowReleases::incrementAndGet);

    @Test
    void countsEachMessageOnceAndIgnoresMessagesOfOtherRuns() throws InterruptedException {
        timings.submitted("a", System.nanoTime());
        timings.submitted("b", System.nanoTime());

        timings.delivered("a");
        timings.delivered("a");
        timings.delivered("from-another-run");

        assertThat(timings.deliveredCount()).isEqualTo(1);
        assertThat(windowReleases).hasValue(1);
        assertThat(timings.awaitDeliveries(10, TimeUnit.MILLISECONDS)).isFalse();

        timings.delivered("b");

        assertThat(timings.awaitDeliveries(1, TimeUnit.SECONDS)).isTrue();
        assertThat(timings.submitToDelivered().samples()).isEqualTo(2);
    }

    @Test
    void measuresReceiptLatencyFromTheSubmissionAndCountsEachReceiptOnce() throws InterruptedException {
        long fiftyMillisecondsAgo = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(50);
        timings.submitted("a", fiftyMillisecondsAgo);
        timings.delivered("a");

        timings.receiptVerified("a");
        timings.receiptVerified("a");

        assertThat(timings.receiptCount()).isEqualTo(1);
        assertThat(timings.submitToReceipt().p50()).isGreaterThanOrEqualTo(50.0);
        assertThat(timings.submitToDelivered().p50()).isGreaterThanOrEqualTo(50.0);
        assertThat(timings.awaitReceipts(10, TimeUnit.MILLISECONDS)).as("one of two receipts").isFalse();
    }

    @Test
    void spansFromTheFirstSubmissionToTheLastDelivery() {
        long start = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(200);
        timings.submitted("a", start);
        timings.submitted("b", start + TimeUnit.MILLISECONDS.toNanos(100));

        timings.delivered("b");
        timings.delivered("a");

        assertThat(timings.deliverySpanSeconds()).isBetween(0.2, 10.0);
    }
}
