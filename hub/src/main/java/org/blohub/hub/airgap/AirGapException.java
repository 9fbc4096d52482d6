package org.blohub.hub.airgap;

/** The node could not export or import a bundle for a reason of its own (key store, broker, database). */
final class AirGapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AirGapException(String message, Throwable cause) {
        super(message, cause);
    }
}
