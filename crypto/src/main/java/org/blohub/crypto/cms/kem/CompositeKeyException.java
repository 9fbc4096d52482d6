package org.blohub.crypto.cms.kem;

/** A key is not a usable composite key of the post-quantum hybrid profile, or its encoding cannot be read. */
public final class CompositeKeyException extends Exception {

    private static final long serialVersionUID = 1L;

    public CompositeKeyException(String message) {
        super(message);
    }

    public CompositeKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
