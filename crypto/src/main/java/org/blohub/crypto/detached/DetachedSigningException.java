package org.blohub.crypto.detached;

/** A document could not be signed, e.g. because the credential's key type cannot sign. */
public final class DetachedSigningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DetachedSigningException(String message) {
        super(message);
    }

    public DetachedSigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
