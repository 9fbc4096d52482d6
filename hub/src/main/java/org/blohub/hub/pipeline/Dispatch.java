package org.blohub.hub.pipeline;

import java.time.Instant;
import java.util.List;

/** One sealed envelope on its way to one destination node's inbound queue. */
record Dispatch(String destinationNode, String messageId, String fromOffice, List<String> toOffices,
        String kind, String priority, Instant expiresAt, byte[] envelope) {

    Dispatch {
        toOffices = List.copyOf(toOffices);
    }
}
