package org.blohub.hub.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One change an operator made to the callers file while the node was not reading it, kept in
 * {@code callers-changes.log} until the node records it as an ADMIN audit event. One line each:
 * {@code <time> <action> <target> <actor>}, e.g. {@code 2026-12-07T06:20:00Z USER_DISABLED user:alice operator:root}.
 * No password, token or hash is ever written here.
 */
public record CallerChange(Instant time, String action, String target, String actor) {

    public static final String USER_ADDED = "USER_ADDED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String TOKEN_ISSUED = "TOKEN_ISSUED";
    public static final String TOKEN_REVOKED = "TOKEN_REVOKED";

    public CallerChange {
        Objects.requireNonNull(time, "time");
        for (String part : new String[] {action, target, actor}) {
            if (part == null || part.isEmpty() || part.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a caller change part must be one word: '" + part + "'");
            }
        }
    }

    public String line() {
        return time + " " + action + " " + target + " " + actor;
    }

    /** The change a journal line describes; empty for a line that is not one (it is reported, not recorded). */
    public static Optional<CallerChange> parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CallerChange(Instant.parse(parts[0]), parts[1], parts[2], parts[3]));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
