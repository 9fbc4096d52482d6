package org.blohub.hub.audit;

/** What an audit event records. */
public enum AuditEventType {
    SUBMITTED,
    SENT,
    RECEIVED,
    DELIVERED,
    READ,
    RECEIPT,
    REJECTED,
    EXPIRED,
    QUARANTINED,
    ADMIN,
    LOGIN,
    LOGIN_FAILED,
    OVERDUE,
    PURGED
}
