package org.blohub.hub.audit;

/** A witness refused to cosign a peer's checkpoint; {@link #reason()} says why. */
public final class CheckpointRefusedException extends AuditException {

    public enum Reason {
        /** No log key is configured for the checkpoint's origin. */
        UNKNOWN_LOG,
        /** The checkpoint is malformed or its log signature does not verify. */
        INVALID_SIGNATURE,
        /** An older checkpoint, consistent with the newer one already cosigned; nothing to cosign. */
        STALE,
        /** The peer could not supply a consistency proof. */
        PROOF_UNAVAILABLE,
        /** The checkpoint contradicts the last one this witness cosigned: history was rewritten. */
        INCONSISTENT
    }

    private final Reason reason;

    public CheckpointRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CheckpointRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
