package org.blohub.adapters.canonical;

/**
 * A required field of the canonical model is absent. Thrown by the records' constructors, so that no
 * {@link LiaisonMessage} with a missing required value can exist; JSON reading turns it into a
 * {@link LiaisonMessageFormatException} with the field's full path.
 */
public final class MissingFieldException extends NullPointerException {

    private final String field;

    private MissingFieldException(String field) {
        super(field + " must be present");
        this.field = field;
    }

    /** Name of the missing field within its record, e.g. "nameOriginal". */
    public String field() {
        return field;
    }

    static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }
}
