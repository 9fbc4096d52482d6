package org.blohub.crypto.cms;

/** Sealing failed, for example because a recipient certificate carries a key type we cannot encrypt to. */
public final class SealingException extends Exception {

    private static final long serialVersionUID = 1L;

    public SealingException(String message) {
        super(message);
    }

    public SealingException(String message, Throwable cause) {
        super(message, cause);
    }
}
