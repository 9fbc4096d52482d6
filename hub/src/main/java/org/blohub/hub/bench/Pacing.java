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
     * Message i is due at start + i / perSecond, whatever happened to the messages before it; its latency
     * counts from when it was due, so a stalled sender shows up in the figures instead of hiding (no
     * coordinated omission).
     */
    record FixedRate(double perSecond) implements Pacing {
        public FixedRate {
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("rate must be positive, was " + perSecond);
            }
        }

        /** When message {@code index} is due, on the {@link System#nanoTime()} clock of {@code startNanos}. */
        long dueAt(long startNanos, int index) {
            return startNanos + Math.round(index * 1e9 / perSecond);
        }

        /** How many messages this rate sends in {@code seconds}; at least one. */
        int messagesIn(long seconds) {
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(perSecond * seconds)));
        }
    }
}
