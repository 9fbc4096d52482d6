package org.blohub.hub.audit;

/**
 * Told when the audit log has grown: after the transaction that appended events commits (once per append), so
 * the audit trail can sign a checkpoint promptly instead of waiting for its next scheduled check.
 */
@FunctionalInterface
public interface AuditLogGrowth {

    /** Never throws into the committing caller; called on the thread that committed. */
    void grew();
}
