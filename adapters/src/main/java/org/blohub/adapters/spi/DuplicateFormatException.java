package org.blohub.adapters.spi;

/** Two translators on the class path claim the same format id; the class path must be fixed. */
public final class DuplicateFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DuplicateFormatException(String formatId, Class<?> first, Class<?> second) {
        super("format id " + formatId + " is claimed by both " + first.getName() + " and " + second.getName());
    }
}
