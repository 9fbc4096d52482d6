package org.blohub.hub.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which accounts had a LOGIN recorded recently, in this node's memory only. HTTP Basic and bearer tokens
 * authenticate every request; recording each would flood the audit log, so a LOGIN is recorded when an
 * account authenticates and none was recorded for it within the window. A restart forgets the window, so
 * the first request after it is recorded again.
 */
final class LoginWindow {

    private final Duration window;
    private final ConcurrentMap<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    LoginWindow(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("the login audit window must not be negative: " + window);
        }
        this.window = window;
    }

    /**
     * Claims the right to record a LOGIN of the account now: true when none was recorded (or claimed) within
     * the window, atomically, so two concurrent first requests record one LOGIN.
     */
    boolean claim(String account, Instant now) {
        Instant[] claimed = new Instant[1];
        lastRecorded.compute(account, (name, last) -> {
            if (last == null || !now.isBefore(last.plus(window))) {
                claimed[0] = now;
                return now;
            }
            return last;
        });
        return claimed[0] != null;
    }

    /** Gives a claim back when its LOGIN could not be recorded, so the next request tries again. */
    void release(String account, Instant claimedAt) {
        lastRecorded.remove(account, claimedAt);
    }
}
