package org.blohub.adapters.intake;

/** The Java runtime lacks SHA-256, which every Java SE platform must provide: the installation is broken. */
final class MissingDigestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MissingDigestException(Throwable cause) {
        super("SHA-256 is not available in this Java runtime", cause);
    }
}
