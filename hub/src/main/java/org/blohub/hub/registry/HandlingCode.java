package org.blohub.hub.registry;

/**
 * Handling codes, ordered from least to most restricted. An agreement allows messages "up to" a
 * code: every code at or below it.
 */
public enum HandlingCode {
    /** Crime purposes only. */
    H0,
    /** Not to be used in court without the originator's permission. */
    H1,
    /** No onward sharing without the originator's permission. */
    H2,
    /** Other restrictions, given in text. */
    H3;

    public boolean isAtMost(HandlingCode ceiling) {
        return compareTo(ceiling) <= 0;
    }
}
