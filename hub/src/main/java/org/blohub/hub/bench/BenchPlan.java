package org.blohub.hub.bench;

import java.util.List;
import java.util.Objects;

import org.apache.activemq.artemis.core.server.JournalType;

/**
 * What one benchmark run does.
 *
 * @param sizes         payload sizes in bytes, each measured on the raw broker and (where it accepts it) the pipeline
 * @param messages      messages per path and size
 * @param warmup        messages sent on each path before measuring, not counted
 * @param senders       threads submitting concurrently
 * @param window        most messages submitted but not yet delivered, when sending as fast as possible
 * @param consumers     concurrent consumers of the receiving node's inbound queue
 * @param pacedMessages messages of the run at half the pipeline's 2 KiB throughput; 0 skips it
 * @param soakMessages  messages of the heap run; 0 skips it
 * @param soakSize      payload size of the heap run
 * @param drainTimeoutSeconds how long to wait for the last delivery and the last receipt of a run
 * @param journalType   the Artemis journal of both the raw brokers and the nodes, so both paths write alike
 */
record BenchPlan(List<Integer> sizes, int messages, int warmup, int senders, int window, int consumers,
        int pacedMessages, int soakMessages, int soakSize, long drainTimeoutSeconds, JournalType journalType) {

    BenchPlan {
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(journalType, "journalType");
        if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException("payload sizes must be positive, were " + sizes);
        }
        if (messages < 1 || senders < 1 || window < 1 || consumers < 1) {
            throw new IllegalArgumentException("messages, senders, window and consumers must be at least 1");
        }
        if (warmup < 0 || pacedMessages < 0 || soakMessages < 0 || soakSize < 1 || drainTimeoutSeconds < 1) {
            throw new IllegalArgumentException("warm-up, paced and soak counts must not be negative");
        }
    }
}
