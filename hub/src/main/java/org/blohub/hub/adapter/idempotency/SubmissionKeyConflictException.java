package org.blohub.hub.adapter.idempotency;

/** A key that cannot be used for this submission; nothing was sent. */
public final class SubmissionKeyConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    /** REUSED: the key was used for other content; IN_PROGRESS: the first submission with it is still running. */
    public enum Conflict { REUSED, IN_PROGRESS }

    private final Conflict conflict;

    SubmissionKeyConflictException(Conflict conflict, String message) {
        super(message);
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }
}
