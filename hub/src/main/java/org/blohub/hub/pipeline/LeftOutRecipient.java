package org.blohub.hub.pipeline;

import java.util.Objects;

/**
 * A member of an operation group that a message to the group does not go to, and why (no agreement allows the
 * kind or handling code): office and agreement ids only, never content.
 */
public record LeftOutRecipient(String office, String reason) {

    public LeftOutRecipient {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(reason, "reason");
    }
}
