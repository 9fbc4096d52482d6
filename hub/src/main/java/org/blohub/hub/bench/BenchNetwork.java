package org.blohub.hub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.activemq.artemis.core.server.JournalType;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.broker.BrokerSettings;
import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.broker.LinkRetry;
import org.blohub.hub.broker.NodeBroker;
import org.blohub.hub.broker.Peer;
import org.blohub.hub.broker.PinnedPeerCertificates;
import org.blohub.hub.broker.Pkcs12Store;
import org.blohub.hub.demo.DemoNetworkBootstrap;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's two-node network (TH and LA): a fresh demo PKI and signed registry under the work
 * directory, with free loopback broker ports. It starts either the raw broker pair (the baseline) or
 * the two full nodes (the pipeline), on the same TLS keys and pinned peer certificates.
 */
final class BenchNetwork {

    static final String SENDER_NODE = "TH";
    static final String RECEIVER_NODE = "LA";
    private static final String LOOPBACK = "127.0.0.1";
    private static final String JAR_CONFIGURATION_ONLY = "classpath:/";
    private static final LinkRetry QUICK_RETRY = new LinkRetry(Duration.ofMillis(200), 2.0,
            Duration.ofSeconds(1));

    private final Path workDirectory;
    private final Path material;
    private final NetworkRegistry registry;

    private BenchNetwork(Path workDirectory, Path material, NetworkRegistry registry) {
        this.workDirectory = workDirectory;
        this.material = material;
        this.registry = registry;
    }

    /** Generates the PKI and the signed registry from the demo template, with TH and LA on free ports. */
    static BenchNetwork create(Path workDirectory, Path template) {
        try {
            Files.createDirectories(workDirectory);
            String text = Files.readString(template, StandardCharsets.UTF_8);
            String rewritten = text.replace("port: 61617", "port: " + FreeBrokerPorts.next())
                    .replace("port: 61618", "port: " + FreeBrokerPorts.next());
            if (rewritten.equals(text)) {
                throw new BenchException("the template " + template + " does not declare TH and LA on the demo broker"
                        + " ports 61617 and 61618, which the benchmark replaces with free ports");
            }
            Path templateCopy = workDirectory.resolve("network.yaml");
            Files.writeString(templateCopy, rewritten, StandardCharsets.UTF_8);
            Path material = workDirectory.resolve("demo");
            new DemoNetworkBootstrap(material, workDirectory, templateCopy, Clock.systemUTC())
                    .ensure(List.of(SENDER_NODE, RECEIVER_NODE));
            return new BenchNetwork(workDirectory, material, loadRegistry(material));
        } catch (IOException e) {
            throw new BenchException("cannot prepare the benchmark network under " + workDirectory, e);
        }
    }

    /** TH and LA as bare brokers, bridged over TLS like the nodes, on their own ports and journals. */
    RawBrokerPair startRawBrokers(JournalType journalType) {
        int senderPort = FreeBrokerPorts.next();
        int receiverPort = FreeBrokerPorts.next();
        NodeBroker sender = rawBroker(SENDER_NODE, senderPort, RECEIVER_NODE, receiverPort, journalType);
        NodeBroker receiver = rawBroker(RECEIVER_NODE, receiverPort, SENDER_NODE, senderPort, journalType);
        sender.start();
        try {
            receiver.start();
        } catch (RuntimeException e) {
            sender.close();
            throw e;
        }
        return new RawBrokerPair(sender, receiver);
    }

    /** TH and LA as full nodes (Spring contexts with broker, database, routes), quiet logging. */
    PipelineNodes startNodes(int inboundConsumers, JournalType journalType) {
        return startNodes(inboundConsumers, journalType, node -> Map.of());
    }

    /** As {@link #startNodes(int, JournalType)}, each node with the database settings given for it. */
    PipelineNodes startNodes(int inboundConsumers, JournalType journalType,
            Function<String, Map<String, Object>> databaseOf) {
        Map<String, Object> properties = Map.of(
                "blo.inbound.consumers", inboundConsumers,
                "blo.node.broker.journal-type", journalType.name());
        ConfigurableApplicationContext sender = startNode(SENDER_NODE, with(properties, databaseOf.apply(SENDER_NODE)));
        try {
            return new PipelineNodes(sender, startNode(RECEIVER_NODE, with(properties, databaseOf.apply(RECEIVER_NODE))));
        } catch (RuntimeException e) {
            sender.close();
            throw e;
        }
    }

    /**
     * One node (TH or LA) with its data under the work directory, linked to the other, quiet logging. Its
     * configuration is the jar's own: Boot would otherwise also read an {@code application.yml} in any subdirectory of
     * {@code ./config} where the benchmark runs.
     */
    ConfigurableApplicationContext startNode(String node, Map<String, Object> properties) {
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("logging.level.root", "WARN");
        settings.put("spring.config.location", JAR_CONFIGURATION_ONLY);
        return NodeLauncher.start(node, material, dataDirectory(node), 0, List.of(peerOf(node)), settings);
    }

    private static Map<String, Object> with(Map<String, Object> properties, Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putAll(more);
        return all;
    }

    /** Whether the node has run here before: its database exists. */
    boolean hasData(String node) {
        return Files.isDirectory(dataDirectory(node).resolve("db"));
    }

    private Path dataDirectory(String node) {
        return workDirectory.resolve(node);
    }

    private static String peerOf(String node) {
        return node.equals(SENDER_NODE) ? RECEIVER_NODE : SENDER_NODE;
    }

    private NodeBroker rawBroker(String node, int port, String peer, int peerPort, JournalType journalType) {
        NodeMaterial files = new NodeMaterial(material, node);
        String password = password(files);
        BrokerSettings settings = new BrokerSettings(node, workDirectory.resolve("raw").resolve(node), LOOPBACK, port,
                new Pkcs12Store(files.tlsKeyStore(), password), new Pkcs12Store(files.trustStore(), password),
                List.of(new Peer(peer, LOOPBACK, peerPort)), QUICK_RETRY, journalType);
        NetworkNode peerNode = registry.node(peer)
                .orElseThrow(() -> new BenchException("node " + peer + " is not in the benchmark registry"));
        return new NodeBroker(settings, PinnedPeerCertificates.of(Map.of(peer, peerNode.tlsCertificate())));
    }

    private static String password(NodeMaterial files) {
        try {
            return Files.readString(files.password(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new BenchException("cannot read the key store password of node " + files.nodeName(), e);
        }
    }

    private static NetworkRegistry loadRegistry(Path material) {
        NodeMaterial files = new NodeMaterial(material, SENDER_NODE);
        try {
            RegistryTrust trust = new RegistryTrust(PemFiles.readCertificates(files.trustRoot()),
                    PemFiles.readCrls(files.crls()));
            return new RegistryLoader(trust, Clock.systemUTC()).load(files.registry());
        } catch (RegistryException e) {
            throw new BenchException("the benchmark registry does not verify: " + e.getMessage(), e);
        }
    }
}
