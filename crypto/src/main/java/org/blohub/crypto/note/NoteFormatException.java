package org.blohub.crypto.note;

/** Text that should be a signed note, key string, signature line or checkpoint does not follow its format. */
public final class NoteFormatException extends NoteException {

    private static final long serialVersionUID = 1L;

    public NoteFormatException(String message) {
        super(message);
    }

    public NoteFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
