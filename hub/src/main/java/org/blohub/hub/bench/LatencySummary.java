package org.blohub.hub.bench;

import org.HdrHistogram.Histogram;

/** Percentiles of one latency histogram, in milliseconds. */
record LatencySummary(double p50, double p99, double p999, double max, long samples) {

    static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0);

    /** @param microseconds a histogram of latencies recorded in microseconds */
    static LatencySummary of(Histogram microseconds) {
        if (microseconds.getTotalCount() == 0) {
            return NONE;
        }
        return new LatencySummary(millis(microseconds.getValueAtPercentile(50)),
                millis(microseconds.getValueAtPercentile(99)), millis(microseconds.getValueAtPercentile(99.9)),
                millis(microseconds.getMaxValue()), microseconds.getTotalCount());
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
