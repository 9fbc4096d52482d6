package org.blohub.hub.sharing;

/** A forward or consent decision the node cannot carry out as asked, with what to do about it. */
public final class SharingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean conflict;

    SharingException(String message, boolean conflict, Throwable cause) {
        super(message, cause);
        this.conflict = conflict;
    }

    static SharingException conflict(String message) {
        return new SharingException(message, true, null);
    }

    static SharingException unreadable(String message, Throwable cause) {
        return new SharingException(message, false, cause);
    }

    /** True when the request was answered already or the message's content is gone: asking again will not help. */
    public boolean conflict() {
        return conflict;
    }
}
