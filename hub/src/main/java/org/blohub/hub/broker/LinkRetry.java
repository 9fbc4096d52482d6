package org.blohub.hub.broker;

import java.time.Duration;
import java.util.Objects;

/**
 * How a bridge waits between attempts to reach its peer. It never gives up: the wait starts at
 * {@code initialInterval}, grows by {@code multiplier} after each failure and stops growing at
 * {@code maxInterval}.
 */
public record LinkRetry(Duration initialInterval, double multiplier, Duration maxInterval) {

    /** One second, doubling, capped at thirty seconds. */
    public static final LinkRetry DEFAULT = new LinkRetry(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));

    public LinkRetry {
        Objects.requireNonNull(initialInterval, "initialInterval");
        Objects.requireNonNull(maxInterval, "maxInterval");
        if (initialInterval.isNegative() || initialInterval.isZero()) {
            throw new IllegalArgumentException("initial retry interval must be positive: " + initialInterval);
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("retry multiplier must be at least 1: " + multiplier);
        }
        if (maxInterval.compareTo(initialInterval) < 0) {
            throw new IllegalArgumentException(
                    "maximum retry interval " + maxInterval + " is shorter than the initial " + initialInterval);
        }
    }
}
