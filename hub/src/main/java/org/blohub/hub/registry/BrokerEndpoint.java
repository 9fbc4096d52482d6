package org.blohub.hub.registry;

import java.util.Objects;

/** Where a node's broker accepts bridge connections from other nodes (mutual TLS). */
public record BrokerEndpoint(String host, int port) {

    public BrokerEndpoint {
        Objects.requireNonNull(host, "host");
    }
}
