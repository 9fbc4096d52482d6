package org.blohub.adapters.canonical;

/**
 * JSON that cannot be read as a {@link LiaisonMessage}. The message names the field path
 * ("entities.persons[0].birthDate") and what is wrong, never the field's content.
 */
public final class LiaisonMessageFormatException extends RuntimeException {

    private final String path;

    LiaisonMessageFormatException(String path, String problem, Throwable cause) {
        super("cannot read liaison message: " + (path.isEmpty() ? "document" : path) + ": " + problem, cause);
        this.path = path;
    }

    /** Path of the offending field, empty when the document as a whole is unreadable. */
    public String path() {
        return path;
    }
}
