package org.blohub.hub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends {@code count} messages from {@code senders} threads with the given pacing, then waits for every
 * delivery and every receipt. Returns the run's timings; the caller reads throughput and latencies.
 */
final class Load {

    private final int senders;
    private final long drainTimeoutSeconds;

    Load(int senders, long drainTimeoutSeconds) {
        this.senders = senders;
        this.drainTimeoutSeconds = drainTimeoutSeconds;
    }

    ExchangeTimings run(String label, Traffic traffic, int count, Pacing pacing, CurrentRun currentRun) {
        Semaphore window = new Semaphore(pacing instanceof Pacing.Saturating saturating ? saturating.window() : count);
        ExchangeTimings timings = new ExchangeTimings(count, window::release);
        currentRun.begin(timings);
        try {
            send(label, traffic, count, pacing, timings, window);
            if (!timings.awaitDeliveries(drainTimeoutSeconds, TimeUnit.SECONDS)) {
                throw new BenchException(label + ": only " + timings.deliveredCount() + " of " + count
                        + " messages delivered within " + drainTimeoutSeconds + " s");
            }
            if (!timings.awaitReceipts(drainTimeoutSeconds, TimeUnit.SECONDS)) {
                throw new BenchException(label + ": only " + timings.receiptCount() + " of " + count
                        + " receipts verified within " + drainTimeoutSeconds + " s");
            }
            return timings;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException(label + ": interrupted", e);
        } finally {
            currentRun.end();
        }
    }

    private void send(String label, Traffic traffic, int count, Pacing pacing, ExchangeTimings timings,
            Semaphore window) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long start = System.nanoTime();
        List<Thread> loops = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Thread loop = new Thread(() -> {
                for (int index = next.getAndIncrement(); index < count && failure.get() == null;
                        index = next.getAndIncrement()) {
                    window.acquireUninterruptibly();
                    if (failure.get() != null) {
                        break;
                    }
                    try {
                        String id = traffic.nextId();
                        timings.submitted(id, startOf(index, start, pacing));
                        traffic.send(id);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                        // wakes the other senders waiting for the window, so they see the failure and stop
                        window.release(count);
                    }
                }
            }, "bench-sender-" + i);
            loop.setDaemon(true);
            loop.start();
            loops.add(loop);
        }
        for (Thread loop : loops) {
            loop.join();
        }
        if (failure.get() != null) {
            throw new BenchException(label + ": a send failed: " + failure.get().getMessage(), failure.get());
        }
    }

    /** Now when saturating; when the message is due at a fixed rate (after waiting for that moment). */
    private static long startOf(int index, long start, Pacing pacing) {
        if (pacing instanceof Pacing.FixedRate fixedRate) {
            long due = fixedRate.dueAt(start, index);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            return due;
        }
        return System.nanoTime();
    }
}
