package org.blohub.hub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed logins per client address, in this node's memory: {@code maxFailures} failures within {@code window}
 * block the address for {@code blockFor}, then it opens again by itself. Attempts refused while blocked never reach
 * authentication and so do not count: an address is free again at most {@code blockFor} after its last guess.
 * A success does not forget the failures (an attacker holding one account could otherwise reset the count between
 * guesses at others); they age out with the window.
 */
public final class AddressThrottle {

    /** The log code of a blocked address, also named in the refusal the address gets. */
    public static final String BLOCKED_CODE = "BLO-SEC-001";

    /** Above this many tracked addresses, addresses whose failures have all aged out are forgotten. */
    static final int PRUNE_ABOVE = 10_000;

    private record Address(Deque<Instant> failures, Instant blockedUntil) {

        boolean stale(Instant now, Duration window) {
            return !now.isBefore(blockedUntil) && failures.stream().noneMatch(failure -> failure.isAfter(now.minus(window)));
        }
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration blockFor;
    private final ConcurrentMap<String, Address> addresses = new ConcurrentHashMap<>();

    public AddressThrottle(int maxFailures, Duration window, Duration blockFor) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || blockFor.isNegative() || blockFor.isZero()) {
            throw new IllegalArgumentException("the address throttle needs at least one failure and positive durations: "
                    + maxFailures + ", " + window + ", " + blockFor);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.blockFor = blockFor;
    }

    /** Until when the address is blocked, if it is. */
    public Optional<Instant> blockedUntil(String address, Instant now) {
        Address state = addresses.get(address);
        return state != null && now.isBefore(state.blockedUntil()) ? Optional.of(state.blockedUntil()) : Optional.empty();
    }

    /**
     * Counts a failed login from the address.
     *
     * @return the end of the block exactly when this failure blocked the address
     */
    public Optional<Instant> recordFailure(String address, Instant now) {
        if (addresses.size() > PRUNE_ABOVE) {
            addresses.entrySet().removeIf(entry -> entry.getValue().stale(now, window));
        }
        Instant[] blockedNow = new Instant[1];
        addresses.compute(address, (key, state) -> {
            if (state != null && now.isBefore(state.blockedUntil())) {
                return state;
            }
            Deque<Instant> failures = state == null ? new ArrayDeque<>() : new ArrayDeque<>(state.failures());
            failures.removeIf(failure -> !failure.isAfter(now.minus(window)));
            failures.addLast(now);
            if (failures.size() >= maxFailures) {
                blockedNow[0] = now.plus(blockFor);
                return new Address(new ArrayDeque<>(), blockedNow[0]);
            }
            return new Address(failures, Instant.MIN);
        });
        return Optional.ofNullable(blockedNow[0]);
    }

    public int trackedAddresses() {
        return addresses.size();
    }
}
