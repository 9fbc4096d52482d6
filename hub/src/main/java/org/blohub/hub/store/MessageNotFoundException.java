package org.blohub.hub.store;

/** No message with this id and direction is stored on this node. */
public class MessageNotFoundException extends StoreException {

    public MessageNotFoundException(String messageId, Direction direction) {
        super("no " + direction + " message " + messageId + " on this node");
    }
}
