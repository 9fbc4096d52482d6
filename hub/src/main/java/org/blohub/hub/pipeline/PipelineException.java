package org.blohub.hub.pipeline;

/** A step failed for a reason that is not the message's fault (database, broker). */
public final class PipelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
