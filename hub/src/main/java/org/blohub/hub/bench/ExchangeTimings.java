package org.blohub.hub.bench;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The clock of one run: when each message was submitted, delivered at the receiving node and answered
 * by a verified receipt (or, for the raw broker, an echo) at the sending node, all on this JVM's
 * {@link System#nanoTime()}. Latencies go into HdrHistograms in microseconds. A message's entry is
 * dropped once its receipt is in, so a long run holds only the messages in flight. The slowest deliveries are also
 * kept with their wall-clock time.
 */
final class ExchangeTimings {

    private static final int SLOWEST_KEPT = 5;

    private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
    private final Map<String, Boolean> delivered = new ConcurrentHashMap<>();
    private final Histogram toDelivered = new ConcurrentHistogram(3);
    private final Histogram toReceipt = new ConcurrentHistogram(3);
    private final SlowestDeliveries slowest = new SlowestDeliveries(SLOWEST_KEPT);
    private final AtomicLong firstSubmit = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastDelivery = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger deliveredCount = new AtomicInteger();
    private final AtomicInteger receiptCount = new AtomicInteger();
    private final CountDownLatch allDelivered;
    private final CountDownLatch allReceipts;
    private final Runnable onDelivered;

    /** @param onDelivered told of each first delivery, e.g. to open the sending window again */
    ExchangeTimings(int expected, Runnable onDelivered) {
        this.allDelivered = new CountDownLatch(expected);
        this.allReceipts = new CountDownLatch(expected);
        this.onDelivered = onDelivered;
    }

    void submitted(String id, long nanoTime) {
        submittedAt.put(id, nanoTime);
        firstSubmit.accumulateAndGet(nanoTime, Math::min);
    }

    /** A message of another run (or a redelivered copy) is ignored. */
    void delivered(String id) {
        long now = System.nanoTime();
        Long start = submittedAt.get(id);
        if (start == null || delivered.putIfAbsent(id, Boolean.TRUE) != null) {
            return;
        }
        long latencyMicros = Math.max(0, (now - start) / 1000);
        toDelivered.recordValue(latencyMicros);
        slowest.offer(Instant.now(), latencyMicros);
        lastDelivery.accumulateAndGet(now, Math::max);
        deliveredCount.incrementAndGet();
        allDelivered.countDown();
        onDelivered.run();
    }

    void receiptVerified(String id) {
        long now = System.nanoTime();
        Long start = submittedAt.remove(id);
        if (start == null) {
            return;
        }
        delivered.remove(id);
        toReceipt.recordValue(Math.max(0, (now - start) / 1000));
        receiptCount.incrementAndGet();
        allReceipts.countDown();
    }

    boolean awaitDeliveries(long timeout, TimeUnit unit) throws InterruptedException {
        return allDelivered.await(timeout, unit);
    }

    boolean awaitReceipts(long timeout, TimeUnit unit) throws InterruptedException {
        return allReceipts.await(timeout, unit);
    }

    int deliveredCount() {
        return deliveredCount.get();
    }

    int receiptCount() {
        return receiptCount.get();
    }

    /** From the first submission to the last delivery, in seconds; 0 before any delivery. */
    double deliverySpanSeconds() {
        long last = lastDelivery.get();
        long first = firstSubmit.get();
        return last == Long.MIN_VALUE || first == Long.MAX_VALUE ? 0 : (last - first) / 1e9;
    }

    LatencySummary submitToDelivered() {
        return LatencySummary.of(toDelivered.copy());
    }

    SlowestDeliveries slowestDeliveries() {
        return slowest;
    }

    LatencySummary submitToReceipt() {
        return LatencySummary.of(toReceipt.copy());
    }
}
