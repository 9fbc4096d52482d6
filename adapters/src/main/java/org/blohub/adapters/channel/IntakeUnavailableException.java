package org.blohub.adapters.channel;

/** The node cannot take documents now (e.g. its database is down); the channel keeps the document and retries. */
public final class IntakeUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
