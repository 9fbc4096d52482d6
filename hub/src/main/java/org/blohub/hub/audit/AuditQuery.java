package org.blohub.hub.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An auditor's search of the audit events; every present criterion must hold.
 *
 * @param office   the sending office or one of the recipient offices
 * @param from     events at or after this time
 * @param until    events before this time
 * @param fromIndex the first index to consider, for paging
 * @param limit    at most this many events, in index order
 */
public record AuditQuery(Optional<String> messageId, Optional<String> conversationId, Optional<String> office,
        Optional<AuditEventType> type, Optional<Instant> from, Optional<Instant> until, long fromIndex, int limit) {

    public AuditQuery {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (fromIndex < 0 || limit < 1) {
            throw new IllegalArgumentException("audit search needs fromIndex >= 0 and limit >= 1, not "
                    + fromIndex + " and " + limit);
        }
    }
}
