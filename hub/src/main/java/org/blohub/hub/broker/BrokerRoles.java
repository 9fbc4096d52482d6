package org.blohub.hub.broker;

import java.util.Map;
import java.util.Set;

import org.apache.activemq.artemis.core.security.Role;

/** The two roles of a node's broker and what each may do. */
final class BrokerRoles {

    /** The node's own application, on the in-VM connector. */
    static final String NODE = "node";
    /** Another node, authenticated by its TLS client certificate. */
    static final String PEER = "peer";

    private BrokerRoles() {
    }

    static Role nodeMayDoEverything() {
        return new Role(NODE, true, true, true, true, true, true, true, true, true, true, true, true);
    }

    static Role peerMaySendOnly() {
        return new Role(PEER, true, false, false, false, false, false, false, false, false, false, false, false);
    }

    /** Security settings by address match: the most specific match wins, so {@code blo.inbound} repeats the node role. */
    static Map<String, Set<Role>> byAddressMatch() {
        return Map.of(
                BrokerAddresses.INBOUND, Set.of(nodeMayDoEverything(), peerMaySendOnly()),
                "blo.#", Set.of(nodeMayDoEverything()));
    }
}
