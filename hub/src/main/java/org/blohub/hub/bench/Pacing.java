package org.blohub.hub.bench;

/** How fast a load sends: as fast as a window of unanswered messages allows, or at a fixed rate. */
sealed interface Pacing {

    /** At most {@code window} messages submitted but not yet delivered. */
    record Saturating(int window) implements Pacing {
        public Saturating {
            if (window < 1) {
                throw new IllegalArgumentException("window must be at least 1, was " + window);
            }
        }
    }

    /**
     * Message i is due at start + i / perSecond; its latency counts from when it was due, so a stalled
     * sender shows up in the figures instead of hiding (no coordinated omission).
     */
    record FixedRate(double perSecond) implements Pacing {
        public FixedRate {
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("rate must be positive, was " + perSecond);
            }
        }
    }
}
