package org.blohub.hub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed logins per key (an account, a client address), in this node's memory: {@code maxFailures} failures within
 * {@code window} block the key for {@code blockFor}, then it opens again by itself. Failures while blocked neither
 * count nor extend the block. Above {@link #PRUNE_ABOVE} tracked keys, keys whose failures have all aged out are
 * forgotten, so that guesses under ever new names cannot fill the memory.
 */
final class FailureWindow {

    static final int PRUNE_ABOVE = 10_000;

    private record Failures(Deque<Instant> times, Instant blockedUntil) {

        boolean stale(Instant now, Duration window) {
            return !now.isBefore(blockedUntil) && times.stream().noneMatch(failure -> failure.isAfter(now.minus(window)));
        }
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration blockFor;
    private final ConcurrentMap<String, Failures> keys = new ConcurrentHashMap<>();

    FailureWindow(int maxFailures, Duration window, Duration blockFor, String what) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || blockFor.isNegative() || blockFor.isZero()) {
            throw new IllegalArgumentException(what + " needs at least one failure and positive durations: "
                    + maxFailures + ", " + window + ", " + blockFor);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.blockFor = blockFor;
    }

    Optional<Instant> blockedUntil(String key, Instant now) {
        Failures state = keys.get(key);
        return state != null && now.isBefore(state.blockedUntil()) ? Optional.of(state.blockedUntil()) : Optional.empty();
    }

    /** Counts a failure; returns the end of the block exactly when this failure blocked the key. */
    Optional<Instant> recordFailure(String key, Instant now) {
        if (keys.size() > PRUNE_ABOVE) {
            keys.entrySet().removeIf(entry -> entry.getValue().stale(now, window));
        }
        Instant[] blockedNow = new Instant[1];
        keys.compute(key, (name, state) -> {
            if (state != null && now.isBefore(state.blockedUntil())) {
                return state;
            }
            Deque<Instant> times = state == null ? new ArrayDeque<>() : new ArrayDeque<>(state.times());
            times.removeIf(failure -> !failure.isAfter(now.minus(window)));
            times.addLast(now);
            if (times.size() >= maxFailures) {
                blockedNow[0] = now.plus(blockFor);
                return new Failures(new ArrayDeque<>(), blockedNow[0]);
            }
            return new Failures(times, Instant.MIN);
        });
        return Optional.ofNullable(blockedNow[0]);
    }

    void forget(String key) {
        keys.remove(key);
    }

    int tracked() {
        return keys.size();
    }

    Duration blockFor() {
        return blockFor;
    }
}
