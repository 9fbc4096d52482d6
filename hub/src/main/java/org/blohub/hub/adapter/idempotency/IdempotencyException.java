package org.blohub.hub.adapter.idempotency;

/** The node cannot tell whether a submission is a repeat; nothing was submitted. */
public final class IdempotencyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IdempotencyException(String message, Throwable cause) {
        super(message, cause);
    }
}
