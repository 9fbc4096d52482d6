package org.blohub.hub.node;

/** The node cannot start: its registry, keys or settings are missing or refused. */
public final class NodeStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NodeStartupException(String message) {
        super(message);
    }

    public NodeStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
