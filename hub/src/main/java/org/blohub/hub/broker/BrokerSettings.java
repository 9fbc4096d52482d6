package org.blohub.hub.broker;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.activemq.artemis.core.server.JournalType;

/**
 * Everything one node's embedded broker needs.
 *
 * @param nodeName      this node, e.g. {@code TH}
 * @param dataDirectory where the journal, bindings, paging and large-message directories live;
 *                      restarting with the same directory keeps every stored message
 * @param tlsHost       the address the peer TLS acceptor binds to (loopback in the demo)
 * @param tlsPort       the peer TLS acceptor port
 * @param keyStore      this node's TLS key and certificate chain: server certificate for the acceptor,
 *                      client certificate for the bridges
 * @param trustStore    the CA certificates a peer's certificate must chain to
 * @param peers         the nodes this node bridges to, one outbound queue and bridge each
 * @param linkRetry     how the bridges retry a lost link
 * @param journalType   how the journal writes to disk: {@code NIO} (the default, any platform), {@code ASYNCIO}
 *                      (Linux with libaio and Artemis' native wrapper on {@code java.library.path}; Artemis
 *                      falls back to NIO where either cannot load or the filesystem cannot do direct I/O)
 *                      or {@code MAPPED} (memory-mapped files)
 */
public record BrokerSettings(
        String nodeName,
        Path dataDirectory,
        String tlsHost,
        int tlsPort,
        Pkcs12Store keyStore,
        Pkcs12Store trustStore,
        List<Peer> peers,
        LinkRetry linkRetry,
        JournalType journalType) {

    public BrokerSettings {
        NodeNames.requireValid(nodeName);
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(tlsHost, "tlsHost");
        if (tlsPort < 1 || tlsPort > 65_535) {
            throw new IllegalArgumentException("node " + nodeName + ": TLS port out of range: " + tlsPort);
        }
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(linkRetry, "linkRetry");
        Objects.requireNonNull(journalType, "journalType");
        peers = List.copyOf(peers);
        Set<String> seen = new HashSet<>();
        for (Peer peer : peers) {
            if (peer.nodeName().equals(nodeName)) {
                throw new IllegalArgumentException("node " + nodeName + " cannot be its own peer");
            }
            if (!seen.add(peer.nodeName())) {
                throw new IllegalArgumentException("node " + nodeName + ": peer listed twice: " + peer.nodeName());
            }
        }
    }

    /** Settings with the NIO journal. */
    public BrokerSettings(String nodeName, Path dataDirectory, String tlsHost, int tlsPort,
            Pkcs12Store keyStore, Pkcs12Store trustStore, List<Peer> peers, LinkRetry linkRetry) {
        this(nodeName, dataDirectory, tlsHost, tlsPort, keyStore, trustStore, peers, linkRetry, JournalType.NIO);
    }

    /** Settings with the NIO journal and the default link retry (one second, doubling, capped at thirty seconds). */
    public BrokerSettings(String nodeName, Path dataDirectory, String tlsHost, int tlsPort,
            Pkcs12Store keyStore, Pkcs12Store trustStore, List<Peer> peers) {
        this(nodeName, dataDirectory, tlsHost, tlsPort, keyStore, trustStore, peers, LinkRetry.DEFAULT);
    }
}
