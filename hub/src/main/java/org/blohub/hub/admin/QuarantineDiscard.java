package org.blohub.hub.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.QuarantinedMessage;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Discards a quarantine entry and records it as an ADMIN event ({@value #ACTION}) naming the administrator,
 * the entry, the reason and the SHA-256 of the bytes discarded, in one transaction: both or neither.
 */
public final class QuarantineDiscard {

    static final String ACTION = "QUARANTINE_DISCARDED";
    private static final int MESSAGE_ID_LENGTH = 26;

    /** The outcome of a discard request. */
    public enum Outcome { DISCARDED, NOT_FOUND, ALREADY_DISCARDED }

    private final QuarantineStore quarantine;
    private final AuditLog auditLog;
    private final TransactionOperations transactions;
    private final Clock clock;

    QuarantineDiscard(QuarantineStore quarantine, AuditLog auditLog, TransactionOperations transactions, Clock clock) {
        this.quarantine = quarantine;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Outcome discard(long id, DiscardReason reason, String administrator) {
        return transactions.execute(transaction -> {
            Optional<QuarantinedMessage> entry = quarantine.find(id);
            if (entry.isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            Instant now = clock.instant();
            if (!quarantine.discard(id, now, administrator, reason.name())) {
                return Outcome.ALREADY_DISCARDED;
            }
            auditLog.append(AuditEvent.admin(now, administrator, ACTION, Optional.of("quarantine:" + id),
                    Optional.of(reason.name())).concerning(
                    entry.get().entry().messageId().filter(messageId -> messageId.length() == MESSAGE_ID_LENGTH),
                    entry.get().entry().senderOffice(),
                    Optional.of(entry.get().entry().rawBytes().sha256Hex())));
            return Outcome.DISCARDED;
        });
    }
}
