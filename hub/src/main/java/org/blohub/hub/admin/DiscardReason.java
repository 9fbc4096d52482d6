package org.blohub.hub.admin;

/**
 * Why an administrator discards a quarantine entry. A fixed list rather than free text: the reason goes into the
 * audit log, which must never hold names or message content.
 */
public enum DiscardReason {
    /** The same message arrived again and was delivered. */
    DUPLICATE,
    /** The bytes are not a message this node can ever open. */
    MALFORMED,
    /** The sender was told and sent it again. */
    RESENT_BY_SENDER,
    /** Test traffic or a misdirected message. */
    NOT_FOR_THIS_NODE,
    /** The entry is older than the retention period. */
    RETENTION_EXPIRED
}
