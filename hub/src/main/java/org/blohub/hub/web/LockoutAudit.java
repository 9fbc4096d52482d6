package org.blohub.hub.web;

import java.time.Instant;
import java.util.Optional;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.security.OfficeCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Records that an account was locked after repeated failed logins, as a LOGIN_FAILED event with reason
 * {@value #REASON}, in its own transaction. An audit outage is logged ({@value #CODE}) and does not turn the
 * refused login into a server error.
 */
final class LockoutAudit {

    static final String REASON = "ACCOUNT_LOCKED_OUT";
    static final String CODE = "BLO-WEB-001";
    private static final Logger LOG = LoggerFactory.getLogger(LockoutAudit.class);

    private final AuditLog auditLog;
    private final TransactionOperations ownTransaction;

    LockoutAudit(AuditLog auditLog, TransactionOperations ownTransaction) {
        this.auditLog = auditLog;
        this.ownTransaction = ownTransaction;
    }

    void locked(OfficeCaller account, Instant now, Optional<String> remoteAddress) {
        LOG.warn("{} account {} locked after repeated failed logins", CODE, account.name());
        try {
            ownTransaction.executeWithoutResult(transaction -> auditLog.append(AuditEvent.failedLogin(now,
                    account.name(), Optional.of(account.office()), REASON, remoteAddress)));
        } catch (RuntimeException e) {
            LOG.error("{} cannot record the lock-out of account {}", CODE, account.name(), e);
        }
    }
}
