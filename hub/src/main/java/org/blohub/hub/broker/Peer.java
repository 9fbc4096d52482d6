package org.blohub.hub.broker;

import java.util.Objects;

/**
 * Another node this node sends to: where its broker's peer TLS acceptor listens.
 *
 * @param nodeName the peer's node name, e.g. {@code LA}; names its outbound queue {@code blo.outbound.LA}
 * @param host     host name or IP address of the peer's TLS acceptor; must be in the peer certificate's
 *                 subject alternative names, because the bridge verifies the host
 * @param port     the peer's TLS acceptor port
 */
public record Peer(String nodeName, String host, int port) {

    public Peer {
        NodeNames.requireValid(nodeName);
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("peer " + nodeName + ": port out of range: " + port);
        }
    }
}
