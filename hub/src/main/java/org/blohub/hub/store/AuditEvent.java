package org.blohub.hub.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the audit trail: ids, offices, actor and hashes only, never content or personal names.
 *
 * @param actor     who caused it: an officer's account id, an adapter id or the node itself
 * @param leafBytes the canonical JSON of this event (RFC 8785) exactly as it becomes a Merkle leaf;
 *                  the caller produces it and the store keeps it byte for byte
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
        ImmutableBytes leafBytes) {

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
        Objects.requireNonNull(leafBytes, "leafBytes");
        if (toOffices.stream().anyMatch(office -> office.isEmpty() || office.contains(","))) {
            throw new IllegalArgumentException("office ids must be non-empty and contain no comma: " + toOffices);
        }
    }
}
