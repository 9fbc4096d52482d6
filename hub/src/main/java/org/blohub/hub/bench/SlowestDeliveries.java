package org.blohub.hub.bench;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

/**
 * The few slowest deliveries of a run, with the wall-clock time each one arrived, so that a latency tail can be
 * laid beside the GC log, a JFR recording or the nodes' logs of the same minutes.
 */
final class SlowestDeliveries {

    record Delivery(Instant deliveredAt, long latencyMicros) {
    }

    private static final Comparator<Delivery> FASTEST_FIRST = Comparator.comparingLong(Delivery::latencyMicros);

    private final int kept;
    private final PriorityQueue<Delivery> slowest = new PriorityQueue<>(FASTEST_FIRST);

    SlowestDeliveries(int kept) {
        this.kept = kept;
    }

    synchronized void offer(Instant deliveredAt, long latencyMicros) {
        if (slowest.size() < kept) {
            slowest.add(new Delivery(deliveredAt, latencyMicros));
        } else if (latencyMicros > slowest.peek().latencyMicros()) {
            slowest.poll();
            slowest.add(new Delivery(deliveredAt, latencyMicros));
        }
    }

    /** Slowest first. */
    synchronized List<Delivery> slowestFirst() {
        List<Delivery> sorted = new ArrayList<>(slowest);
        sorted.sort(FASTEST_FIRST.reversed());
        return sorted;
    }

    /** E.g. {@code 06:10:41.207 UTC 344 ms, 06:10:41.190 UTC 327 ms}. */
    String describe() {
        return slowestFirst().stream()
                .map(delivery -> LocalTime.ofInstant(delivery.deliveredAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)
                        + " UTC " + delivery.latencyMicros() / 1000 + " ms")
                .collect(Collectors.joining(", "));
    }
}
