package org.blohub.hub.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed page logins per account, in this node's memory: {@code maxFailures} failures within {@code window} lock
 * the account for {@code lockFor}, then it opens again by itself. A successful login forgets the account's failures.
 * A restart forgets everything, which at worst gives an attacker one more round of guesses.
 */
final class LoginLockout {

    private record Account(Deque<Instant> failures, Instant lockedUntil) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration lockFor;
    private final ConcurrentMap<String, Account> accounts = new ConcurrentHashMap<>();

    LoginLockout(int maxFailures, Duration window, Duration lockFor) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("login lock-out needs at least one failure and positive durations: "
                    + maxFailures + ", " + window + ", " + lockFor);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockFor = lockFor;
    }

    /** True while the account is locked. */
    boolean isLocked(String account, Instant now) {
        Account state = accounts.get(account);
        return state != null && now.isBefore(state.lockedUntil());
    }

    /**
     * Counts a failed login of the account.
     *
     * @return true exactly when this failure locked the account
     */
    boolean recordFailure(String account, Instant now) {
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
    void recordSuccess(String account) {
        accounts.remove(account);
    }

    Duration lockFor() {
        return lockFor;
    }
}
