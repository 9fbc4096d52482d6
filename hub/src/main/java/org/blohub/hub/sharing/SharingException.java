package org.blohub.hub.sharing;

/** A forward or consent decision the node cannot carry out as asked, with what to do about it. */
public final class SharingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of obstacle: the caller's input, the state of the message or request, or the node. */
    public enum Problem {
        /** The request itself is wrong (e.g. a reason too long): fix it. */
        INVALID,
        /** Decided already, or the message's content is gone or no longer opens: asking again will not help. */
        CONFLICT,
        /** The node could not send the consent message now: try again later. */
        UNAVAILABLE
    }

    private final Problem problem;

    SharingException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    static SharingException invalid(String message) {
        return new SharingException(Problem.INVALID, message, null);
    }

    static SharingException conflict(String message) {
        return new SharingException(Problem.CONFLICT, message, null);
    }

    static SharingException conflict(String message, Throwable cause) {
        return new SharingException(Problem.CONFLICT, message, cause);
    }

    static SharingException unavailable(String message, Throwable cause) {
        return new SharingException(Problem.UNAVAILABLE, message, cause);
    }

    public Problem problem() {
        return problem;
    }
}
