package org.blohub.hub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins per officer account, on every chain (API Basic, pages, actuator), in this node's memory:
 * {@code maxFailures} wrong passwords within {@code window} lock the account for {@code lockFor}, then it opens again
 * by itself. A successful login forgets the account's failures. A restart forgets everything, which at worst gives
 * an attacker one more round of guesses.
 */
public final class AccountLockout {

    /** The log code of a locked account, also named in the refusal its API caller gets. */
    public static final String LOCKED_CODE = "BLO-SEC-002";

    private final FailureWindow failures;

    public AccountLockout(int maxFailures, Duration window, Duration lockFor) {
        this.failures = new FailureWindow(maxFailures, window, lockFor, "login lock-out");
    }

    /** True while the account is locked. */
    public boolean isLocked(String account, Instant now) {
        return lockedUntil(account, now).isPresent();
    }

    /** Until when the account is locked, if it is. */
    public Optional<Instant> lockedUntil(String account, Instant now) {
        return failures.blockedUntil(account, now);
    }

    /**
     * Counts a failed login of the account.
     *
     * @return true exactly when this failure locked the account
     */
    public boolean recordFailure(String account, Instant now) {
        return failures.recordFailure(account, now).isPresent();
    }

    /** Forgets the account's failures after a successful login. */
    public void recordSuccess(String account) {
        failures.forget(account);
    }

    public Duration lockFor() {
        return failures.blockFor();
    }
}
