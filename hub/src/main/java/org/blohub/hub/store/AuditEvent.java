package org.blohub.hub.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the audit trail: ids, offices, actor and hashes only, never content or personal names.
 *
 * The store turns it into a Merkle leaf with its {@link AuditLeafEncoder} once the index is known.
 *
 * @param actor         who caused it: an officer's account id, an adapter id or the node itself
 * @param remoteAddress the network address a login attempt came from (LOGIN_FAILED only)
 */
public record AuditEvent(
        Instant time,
        AuditEventType type,
        Optional<String> messageId,
        Optional<String> conversationId,
        Optional<String> fromOffice,
        List<String> toOffices,
        String actor,
        Optional<String> envelopeSha256,
        Optional<String> reasonCode,
        Optional<String> remoteAddress) {

    /** An event without a remote address: every kind but a failed login. */
    public AuditEvent(Instant time, AuditEventType type, Optional<String> messageId, Optional<String> conversationId,
            Optional<String> fromOffice, List<String> toOffices, String actor, Optional<String> envelopeSha256,
            Optional<String> reasonCode) {
        this(time, type, messageId, conversationId, fromOffice, toOffices, actor, envelopeSha256, reasonCode,
                Optional.empty());
    }

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(fromOffice, "fromOffice");
        toOffices = List.copyOf(toOffices);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(envelopeSha256, "envelopeSha256");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        if (toOffices.stream().anyMatch(office -> office.isEmpty() || office.contains(","))) {
            throw new IllegalArgumentException("office ids must be non-empty and contain no comma: " + toOffices);
        }
    }
}
