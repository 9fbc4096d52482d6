package org.blohub.adapters.channel;

/** A webhook call did not succeed: the national system answered other than 2xx, or could not be reached. */
public final class WebhookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WebhookException(String message, Throwable cause) {
        super(message, cause);
    }

    public WebhookException(String message) {
        super(message);
    }
}
