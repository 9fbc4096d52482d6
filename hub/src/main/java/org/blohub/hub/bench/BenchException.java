package org.blohub.hub.bench;

/** The benchmark could not set up, send or finish a run; the message says which run and why. */
public final class BenchException extends RuntimeException {

    BenchException(String message) {
        super(message);
    }

    BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
