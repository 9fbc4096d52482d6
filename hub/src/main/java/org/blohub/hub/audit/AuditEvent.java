package org.blohub.hub.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blohub.hub.store.ImmutableBytes;

/**
 * One event of the audit trail: ids, offices, actor and hashes only, never content or personal names.
 *
 * The store turns it into a Merkle leaf ({@link #leaf}) once the index is known; an auditor reads a leaf back
 * with {@link #parseLeaf}.
 *
 * @param time          when it happened, kept to the microsecond as the store keeps it
 * @param actor         who caused it: an officer's account id, an adapter id or the node itself
 * @param remoteAddress the network address a login attempt came from (LOGIN_FAILED only)
 * @param action        what an ADMIN event did, e.g. {@code NODE_STARTED} or {@code QUARANTINE_DISCARDED}
 * @param target        what an ADMIN event acted on, e.g. {@code quarantine:17} or the loaded registry
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
        Optional<String> remoteAddress,
        Optional<String> action,
        Optional<String> target) {

    /** An event without a remote address: every kind but a failed login. */
    public AuditEvent(Instant time, AuditEventType type, Optional<String> messageId, Optional<String> conversationId,
            Optional<String> fromOffice, List<String> toOffices, String actor, Optional<String> envelopeSha256,
            Optional<String> reasonCode) {
        this(time, type, messageId, conversationId, fromOffice, toOffices, actor, envelopeSha256, reasonCode,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A failed login: who it claimed to be, why it failed and where it came from. */
    public static AuditEvent failedLogin(Instant time, String actor, Optional<String> office, String reason,
            Optional<String> remoteAddress) {
        return new AuditEvent(time, AuditEventType.LOGIN_FAILED, Optional.empty(), Optional.empty(), office, List.of(),
                actor, Optional.empty(), Optional.of(reason), remoteAddress, Optional.empty(), Optional.empty());
    }

    /** An administrative action: who did what to what, and why if a reason was given. */
    public static AuditEvent admin(Instant time, String actor, String action, Optional<String> target,
            Optional<String> reasonCode) {
        return new AuditEvent(time, AuditEventType.ADMIN, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), actor, Optional.empty(), reasonCode, Optional.empty(), Optional.of(action), target);
    }

    /** This event with the message, sender office and content hash an administrative action concerned. */
    public AuditEvent concerning(Optional<String> message, Optional<String> office, Optional<String> sha256) {
        return new AuditEvent(time, type, message, conversationId, office, toOffices, actor, sha256, reasonCode,
                remoteAddress, action, target);
    }

    public AuditEvent {
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(fromOffice, "fromOffice");
        toOffices = List.copyOf(toOffices);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(envelopeSha256, "envelopeSha256");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        if (toOffices.stream().anyMatch(office -> office.isEmpty() || office.contains(","))) {
            throw new IllegalArgumentException("office ids must be non-empty and contain no comma: " + toOffices);
        }
    }

    /**
     * The Merkle leaf data of this event at the given log index: RFC 8785 canonical JSON, UTF-8, naming the index
     * (docs/audit.md, "Leaf encoding").
     */
    public ImmutableBytes leaf(long index) {
        return AuditLeafJson.encode(index, this);
    }

    /**
     * Reads leaf data back as the event with its index and leaf hash, refusing anything {@link #leaf} would not
     * have written byte for byte: not canonical JSON, unknown members, a missing required member or a wrong type.
     *
     * @throws AuditLeafFormatException naming what is wrong with the leaf
     */
    public static AuditRecord parseLeaf(byte[] leafBytes) {
        return AuditLeafJson.decode(leafBytes);
    }
}
