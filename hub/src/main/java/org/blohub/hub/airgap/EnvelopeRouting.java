package org.blohub.hub.airgap;

import java.util.Objects;

import org.blohub.hub.broker.BloHeaders;

/**
 * The clear JMS properties an envelope waited with in the sender's outbound queue, as a bundle carries them
 * (names as in docs/protocol.md): routing metadata only, never content.
 *
 * @param toOffices  {@value BloHeaders#TO_OFFICES} as on the wire, comma-separated
 * @param jmsPriority the JMS priority the sender gave it
 * @param expiration the absolute JMS expiration in epoch milliseconds, 0 for none
 */
record EnvelopeRouting(String messageId, String fromOffice, String toOffices, String fromNode, String toNode,
        String kind, String priority, int jmsPriority, long expiration) {

    EnvelopeRouting {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(fromOffice, "fromOffice");
        Objects.requireNonNull(toOffices, "toOffices");
        Objects.requireNonNull(fromNode, "fromNode");
        Objects.requireNonNull(toNode, "toNode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priority, "priority");
    }
}
