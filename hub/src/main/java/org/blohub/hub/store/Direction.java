package org.blohub.hub.store;

/** Whether this node sent the message (an office's outbox) or received it (an office's inbox). */
public enum Direction {
    OUTBOUND,
    INBOUND
}
