package org.blohub.crypto.detached;

/**
 * A detached signature was refused. The message says why, naming certificates by subject CN and
 * serial number; it never contains document content or key material.
 */
public final class DetachedSignatureException extends Exception {

    private static final long serialVersionUID = 1L;

    private final SignatureFailure failure;

    public DetachedSignatureException(SignatureFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public DetachedSignatureException(SignatureFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public SignatureFailure failure() {
        return failure;
    }
}
