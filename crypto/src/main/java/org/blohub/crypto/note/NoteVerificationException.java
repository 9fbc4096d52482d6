package org.blohub.crypto.note;

/** A well-formed signed note failed verification; {@link #reason()} says how. */
public final class NoteVerificationException extends NoteException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** A signature line from a known key (same name and key ID) does not verify. */
        INVALID_SIGNATURE,
        /** No signature line comes from a known key, so nothing vouches for the text. */
        NO_KNOWN_SIGNATURE,
        /** A checkpoint names another log than the one expected. */
        WRONG_ORIGIN,
        /** A checkpoint carries cosignatures but no verified signature of the log itself. */
        NO_LOG_SIGNATURE
    }

    private final Reason reason;

    public NoteVerificationException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
