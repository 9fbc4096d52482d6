package org.blohub.adapters.names;

/** The transliteration rules packaged with this module cannot be read (a broken jar). */
final class NamesSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NamesSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
