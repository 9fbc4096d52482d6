package org.blohub.hub.store;

import java.util.Objects;

/** A message an office of this node sends: its header and the sealed envelope (signed, then encrypted). */
public record OutboundMessage(MessageHeader header, ImmutableBytes envelope) {

    public OutboundMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(envelope, "envelope");
    }
}
