package org.blohub.hub.airgap;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/** Logs a refused export or import with its code and records it as a REJECTED audit event, never with content. */
final class BundleRefusalAudit {

    private static final Logger LOG = LoggerFactory.getLogger(BundleRefusalAudit.class);

    private final AuditLog auditLog;
    private final TransactionOperations transactions;
    private final Clock clock;

    BundleRefusalAudit(AuditLog auditLog, TransactionOperations transactions, Clock clock) {
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param action what the administrator asked for, {@code BUNDLE_EXPORT} or {@code BUNDLE_IMPORT}
     * @param target what it concerned: {@code peer:<NODE>} or {@code bundle-file:<sha256>}
     */
    void record(BundleRefusedException refused, String action, String target, String administrator) {
        LOG.warn("{} {} of {} by {} refused: {}", refused.refusal().reasonCode(), action, target, administrator,
                refused.detail());
        Instant now = clock.instant();
        transactions.executeWithoutResult(transaction -> auditLog.append(new AuditEvent(now, AuditEventType.REJECTED,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), administrator, Optional.empty(),
                Optional.of(refused.refusal().reasonCode()), Optional.empty(), Optional.of(action),
                Optional.of(target))));
    }
}
