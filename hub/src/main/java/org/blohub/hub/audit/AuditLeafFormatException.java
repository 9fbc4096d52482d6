package org.blohub.hub.audit;

/** Leaf data that is not an audit event leaf as docs/audit.md defines it. */
public final class AuditLeafFormatException extends AuditException {

    public AuditLeafFormatException(String message) {
        super(message);
    }

    public AuditLeafFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
