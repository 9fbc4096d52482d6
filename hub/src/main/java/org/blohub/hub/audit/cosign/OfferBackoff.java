package org.blohub.hub.audit.cosign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When to offer a checkpoint to a peer again while it does not answer: after the first unanswered offer wait
 * {@code base}, then twice that, four times, … up to {@code max}; a cosignature from the peer starts over. A
 * peer that is down for a day therefore costs one offer per {@code max}, not one per interval, and is offered the
 * next checkpoint promptly once it answers again. Per node, in memory: a restart starts over.
 */
final class OfferBackoff {

    private record Unanswered(int offers, Instant nextOffer) {
    }

    private final Duration base;
    private final Duration max;
    private final Clock clock;
    private final Map<String, Unanswered> unanswered = new ConcurrentHashMap<>();

    OfferBackoff(Duration base, Duration max, Clock clock) {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new CosignException("cosign back-off needs 0 < base <= max, not base " + base + " and max " + max);
        }
        this.base = base;
        this.max = max;
        this.clock = clock;
    }

    /** May an offer go to the peer now? */
    boolean due(String peer) {
        Unanswered state = unanswered.get(peer);
        return state == null || !clock.instant().isBefore(state.nextOffer());
    }

    /** An offer went to the peer now; the next one waits longer, unless the peer answers. */
    void offered(String peer) {
        Instant now = clock.instant();
        unanswered.merge(peer, new Unanswered(1, now.plus(base)),
                (previous, first) -> new Unanswered(previous.offers() + 1, now.plus(delayAfter(previous.offers() + 1))));
    }

    /** The peer's cosignature arrived: offer to it again without delay. */
    void answered(String peer) {
        unanswered.remove(peer);
    }

    private Duration delayAfter(int offers) {
        // base * 2^(offers - 1), capped; the shift is bounded so it cannot overflow
        int doublings = Math.min(offers - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }
}
