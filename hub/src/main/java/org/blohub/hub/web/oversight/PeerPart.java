package org.blohub.hub.web.oversight;

import java.util.List;
import java.util.Optional;

/**
 * What one peer node's audit log holds about a message, or why it could not be fetched.
 *
 * @param failure why the peer's events are missing from the timeline, if they are
 */
record PeerPart(String node, List<TimelineRow> rows, Optional<String> failure) {

    PeerPart {
        rows = List.copyOf(rows);
    }

    static PeerPart unavailable(String node, String failure) {
        return new PeerPart(node, List.of(), Optional.of(failure));
    }
}
