package org.blohub.hub.audit;

/** A failure of the audit trail: its log, checkpoints, proofs or their verification. */
public class AuditException extends RuntimeException {

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
