package org.blohub.hub.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.io.aio.AIOSequentialFileFactory;
import org.apache.activemq.artemis.core.remoting.CertificateUtil;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.cluster.Bridge;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.remoting.Acceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's embedded Artemis broker: persistent store-and-forward of outbound messages to each peer
 * over mutual TLS 1.3 core bridges, an inbound queue peers may only send to, and an in-VM acceptor
 * for the node's own application. Several can run in one JVM, each with its own data directory and port.
 *
 * <p>Can be started again after {@link #stop()}; the same data directory brings back every stored message.
 */
public final class NodeBroker implements ApplicationBroker, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NodeBroker.class);
    private static final AtomicInteger NEXT_IN_VM_SERVER_ID = new AtomicInteger(100);

    private final BrokerSettings settings;
    private final PinnedPeerCertificates pinnedPeers;
    private final PeerRevocation revocation;
    private final Set<String> revokedPeersCut = new HashSet<>();
    private final int inVmServerId;
    private final ApplicationCredentials applicationCredentials;
    private final String clusterPassword;
    private final LinkHealthProbe healthProbe;
    private final ForwardingListener forwardingListener;
    private final ConsumerCreations consumerCreations = new ConsumerCreations();
    private ActiveMQServer server;

    /**
     * @param settings    this node's broker settings
     * @param pinnedPeers the peer nodes' TLS certificates, which alone may log in as peers
     */
    public NodeBroker(BrokerSettings settings, PinnedPeerCertificates pinnedPeers) {
        this(settings, pinnedPeers, ForwardingListener.NONE, PeerRevocation.NONE);
    }

    /**
     * @param forwardingListener told of every message a bridge has handed to its peer broker and
     *                           the peer confirmed (the message then leaves {@code blo.outbound.<PEER>})
     * @param revocation         whether the CRLs the node checks now revoke a peer's TLS certificate
     */
    public NodeBroker(BrokerSettings settings, PinnedPeerCertificates pinnedPeers,
            ForwardingListener forwardingListener, PeerRevocation revocation) {
        this.forwardingListener = Objects.requireNonNull(forwardingListener, "forwardingListener");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pinnedPeers = Objects.requireNonNull(pinnedPeers, "pinnedPeers");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
        this.inVmServerId = NEXT_IN_VM_SERVER_ID.getAndIncrement();
        this.applicationCredentials = ApplicationCredentials.generate(settings.nodeName());
        this.clusterPassword = ApplicationCredentials.randomSecret();
        this.healthProbe = new LinkHealthProbe(settings);
    }

    public synchronized void start() {
        if (isStarted()) {
            return;
        }
        Map<String, Instant> revokedPeers = revokedPeers();
        Configuration configuration = NodeBrokerConfiguration.build(settings, inVmServerId, clusterPassword,
                revokedPeers.keySet());
        configuration.registerBrokerPlugin(new ForwardedMessagePlugin(settings.nodeName(), forwardingListener));
        configuration.registerBrokerPlugin(consumerCreations);
        ActiveMQServer newServer = ActiveMQServers.newActiveMQServer(configuration, null,
                new CertificatePeerSecurityManager(settings.nodeName(), pinnedPeers, revocation, applicationCredentials));
        try {
            newServer.start();
            if (!newServer.isActive()) {
                throw new BrokerException("broker of node " + settings.nodeName() + " failed to initialise (TLS acceptor "
                        + settings.tlsHost() + ":" + settings.tlsPort() + ", data " + settings.dataDirectory()
                        + "): " + likelyAcceptorFailure());
            }
            requireTlsAcceptorStarted(newServer);
        } catch (BrokerException e) {
            stopQuietly(newServer);
            throw e;
        } catch (Exception e) {
            stopQuietly(newServer);
            throw new BrokerException("cannot start broker of node " + settings.nodeName()
                    + " (data " + settings.dataDirectory() + ", TLS " + settings.tlsHost() + ":" + settings.tlsPort() + ")", e);
        }
        server = newServer;
        revokedPeersCut.clear();
        revokedPeersCut.addAll(revokedPeers.keySet());
        revokedPeers.forEach(this::logLinkCut);
        JournalType journal = newServer.getConfiguration().getJournalType();
        LOG.info("BLO-BRK-020 node {}: broker started: TLS acceptor {}:{}, peers {}, data {}, journal {}",
                settings.nodeName(), settings.tlsHost(), settings.tlsPort(),
                settings.peers().stream().map(Peer::nodeName).toList(), settings.dataDirectory(), journal);
        if (journal != settings.journalType()) {
            LOG.warn("BLO-BRK-023 node {}: broker journal is {}, not the configured {}: {}", settings.nodeName(),
                    journal, settings.journalType(), journalFallbackCause());
        }
    }

    /**
     * Cuts the links of every peer whose pinned TLS certificate the CRLs now revoke: stops the bridge to it, so its
     * messages stay queued here, and closes its connections to this broker, whose acceptor then refuses its logins.
     * A link stays cut until the broker starts again with a certificate for that peer that is not revoked.
     *
     * @return the peers whose links this call cut
     */
    public synchronized Set<String> cutLinksOfRevokedPeers() {
        if (server == null) {
            return Set.of();
        }
        Set<String> cut = new HashSet<>();
        revokedPeers().forEach((peerName, revokedAt) -> {
            if (revokedPeersCut.add(peerName)) {
                stopBridgeTo(peerName);
                closeConnectionsOf(pinnedPeers.certificateOf(peerName).orElseThrow());
                logLinkCut(peerName, revokedAt);
                cut.add(peerName);
            }
        });
        return cut;
    }

    private Map<String, Instant> revokedPeers() {
        Map<String, Instant> revoked = new TreeMap<>();
        for (Peer peer : settings.peers()) {
            pinnedPeers.certificateOf(peer.nodeName()).flatMap(revocation::revokedSince)
                    .ifPresent(revokedAt -> revoked.put(peer.nodeName(), revokedAt));
        }
        return revoked;
    }

    private void stopBridgeTo(String peerName) {
        Bridge bridge = server.getClusterManager().getBridges().get(NodeBrokerConfiguration.bridgeName(peerName));
        if (bridge == null) {
            return;
        }
        try {
            bridge.stop();
        } catch (Exception e) {
            throw new BrokerException("node " + settings.nodeName() + ": cannot stop the bridge to peer " + peerName, e);
        }
    }

    private void closeConnectionsOf(X509Certificate peerCertificate) {
        for (RemotingConnection connection : server.getRemotingService().getConnections()) {
            X509Certificate[] certificates = CertificateUtil.getCertsFromConnection(connection);
            if (certificates != null && certificates.length > 0 && certificates[0].equals(peerCertificate)) {
                connection.fail(new ActiveMQSecurityException("the peer's TLS certificate is revoked"));
            }
        }
    }

    private void logLinkCut(String peerName, Instant revokedAt) {
        LOG.warn("BLO-BRK-006 node {}: no link to peer {}: its TLS certificate was revoked at {}; its messages stay"
                + " queued until the registry gives it a new certificate and the node restarts",
                settings.nodeName(), peerName, revokedAt);
    }

    /**
     * The journal the running broker writes with: the configured one, or NIO where Artemis could not use
     * ASYNCIO and switched its configuration; empty while stopped.
     */
    public synchronized Optional<JournalType> journalInUse() {
        return server == null ? Optional.empty() : Optional.of(server.getConfiguration().getJournalType());
    }

    /**
     * Artemis switches ASYNCIO to NIO when its native wrapper or libaio cannot be loaded, or the journal's
     * filesystem cannot do direct I/O. The wrapper is never loaded from the jar: Artemis only looks for it on
     * {@code java.library.path}.
     */
    private String journalFallbackCause() {
        if (!AIOSequentialFileFactory.isSupported()) {
            return "libaio cannot be loaded (Artemis AMQ221045): install libaio (Debian: libaio1) and put Artemis'"
                    + " libartemis-native-64.so on java.library.path, see docs/broker.md#journal-type";
        }
        return "the filesystem of " + settings.dataDirectory() + " does not support asynchronous direct I/O"
                + " (Artemis AMQ221054), e.g. tmpfs";
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new BrokerException("cannot stop broker of node " + settings.nodeName(), e);
        } finally {
            server = null;
        }
        LOG.info("BLO-BRK-021 node {}: broker stopped", settings.nodeName());
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isStarted() {
        return server != null && server.isActive();
    }

    @Override
    public String nodeName() {
        return settings.nodeName();
    }

    @Override
    public String applicationUser() {
        return applicationCredentials.user();
    }

    /** The URL the node's application connects with, e.g. {@code vm://100}; unique in this JVM. */
    public String inVmUrl() {
        return "vm://" + inVmServerId;
    }

    /** The credentials the node's application must present on {@link #inVmUrl()}. Stable for this object's life. */
    public ApplicationCredentials applicationCredentials() {
        return applicationCredentials;
    }

    /**
     * A JMS connection factory for the node's application (Camel JMS, Spring JMS) on {@link #inVmUrl()},
     * carrying the application credentials. Connections need the broker started.
     */
    @Override
    public ConnectionFactory applicationConnectionFactory() {
        return new ActiveMQConnectionFactory(inVmUrl(), applicationCredentials.user(), applicationCredentials.password());
    }

    /**
     * How many consumers were created on a queue (e.g. {@link BrokerAddresses#INBOUND}) since this object was made,
     * across restarts: the node's listeners keep theirs, so this stays near their number of concurrent consumers.
     */
    public long consumersCreatedOn(String queue) {
        return consumerCreations.on(queue);
    }

    /** How many messages were consumed (acknowledged) from a queue since the broker started; 0 when it is stopped. */
    public synchronized long messagesConsumedFrom(String queue) {
        return Optional.ofNullable(server).map(started -> started.locateQueue(SimpleString.of(queue)))
                .map(Queue::getMessagesAcknowledged).orElse(0L);
    }

    @Override
    public synchronized BrokerHealth health() {
        return server == null ? healthProbe.stopped() : healthProbe.probe(server);
    }

    private void requireTlsAcceptorStarted(ActiveMQServer started) {
        Acceptor acceptor = started.getRemotingService().getAcceptor(PeerTlsTransport.ACCEPTOR_NAME);
        if (acceptor == null || !acceptor.isStarted()) {
            throw new BrokerException("broker of node " + settings.nodeName() + ": TLS acceptor did not start on "
                    + settings.tlsHost() + ":" + settings.tlsPort() + " (" + likelyAcceptorFailure() + ")");
        }
    }

    private String likelyAcceptorFailure() {
        try (ServerSocket probe = new ServerSocket(settings.tlsPort(), 1, InetAddress.getByName(settings.tlsHost()))) {
            return "the port is free now, so see Artemis' AMQ224000 and AMQ224104 lines above for the cause, e.g. an unreadable key store";
        } catch (IOException inUse) {
            return "the port is in use by another socket: " + inUse.getMessage();
        }
    }

    private void stopQuietly(ActiveMQServer failed) {
        try {
            failed.stop();
        } catch (Exception e) {
            LOG.warn("BLO-BRK-022 node {}: broker did not stop cleanly after a failed start", settings.nodeName(), e);
        }
    }
}
