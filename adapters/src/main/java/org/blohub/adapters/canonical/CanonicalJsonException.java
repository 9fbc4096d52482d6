package org.blohub.adapters.canonical;

/** JSON that RFC 8785 cannot canonicalize (not I-JSON, NaN, lone surrogates, duplicate names...), or a number that would lose precision. */
public final class CanonicalJsonException extends RuntimeException {

    CanonicalJsonException(String message) {
        super(message);
    }

    CanonicalJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
