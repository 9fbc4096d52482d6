package org.blohub.crypto.note;

/** A signed note, key or checkpoint was refused; see the subclasses for parse and verification failures. */
public class NoteException extends Exception {

    private static final long serialVersionUID = 1L;

    public NoteException(String message) {
        super(message);
    }

    public NoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
