package org.blohub.hub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed logins per officer account, on every chain (API Basic, pages, actuator), in this node's memory:
 * {@code maxFailures} wrong passwords within {@code window} lock the account for {@code lockFor}, then it opens again
 * by itself. A successful login forgets the account's failures. A restart forgets everything, which at worst gives
 * an attacker one more round of guesses.
 */
public final class AccountLockout {

    /** The log code of a locked account, also named in the refusal its API caller gets. */
    public static final String LOCKED_CODE = "BLO-SEC-002";

    private record Account(Deque<Instant> failures, Instant lockedUntil) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration lockFor;
    private final ConcurrentMap<String, Account> accounts = new ConcurrentHashMap<>();

    public AccountLockout(int maxFailures, Duration window, Duration lockFor) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("login lock-out needs at least one failure and positive durations: "
                    + maxFailures + ", " + window + ", " + lockFor);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockFor = lockFor;
    }

    /** True while the account is locked. */
    public boolean isLocked(String account, Instant now) {
        return lockedUntil(account, now).isPresent();
    }

    /** Until when the account is locked, if it is. */
    public Optional<Instant> lockedUntil(String account, Instant now) {
        Account state = accounts.get(account);
        return state != null && now.isBefore(state.lockedUntil()) ? Optional.of(state.lockedUntil()) : Optional.empty();
    }

    /**
     * Counts a failed login of the account.
     *
     * @return true exactly when this failure locked the account
     */
    public boolean recordFailure(String account, Instant now) {
        boolean[] lockedNow = new boolean[1];
        accounts.compute(account, (name, state) -> {
            if (state != null && now.isBefore(state.lockedUntil())) {
                return state;
            }
            Deque<Instant> failures = state == null ? new ArrayDeque<>() : new ArrayDeque<>(state.failures());
            failures.removeIf(failure -> !failure.isAfter(now.minus(window)));
            failures.addLast(now);
            if (failures.size() >= maxFailures) {
                lockedNow[0] = true;
                return new Account(new ArrayDeque<>(), now.plus(lockFor));
            }
            return new Account(failures, Instant.MIN);
        });
        return lockedNow[0];
    }

    /** Forgets the account's failures after a successful login. */
    public void recordSuccess(String account) {
        accounts.remove(account);
    }

    public Duration lockFor() {
        return lockFor;
    }
}
