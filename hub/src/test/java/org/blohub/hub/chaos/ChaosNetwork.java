package org.blohub.hub.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoPairMaterial;
import org.blohub.hub.registry.DemoRegistrySigner;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * TH and LA as two node JVMs running the built jar ({@code node}), each on its own data directory (H2 file, Artemis
 * journal), with a {@link ChaosProxy} in each direction of their TLS core bridges. Each node reads a registry of its
 * own in which the other node's broker port is the proxy's: TH's bridge goes to the proxy in front of LA's acceptor
 * and back. Both registries are signed by a registry signer this test holds, under a second regional root both nodes
 * trust (as {@code LiveRegistryIT} does), because the demo does not keep its registry signer's key.
 */
final class ChaosNetwork implements AutoCloseable {

    static final List<String> NODES = List.of("TH", "LA");
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    final Path directory;
    final DemoCredentials credentials;
    private final HttpClient http;
    private final Map<String, Integer> httpPorts = new LinkedHashMap<>();
    private final Map<String, Integer> brokerPorts = new LinkedHashMap<>();
    private final Map<String, ChaosProxy> proxiesInFront = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> starts = new LinkedHashMap<>();
    private final JsonNode registry;

    private ChaosNetwork(Path directory, DemoCredentials credentials, JsonNode registry) throws Exception {
        this.directory = directory;
        this.credentials = credentials;
        this.registry = registry;
        this.http = HttpClient.newBuilder().sslContext(trustingRoots(directory.resolve("demo")))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Writes the material and starts the proxies; the nodes are started with {@link #start(String)}. */
    static ChaosNetwork create(Path directory) throws Exception {
        DemoCredentials credentials = DemoPairMaterial.fresh(directory, List.of(), "");
        Path shared = directory.resolve("demo");
        Credential signer = trustAnotherRegistrySigner(shared);
        ObjectNode published = (ObjectNode) YAML.readTree(Files.readAllBytes(shared.resolve("registry.yaml")));
        ChaosNetwork network = new ChaosNetwork(directory, credentials, published);
        for (String node : NODES) {
            network.brokerPorts.put(node, network.nodeEntry(node).get("broker").get("port").asInt());
            network.httpPorts.put(node, FreeBrokerPorts.next());
        }
        Map<String, Integer> proxyPorts = new LinkedHashMap<>();
        for (String node : NODES) {
            int port = FreeBrokerPorts.next();
            proxyPorts.put(node, port);
            network.proxiesInFront.put(node, ChaosProxy.start("proxy-to-" + node, port, network.brokerPorts.get(node)));
        }
        for (String node : NODES) {
            ObjectNode own = published.deepCopy();
            own.put("serial", 2);
            for (JsonNode entry : own.get("nodes")) {
                String name = entry.get("name").asString();
                if (!name.equals(node) && proxyPorts.containsKey(name)) {
                    ((ObjectNode) entry.get("broker")).put("port", proxyPorts.get(name));
                }
            }
            Path material = materialOf(directory, node);
            copyTree(shared, material);
            byte[] bytes = YAML.writeValueAsBytes(own);
            Files.write(material.resolve("registry.yaml"), bytes);
            Files.write(material.resolve("registry.yaml.p7s"), new DetachedSigner(Clock.systemUTC()).sign(bytes, signer));
        }
        return network;
    }

    private static Path materialOf(Path directory, String node) {
        return directory.resolve("demo-" + node);
    }

    private JsonNode nodeEntry(String node) {
        for (JsonNode entry : registry.get("nodes")) {
            if (entry.get("name").asString().equals(node)) {
                return entry;
            }
        }
        throw new AssertionError("node " + node + " not in the registry");
    }

    String auditLogKey(String node) {
        return nodeEntry(node).get("auditLogKey").asString();
    }

    String auditWitnessKey(String node) {
        return nodeEntry(node).get("auditWitnessKey").asString();
    }

    static String peerOf(String node) {
        return node.equals("TH") ? "LA" : "TH";
    }

    /** The proxy that the peer's bridge goes through to reach this node. */
    ChaosProxy proxyInFrontOf(String node) {
        return proxiesInFront.get(node);
    }

    Path dataOf(String node) {
        return directory.resolve(node);
    }

    URI baseUri(String node) {
        return URI.create("https://localhost:" + httpPorts.get(node));
    }

    Path trustRoot() {
        return directory.resolve("demo").resolve("pki/root.pem");
    }

    /** Starts the node's JVM on its data and waits until it answers with both links up or, after a kill, at least healthy. */
    void start(String node) throws IOException {
        int run = starts.merge(node, 1, Integer::sum);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", DemoPairMaterial.repositoryRoot().resolve("hub/target/blohub-hub.jar").toString(),
                "node", "--blo.node.name=" + node, "--blo.node.allow-demo-material=true",
                "--blo.node.material-dir=" + materialOf(directory, node), "--blo.node.data-dir=" + dataOf(node),
                "--blo.node.peers=" + peerOf(node), "--server.port=" + httpPorts.get(node),
                // reconnect within seconds after a fault, and have checkpoints cosigned soon after the drain
                "--blo.node.link-retry-max=5s", "--blo.audit.checkpoint-interval=5s",
                "--blo.audit.cosign-backoff-max=20s"));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve(node + "-" + run + ".log").toFile()).start();
        processes.put(node, process);
    }

    /** Waits until the node's health answers 200 (database, broker and disk up). */
    void awaitHealthy(String node) {
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(processes.get(node).isAlive()).as(() -> node + " exited while starting:\n" + logTail(node)).isTrue();
            HttpResponse<String> health;
            try {
                health = send(asAdmin(node, "/actuator/health").GET().build());
            } catch (IOException notYetListening) {
                throw new AssertionError(node + " not answering yet", notYetListening);
            }
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        });
    }

    /** Waits until the node's bridge to its peer is connected. */
    void awaitLinkUp(String node, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            HttpResponse<String> health = send(asAdmin(node, "/actuator/health").GET().build());
            JsonNode peers = JSON.readTree(health.body()).at("/components/broker/details/peers");
            assertThat(peers.at("/" + peerOf(node) + "/link").asString()).as(node + " -> " + peerOf(node)).isEqualTo("UP");
        });
    }

    boolean isAlive(String node) {
        return processes.containsKey(node) && processes.get(node).isAlive();
    }

    /** SIGKILL of the node's own JVM: no shutdown hook runs, nothing is flushed or closed. */
    void kill(String node) throws InterruptedException {
        Process process = processes.get(node);
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as an operator stops a node; waits until its JVM is gone (the database is then closed). */
    void stop(String node) throws InterruptedException {
        Process process = processes.get(node);
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    int starts(String node) {
        return starts.getOrDefault(node, 0);
    }

    HttpRequest.Builder asSystem(String node, String office, String path) {
        return request(node, path, "Bearer " + credentials.tokenOf(office).token());
    }

    HttpRequest.Builder asAdmin(String node, String path) {
        return request(node, path, "Basic " + basic(credentials.adminOf(node)));
    }

    DemoCredentials.Officer auditorOf(String node) {
        return credentials.auditorOf(node);
    }

    HttpRequest.Builder asAuditor(String node, String path) {
        return request(node, path, "Basic " + basic(credentials.auditorOf(node)));
    }

    private HttpRequest.Builder request(String node, String path, String authorization) {
        return HttpRequest.newBuilder(baseUri(node).resolve(path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", authorization);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String logTail(String node) {
        Path log = directory.resolve(node + "-" + starts(node) + ".log");
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log " + log + ": " + e.getMessage() + ")";
        }
    }

    private static String basic(DemoCredentials.Officer account) {
        return Base64.getEncoder().encodeToString((account.user() + ":" + account.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The demo does not keep its registry signer's key: the nodes are made to trust a second regional root (and its
     * CRL) whose registry signer this test holds, as an operator adds a root before a key rollover.
     */
    private static Credential trustAnotherRegistrySigner(Path material) {
        DevelopmentPki lab = DevelopmentPki.create("Mekong Chaos", Clock.systemUTC());
        Path roots = material.resolve("pki/root.pem");
        Path crls = material.resolve("pki/crls.pem");
        List<X509Certificate> trusted = new ArrayList<>(PemFiles.readCertificates(roots));
        trusted.add(lab.root().certificate());
        PemFiles.writeCertificates(roots, trusted);
        List<X509CRL> current = new ArrayList<>(PemFiles.readCrls(crls));
        current.add(lab.root().currentCrl());
        PemFiles.writeCrls(crls, current);
        return DemoRegistrySigner.issue(lab.root(), Clock.systemUTC());
    }

    private static SSLContext trustingRoots(Path material) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        List<X509Certificate> roots = PemFiles.readCertificates(material.resolve("pki/root.pem"));
        for (int i = 0; i < roots.size(); i++) {
            trusted.setCertificateEntry("root-" + i, roots.get(i));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Kills what still runs (a failed test) and closes the proxies. */
    @Override
    public void close() throws Exception {
        for (Process process : processes.values()) {
            process.destroyForcibly();
        }
        for (Process process : processes.values()) {
            process.waitFor();
        }
        for (ChaosProxy proxy : proxiesInFront.values()) {
            proxy.close();
        }
    }
}
