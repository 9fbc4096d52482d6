package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

/** The load against a stand-in traffic that delivers and answers each message as soon as it is sent. */
class LoadTest {

    private final CurrentRun currentRun = new CurrentRun();

    @Test
    void aFixedRateSpreadsTheMessagesOverTheirScheduleInsteadOfSendingThemAtOnce() {
        long before = System.nanoTime();

        ExchangeTimings timings = new Load(2, 10).run("test", new InstantTraffic(0), 21, new Pacing.FixedRate(100),
                currentRun);

        double seconds = (System.nanoTime() - before) / 1e9;
        assertThat(seconds).as("20 intervals of 10 ms").isGreaterThanOrEqualTo(0.2);
        assertThat(timings.deliveredCount()).isEqualTo(21);
        assertThat(timings.receiptCount()).isEqualTo(21);
    }

    @Test
    void latencyAtAFixedRateCountsFromWhenEachMessageWasDueSoAStalledSendShowsInTheMessagesBehindIt() {
        // one sender, 20 messages at 100 msg/s; the sixth send stalls 300 ms, holding back the 14 due after it
        ExchangeTimings timings = new Load(1, 10).run("test", new InstantTraffic(5), 20, new Pacing.FixedRate(100),
                currentRun);

        LatencySummary delivered = timings.submitToDelivered();
        assertThat(delivered.max()).isGreaterThanOrEqualTo(290.0);
        assertThat(delivered.p50()).as("most messages waited behind the stall").isGreaterThanOrEqualTo(100.0);
    }

    @Test
    void saturatingSendsNoMoreThanTheWindowAhead() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        Traffic windowed = new Traffic() {
            private final AtomicInteger ids = new AtomicInteger();

            @Override
            public String nextId() {
                return "m" + ids.incrementAndGet();
            }

            @Override
            public void send(String id) {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Thread deliverer = new Thread(() -> {
                    LockSupport.parkNanos(2_000_000);
                    inFlight.decrementAndGet();
                    currentRun.delivered(id);
                    currentRun.receiptVerified(id);
                });
                deliverer.start();
            }

            @Override
            public RunResult.Carriage carriage() {
                return RunResult.Carriage.BODY;
            }
        };

        ExchangeTimings timings = new Load(4, 10).run("test", windowed, 100, new Pacing.Saturating(3), currentRun);

        assertThat(timings.deliveredCount()).isEqualTo(100);
        assertThat(mostInFlight.get()).isBetween(1, 3);
    }

    @Test
    void aFailedSendStopsTheRunWithTheCause() {
        Traffic refusing = new InstantTraffic(-1) {
            @Override
            public void send(String id) {
                throw new BenchException("refused " + id);
            }
        };

        assertThatThrownBy(() -> new Load(2, 10).run("refusing", refusing, 5, new Pacing.FixedRate(1000), currentRun))
                .isInstanceOf(BenchException.class).hasMessageContaining("refusing: a send failed: refused m");
    }

    /** Delivers and answers each message within its send; the send of message {@code stalled} first waits 300 ms. */
    private class InstantTraffic implements Traffic {

        private final AtomicInteger ids = new AtomicInteger();
        private final int stalled;

        InstantTraffic(int stalled) {
            this.stalled = stalled;
        }

        @Override
        public String nextId() {
            return "m" + ids.getAndIncrement();
        }

        @Override
        public void send(String id) {
            if (id.equals("m" + stalled)) {
                LockSupport.parkNanos(300_000_000L);
            }
            currentRun.delivered(id);
            currentRun.receiptVerified(id);
        }

        @Override
        public RunResult.Carriage carriage() {
            return RunResult.Carriage.BODY;
        }
    }
}
