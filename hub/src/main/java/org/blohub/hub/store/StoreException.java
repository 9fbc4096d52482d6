package org.blohub.hub.store;

/** A store operation failed; the message names the operation and the ids involved, never content. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
