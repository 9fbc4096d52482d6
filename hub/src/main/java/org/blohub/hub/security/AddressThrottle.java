package org.blohub.hub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
    static final int PRUNE_ABOVE = FailureWindow.PRUNE_ABOVE;

    private final FailureWindow failures;

    public AddressThrottle(int maxFailures, Duration window, Duration blockFor) {
        this.failures = new FailureWindow(maxFailures, window, blockFor, "the address throttle");
    }

    /** Until when the address is blocked, if it is. */
    public Optional<Instant> blockedUntil(String address, Instant now) {
        return failures.blockedUntil(address, now);
    }

    /**
     * Counts a failed login from the address.
     *
     * @return the end of the block exactly when this failure blocked the address
     */
    public Optional<Instant> recordFailure(String address, Instant now) {
        return failures.recordFailure(address, now);
    }

    public int trackedAddresses() {
        return failures.tracked();
    }
}
