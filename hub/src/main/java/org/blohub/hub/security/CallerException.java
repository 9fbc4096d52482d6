package org.blohub.hub.security;

/** The node cannot establish who a caller is. */
public final class CallerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CallerException(String message) {
        super(message);
    }

    public CallerException(String message, Throwable cause) {
        super(message, cause);
    }
}
