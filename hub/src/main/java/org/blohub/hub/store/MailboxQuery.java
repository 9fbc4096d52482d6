package org.blohub.hub.store;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One page of an office's inbox or outbox, newest first.
 *
 * @param statuses only messages in one of these statuses; empty means any status
 * @param offset   messages to skip, from 0
 * @param limit    page size, 1 to {@value #MAX_LIMIT}
 */
public record MailboxQuery(String office, Set<MessageStatus> statuses, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public MailboxQuery {
        Objects.requireNonNull(office, "office");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    public static MailboxQuery firstPage(String office, int limit) {
        return new MailboxQuery(office, Set.of(), 0, limit);
    }
}
