package org.blohub.hub.broker;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a node's application reaches a standalone Artemis broker: the broker's application acceptor (TLS 1.3),
 * the TLS material the application presents and trusts, and the application's login on that broker.
 *
 * @param nodeName   this node
 * @param host       host of the broker's application acceptor; must be named in the broker certificate's
 *                   subject alternative names
 * @param port       port of the broker's application acceptor
 * @param keyStore   the client certificate the application presents, where the acceptor asks for one
 * @param trustStore the CA the broker's certificate chains to
 * @param user       the application's user on the broker (role {@code node})
 * @param password   that user's password
 * @param peers      the peer nodes the broker bridges to, as its {@code broker.xml} names them
 * @param reconnect  how the application waits between attempts to reach the broker again after a failure
 */
public record ExternalBrokerSettings(String nodeName, String host, int port, Optional<Pkcs12Store> keyStore,
        Pkcs12Store trustStore, String user, String password, List<String> peers, LinkRetry reconnect) {

    public ExternalBrokerSettings {
        NodeNames.requireValid(nodeName);
        requireText(nodeName, host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("node " + nodeName + ": external broker port out of range: " + port);
        }
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(trustStore, "trustStore");
        requireText(nodeName, user, "user");
        requireText(nodeName, password, "password");
        peers = List.copyOf(peers);
        peers.forEach(NodeNames::requireValid);
        if (peers.contains(nodeName)) {
            throw new IllegalArgumentException("node " + nodeName + " cannot be its own peer");
        }
        Objects.requireNonNull(reconnect, "reconnect");
    }

    private static void requireText(String nodeName, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("node " + nodeName + ": external broker " + what + " is not set");
        }
    }

    @Override
    public String toString() {
        return "ExternalBrokerSettings[node=" + nodeName + ", broker=" + host + ":" + port + ", keyStore=" + keyStore
                + ", trustStore=" + trustStore + ", user=" + user + ", password=(hidden), peers=" + peers + "]";
    }
}
