package org.blohub.hub.web.oversight;

/**
 * One row of a message's timeline across nodes.
 *
 * @param node  the node whose audit log recorded the event
 * @param check how far this node could check that the peer's log holds the entry
 */
record TimelineRow(String node, TimelineEntry entry, RowCheck check) {

    enum RowCheck {
        /** Read from this node's own audit log. */
        THIS_NODE,
        /** The peer's leaf bytes are included in the peer checkpoint this node verified and cosigned. */
        IN_PEER_CHECKPOINT,
        /** As the peer's audit API reported it: not yet covered by a peer checkpoint this node cosigned. */
        AS_REPORTED
    }
}
