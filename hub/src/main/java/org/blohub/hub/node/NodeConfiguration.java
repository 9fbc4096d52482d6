package org.blohub.hub.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.jms.ConnectionFactory;

import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.canonical.LiaisonMessageValidator;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.crypto.cms.CmsSealer;
import org.blohub.crypto.cms.Sealer;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BrokerSettings;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.broker.ExternalBroker;
import org.blohub.hub.broker.ExternalBrokerSettings;
import org.blohub.hub.broker.ForwardingListener;
import org.blohub.hub.broker.LinkRetry;
import org.blohub.hub.broker.NodeBroker;
import org.blohub.hub.broker.Peer;
import org.blohub.hub.broker.PeerRevocation;
import org.blohub.hub.broker.PinnedPeerCertificates;
import org.blohub.hub.broker.Pkcs12Store;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

/** The node's identity: its registry, keys, cryptography and broker (embedded, or a standalone one it connects to). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NodeProperties.class)
public class NodeConfiguration {

    static final String BROKER_MODE_PROPERTY = "blo.node.broker.mode";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NodeMaterial nodeMaterial(NodeProperties properties,
            @Value("${" + DemoMaterialRefusal.ALLOW_PROPERTY + ":false}") boolean allowDemoMaterial) {
        NodeMaterial material = new NodeMaterial(properties.materialDir(), properties.name());
        DemoMaterialRefusal.refuseUnlessAllowed(material, allowDemoMaterial);
        return material;
    }

    @Bean
    RegistryTrust registryTrust(NodeMaterial material) {
        return new RegistryTrust(PemFiles.readCertificates(material.trustRoot()), PemFiles.readCrls(material.crls()));
    }

    @Bean
    NetworkRegistry networkRegistry(NodeMaterial material, NodeProperties properties, RegistryTrust trust,
            Clock clock) {
        try {
            NetworkRegistry registry = new RegistryLoader(trust, clock).load(material.registry());
            if (registry.node(material.nodeName()).isEmpty()) {
                throw new NodeStartupException("node " + material.nodeName() + " is not in the registry "
                        + material.registry());
            }
            refuseRollback(registry, material, new RegistrySerialRecord(properties.dataDir()));
            return registry;
        } catch (RegistryException e) {
            throw new NodeStartupException("node " + material.nodeName() + ": registry refused: " + e.getMessage(), e);
        }
    }

    /** Rollback protection across restarts: the registry must not be older than the newest this node ran on. */
    static void refuseRollback(NetworkRegistry registry, NodeMaterial material, RegistrySerialRecord serials) {
        try {
            long highest = serials.highest().orElse(0);
            if (registry.serial() < highest) {
                throw new NodeStartupException("node " + material.nodeName() + ": registry " + material.registry()
                        + " has serial " + registry.serial() + ", lower than serial " + highest + " this node ran on"
                        + " (" + serials.file() + "); put the registry with serial " + highest + " or higher there");
            }
            serials.record(registry.serial());
        } catch (IOException e) {
            throw new NodeStartupException("node " + material.nodeName() + ": cannot check the registry serial"
                    + " against " + serials.file() + ": " + e.getMessage(), e);
        }
    }

    @Bean
    KeyStorePassword keyStorePassword(NodeMaterial material) {
        try {
            return new KeyStorePassword(Files.readString(material.password(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new NodeStartupException("node " + material.nodeName() + ": cannot read the key store password "
                    + material.password(), e);
        }
    }

    /** HTTPS for the API and pages; plain HTTP only when allowed, and then on loopback only. */
    @Bean
    WebServerTlsCustomizer webServerTlsCustomizer(NodeMaterial material, KeyStorePassword password,
            @Value("${" + WebServerTlsCustomizer.PLAIN_ALLOWED_PROPERTY + ":false}") boolean plainAllowed) {
        return new WebServerTlsCustomizer(material, password, plainAllowed);
    }

    @Bean
    OfficeKeyring officeKeyring(NodeMaterial material, NetworkRegistry registry, KeyStorePassword password,
            NodeProperties properties) {
        return OfficeKeyring.load(material, registry, password.value().toCharArray(), properties.offices());
    }

    /** Trusts the regional root; the national CAs of the registry help build the signer's path. */
    @Bean
    CertificatePathValidator messageTrust(RegistryTrust trust, NetworkRegistry registry) {
        return new CertificatePathValidator(trust.roots(),
                new ArrayList<>(registry.nationalCertificateAuthorities().values()), trust.crls());
    }

    @Bean
    Sealer sealer(Clock clock) {
        return new CmsSealer(clock);
    }


    @Bean
    LiaisonMessageJson liaisonMessageJson() {
        return new LiaisonMessageJson();
    }

    @Bean
    LiaisonMessageValidator liaisonMessageValidator() {
        return new LiaisonMessageValidator();
    }

    @Bean
    MessageIds messageIds(Clock clock) {
        return new MessageIds(clock, new SecureRandom());
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = BROKER_MODE_PROPERTY, havingValue = "embedded", matchIfMissing = true)
    NodeBroker nodeBroker(NodeProperties properties, NodeMaterial material, NetworkRegistry registry,
            KeyStorePassword password, ForwardingListener forwardingListener, PeerRevocation peerRevocation) {
        NetworkNode self = registry.node(properties.name()).orElseThrow();
        List<NetworkNode> peers = peersOf(properties, registry);
        Map<String, java.security.cert.X509Certificate> peerCertificates = peers.stream()
                .collect(Collectors.toMap(NetworkNode::name, NetworkNode::tlsCertificate));
        BrokerSettings settings = new BrokerSettings(properties.name(), properties.dataDir().resolve("broker"),
                self.broker().host(), self.broker().port(),
                new Pkcs12Store(material.tlsKeyStore(), password.value()),
                new Pkcs12Store(material.trustStore(), password.value()),
                peers.stream().map(node -> new Peer(node.name(), node.broker().host(), node.broker().port())).toList(),
                linkRetry(properties), properties.broker().journalType());
        return new NodeBroker(settings, PinnedPeerCertificates.of(peerCertificates), forwardingListener,
                peerRevocation);
    }

    @Bean
    @ConditionalOnProperty(name = BROKER_MODE_PROPERTY, havingValue = "embedded", matchIfMissing = true)
    RevokedPeerLinksJob revokedPeerLinksJob(NodeBroker broker,
            @Value("${blo.pki.peer-revocation-check:15s}") Duration interval) {
        return new RevokedPeerLinksJob(broker, interval);
    }

    /**
     * A standalone broker holds the addresses, security and bridges; the node logs in with its TLS certificate
     * and the application user. No SENT marking: that needs a plugin inside the broker (docs/scale-out.md).
     */
    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = BROKER_MODE_PROPERTY, havingValue = "external")
    ExternalBroker externalBroker(NodeProperties properties, NodeMaterial material, NetworkRegistry registry,
            KeyStorePassword password) {
        NodeProperties.External external = properties.broker().external();
        Pkcs12Store trustStore = new Pkcs12Store(
                Optional.ofNullable(external.trustStore()).orElse(material.trustStore()),
                Optional.ofNullable(external.trustStorePassword()).orElse(password.value()));
        try {
            return new ExternalBroker(new ExternalBrokerSettings(properties.name(), external.host(), external.port(),
                    Optional.of(new Pkcs12Store(material.tlsKeyStore(), password.value())), trustStore,
                    external.user(), external.password(),
                    peersOf(properties, registry).stream().map(NetworkNode::name).toList(), linkRetry(properties)));
        } catch (IllegalArgumentException e) {
            throw new NodeStartupException(e.getMessage() + "; blo.node.broker.mode is external, so set"
                    + " blo.node.broker.external.host, .port, .user and .password (docs/scale-out.md)", e);
        }
    }

    private static List<NetworkNode> peersOf(NodeProperties properties, NetworkRegistry registry) {
        return registry.nodes().stream()
                .filter(node -> !node.name().equals(properties.name()))
                .filter(node -> properties.peers().isEmpty() || properties.peers().contains(node.name()))
                .toList();
    }

    private static LinkRetry linkRetry(NodeProperties properties) {
        return new LinkRetry(Duration.ofMillis(500), 2.0, properties.linkRetryMax());
    }

    /** Which node delivered an arriving message, for the inbound and audit routes. */
    @Bean
    DeliveringNodes deliveringNodes(ApplicationBroker broker) {
        return DeliveringNodes.on(broker);
    }

    /** Sessions and producers cached for the outbound sends; consumers never cached. */
    @Bean
    ConnectionFactory jmsConnectionFactory(ApplicationBroker broker) {
        CachingConnectionFactory caching = new CachingConnectionFactory(broker.applicationConnectionFactory());
        caching.setSessionCacheSize(10);
        // A cached consumer outlives its listener and keeps prefetching: arrivals would sit in its buffer.
        caching.setCacheConsumers(false);
        return caching;
    }
}
