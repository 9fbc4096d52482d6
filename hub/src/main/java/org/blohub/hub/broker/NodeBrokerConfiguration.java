package org.blohub.hub.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.BridgeConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.DivertConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.invm.TransportConstants;
import org.apache.activemq.artemis.core.server.ComponentConfigurationRoutingType;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/** Builds the Artemis configuration of one node's broker from its {@link BrokerSettings}, in code. */
final class NodeBrokerConfiguration {

    /**
     * Artemis' default. The broker only has to catch copies resent soon after the original (a bridge
     * reconnecting, the outbox relay after a crash); the receiver's dedupe by message id catches any older
     * copy. Each remembered id costs heap (and a journal record), so a larger cache makes the heap grow
     * for that many messages per address. Persisted so it survives restarts.
     */
    static final int DUPLICATE_ID_CACHE_SIZE = 20_000;
    /** Bridges need a confirmation window for duplicate detection to resend unconfirmed messages safely. */
    static final int BRIDGE_CONFIRMATION_WINDOW_BYTES = 1024 * 1024;
    /** Above this an address pages to disk, so a long outage fills the disk, not the heap. */
    static final long ADDRESS_MEMORY_BYTES = 10L * 1024 * 1024;
    static final int MAX_DELIVERY_ATTEMPTS = 10;
    /** How often queues are scanned for expired messages, which then move to {@code blo.expired}. */
    static final long EXPIRY_SCAN_PERIOD_MILLIS = 5_000;

    private NodeBrokerConfiguration() {
    }

    static String bridgeName(Peer peer) {
        return bridgeName(peer.nodeName());
    }

    static String bridgeName(String peerName) {
        return "bridge-to-" + peerName;
    }

    /**
     * @param inVmServerId    unique among the brokers of this JVM
     * @param clusterPassword replaces Artemis' well-known default cluster password, which would
     *                        otherwise let anyone who knows it bypass security; no clustering is used
     * @param unlinkedPeers   peers whose messages queue here without a bridge to them
     */
    static Configuration build(BrokerSettings settings, int inVmServerId, String clusterPassword,
            Set<String> unlinkedPeers) {
        String data = settings.dataDirectory().toAbsolutePath().toString();
        Configuration configuration = new ConfigurationImpl()
                .setName("blo-" + settings.nodeName())
                .setPersistenceEnabled(true)
                .setJournalType(settings.journalType())
                .setJournalDirectory(data + "/journal")
                .setBindingsDirectory(data + "/bindings")
                .setPagingDirectory(data + "/paging")
                .setLargeMessagesDirectory(data + "/large-messages")
                .setNodeManagerLockDirectory(data)
                .setJMXManagementEnabled(false)
                .setSecurityEnabled(true)
                .setClusterPassword(clusterPassword)
                .setPopulateValidatedUser(true)
                // Artemis caches a login by user, password and certificate subject: another certificate with a
                // pinned peer's subject would ride on that peer's cached login. Every login asks the pins instead.
                .setAuthenticationCacheSize(0)
                .setIDCacheSize(DUPLICATE_ID_CACHE_SIZE)
                .setPersistIDCache(true)
                .setMessageExpiryScanPeriod(EXPIRY_SCAN_PERIOD_MILLIS);

        configuration.addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName(),
                Map.of(TransportConstants.SERVER_ID_PROP_NAME, inVmServerId), "in-vm"));
        configuration.addAcceptorConfiguration(PeerTlsTransport.acceptor(settings));

        addDurableAnycast(configuration, BrokerAddresses.INBOUND);
        addDurableAnycast(configuration, BrokerAddresses.AUDIT_INBOUND);
        configuration.addDivertConfiguration(auditDivert());
        addDurableAnycast(configuration, BrokerAddresses.REGISTRY_INBOUND);
        configuration.addDivertConfiguration(registryDivert());
        addDurableAnycast(configuration, BrokerAddresses.EXPIRED);
        addDurableAnycast(configuration, BrokerAddresses.DEAD);
        List<BridgeConfiguration> bridges = new ArrayList<>();
        for (Peer peer : settings.peers()) {
            addDurableAnycast(configuration, BrokerAddresses.outboundTo(peer.nodeName()));
            configuration.addConnectorConfiguration(PeerTlsTransport.connectorName(peer),
                    PeerTlsTransport.connector(peer, settings.keyStore(), settings.trustStore()));
            if (!unlinkedPeers.contains(peer.nodeName())) {
                bridges.add(bridge(settings, peer));
            }
        }
        configuration.setBridgeConfigurations(bridges);

        configuration.addAddressSetting("#", keepUndeliverable());
        configuration.addAddressSetting(BrokerAddresses.DEAD, retryDeadLettersForever(settings.linkRetry()));
        BrokerRoles.byAddressMatch().forEach(configuration::putSecurityRoles);
        return configuration;
    }

    private static void addDurableAnycast(Configuration configuration, String name) {
        configuration.addAddressConfiguration(new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name)
                        .setAddress(name)
                        .setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true)));
    }

    /**
     * Moves audit checkpoints and cosignatures arriving on {@code blo.inbound} to {@code blo.audit.inbound}, inside
     * the broker: peers keep sending everything to {@code blo.inbound} (the only address they may send to), and the
     * broker's stamp of the delivering peer travels with the diverted message.
     */
    static DivertConfiguration auditDivert() {
        return new DivertConfiguration()
                .setName(BrokerAddresses.AUDIT_DIVERT)
                .setAddress(BrokerAddresses.INBOUND)
                .setForwardingAddress(BrokerAddresses.AUDIT_INBOUND)
                .setFilterString(BrokerAddresses.AUDIT_KINDS_FILTER)
                .setExclusive(true)
                .setRoutingType(ComponentConfigurationRoutingType.ANYCAST);
    }

    /** Moves the registries peers offer from {@code blo.inbound} to {@code blo.registry.inbound}, as for audit messages. */
    static DivertConfiguration registryDivert() {
        return new DivertConfiguration()
                .setName(BrokerAddresses.REGISTRY_DIVERT)
                .setAddress(BrokerAddresses.INBOUND)
                .setForwardingAddress(BrokerAddresses.REGISTRY_INBOUND)
                .setFilterString(BrokerAddresses.REGISTRY_FILTER)
                .setExclusive(true)
                .setRoutingType(ComponentConfigurationRoutingType.ANYCAST);
    }

    private static AddressSettings keepUndeliverable() {
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(BrokerAddresses.DEAD))
                .setExpiryAddress(SimpleString.of(BrokerAddresses.EXPIRED))
                .setAutoCreateDeadLetterResources(false)
                .setAutoCreateExpiryResources(false)
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                .setMaxSizeBytes(ADDRESS_MEMORY_BYTES)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE);
    }

    /**
     * A dead letter stays on {@code blo.dead} until the node has recorded it. {@code blo.dead} is its own
     * dead-letter address, so moving it there after {@link #MAX_DELIVERY_ATTEMPTS} would redeliver it at once,
     * again and again, while the database is down; instead it is redelivered for ever, with the node's
     * back-off between attempts.
     */
    private static AddressSettings retryDeadLettersForever(LinkRetry retry) {
        return new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(retry.initialInterval().toMillis())
                .setRedeliveryMultiplier(retry.multiplier())
                .setMaxRedeliveryDelay(retry.maxInterval().toMillis());
    }

    private static BridgeConfiguration bridge(BrokerSettings settings, Peer peer) {
        LinkRetry retry = settings.linkRetry();
        return new BridgeConfiguration(bridgeName(peer))
                .setQueueName(BrokerAddresses.outboundTo(peer.nodeName()))
                .setForwardingAddress(BrokerAddresses.INBOUND)
                .setRoutingType(ComponentConfigurationRoutingType.ANYCAST)
                .setStaticConnectors(List.of(PeerTlsTransport.connectorName(peer)))
                .setHA(false)
                .setRetryInterval(retry.initialInterval().toMillis())
                .setRetryIntervalMultiplier(retry.multiplier())
                .setMaxRetryInterval(retry.maxInterval().toMillis())
                .setInitialConnectAttempts(-1)
                .setReconnectAttempts(-1)
                .setUseDuplicateDetection(true)
                .setConfirmationWindowSize(BRIDGE_CONFIRMATION_WINDOW_BYTES)
                // The peer authenticates the bridge by this node's TLS client certificate; the user name
                // is informational and no password is sent.
                .setUser(settings.nodeName())
                .setPassword(null);
    }
}
