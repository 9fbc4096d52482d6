package org.blohub.hub.bench;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.activemq.artemis.core.server.JournalType;

/**
 * What one benchmark run does.
 *
 * @param sizes         payload sizes in bytes, each measured on the raw broker and (where it accepts it) the pipeline
 * @param messages      messages per path and size
 * @param warmup        messages sent on each path before measuring, not counted
 * @param senders       threads submitting concurrently when sending as fast as possible
 * @param window        most messages submitted but not yet delivered, when sending as fast as possible
 * @param consumers     concurrent consumers of the receiving node's inbound queue
 * @param rates         the fixed rates, in messages per second, at which the pipeline's 2 KiB latency is measured
 * @param rateSeconds   how long each fixed rate is held; 0 skips the fixed-rate runs
 * @param rateSenders   threads submitting at a fixed rate, enough that the load never waits for the pipeline
 * @param soakMessages  messages of the heap run; 0 skips it
 * @param soakSize      payload size of the heap run
 * @param drainTimeoutSeconds how long to wait for the last delivery and the last receipt of a run
 * @param journalType   the Artemis journal of both the raw brokers and the nodes, so both paths write alike
 * @param postgres      the server on which the pipeline runs again with both nodes on PostgreSQL, if any
 */
record BenchPlan(List<Integer> sizes, int messages, int warmup, int senders, int window, int consumers,
        List<Double> rates, long rateSeconds, int rateSenders, int soakMessages, int soakSize,
        long drainTimeoutSeconds, JournalType journalType, Optional<PostgresServer> postgres) {

    BenchPlan {
        sizes = List.copyOf(sizes);
        rates = List.copyOf(rates);
        Objects.requireNonNull(journalType, "journalType");
        if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException("payload sizes must be positive, were " + sizes);
        }
        if (messages < 1 || senders < 1 || window < 1 || consumers < 1 || rateSenders < 1) {
            throw new IllegalArgumentException("messages, senders, window, consumers and rate senders must be at least 1");
        }
        if (rates.stream().anyMatch(rate -> !(rate > 0))) {
            throw new IllegalArgumentException("rates must be positive messages per second, were " + rates);
        }
        if (warmup < 0 || rateSeconds < 0 || soakMessages < 0 || soakSize < 1 || drainTimeoutSeconds < 1) {
            throw new IllegalArgumentException("warm-up, rate duration and soak counts must not be negative");
        }
    }

    /** Whether the fixed-rate latency runs take place. */
    boolean measuresRates() {
        return rateSeconds > 0 && !rates.isEmpty();
    }
}
