package org.blohub.hub.retention;

/** A purge step that failed; the message keeps its content until the next run purges it. */
final class RetentionPurgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RetentionPurgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
