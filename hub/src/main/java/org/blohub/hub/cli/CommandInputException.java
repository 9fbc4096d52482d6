package org.blohub.hub.cli;

/** An operator command cannot use a file or value it was given; the message says which and why. */
final class CommandInputException extends Exception {

    private static final long serialVersionUID = 1L;

    CommandInputException(String message) {
        super(message);
    }

    CommandInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
