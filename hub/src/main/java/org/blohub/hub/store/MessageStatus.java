package org.blohub.hub.store;

/**
 * Where a message stands, as the officer sees it. Statuses only move forward
 * (QUEUED, SENT, DELIVERED, READ); FAILED is final and reachable only before delivery.
 */
public enum MessageStatus {
    QUEUED,
    SENT,
    DELIVERED,
    READ,
    FAILED;

    /** True if a message in this status may move to {@code next}; skipping forward is allowed (a receipt may overtake the SENT update). */
    public boolean canMoveTo(MessageStatus next) {
        if (this == FAILED || this == READ) {
            return false;
        }
        if (next == FAILED) {
            return this == QUEUED || this == SENT;
        }
        return next.ordinal() > ordinal();
    }
}
