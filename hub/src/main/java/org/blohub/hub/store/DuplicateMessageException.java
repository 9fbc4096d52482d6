package org.blohub.hub.store;

/** A message with this id and direction is already stored on this node. */
public class DuplicateMessageException extends StoreException {

    public DuplicateMessageException(String messageId, Direction direction, Throwable cause) {
        super("message " + messageId + " is already stored as " + direction, cause);
    }
}
