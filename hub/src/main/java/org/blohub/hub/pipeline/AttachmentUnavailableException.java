package org.blohub.hub.pipeline;

/** An attachment of a readable message cannot be handed out: its part is missing, unreadable or altered. */
public final class AttachmentUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public AttachmentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
