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
    PURGED,
    /** An officer asked to forward a received message to a third office. */
    FORWARD_REQUEST,
    /** A consent request was sent (forwarding node) or received (originating node). */
    CONSENT_REQUEST,
    /** The originating office granted a forward: decided there, received on the forwarding node. */
    CONSENT_GRANTED,
    /** The originating office refused a forward: decided there, received on the forwarding node. */
    CONSENT_REFUSED,
    /** The forwarded copy was submitted to the third offices. */
    FORWARDED
}
