package org.blohub.hub.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.BrokerEndpoint;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;

/**
 * A standalone Apache Artemis broker in a child process, made from the binary distribution the build unpacks
 * ({@code blo.artemis.home}, set by Failsafe) with {@code artemis create}, then given the project's configuration
 * from {@code config/standalone-broker/}: the way an operator sets one up (docs/scale-out.md). Runs on this JVM's
 * Java 17.
 */
final class StandaloneBroker implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofMinutes(2);
    private static final String ACTIVE = "AMQ221007";
    private static final String[] PROJECT_FILES = {"broker.xml", "bootstrap.xml", "login.config",
        "cert-users.properties", "cert-roles.properties", "artemis-roles.properties"};

    private final Path instance;
    private final Map<String, String> systemProperties;
    private Process process;

    /**
     * @param instance         the broker instance directory to create
     * @param systemProperties the {@code blo.*} properties {@code broker.xml} reads, without the cluster password
     * @param applicationUser  the node application's user and password, written to {@code artemis-users.properties}
     */
    StandaloneBroker(Path instance, Map<String, String> systemProperties, Map.Entry<String, String> applicationUser)
            throws IOException, InterruptedException {
        this.instance = instance;
        Path home = Path.of(System.getProperty("blo.artemis.home",
                "target/artemis-distribution/apache-artemis-2.40.0")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/artemis"))) {
            throw new IllegalStateException("no Artemis distribution at " + home
                    + ": run through Failsafe (mvn verify), which unpacks it in pre-integration-test");
        }
        run(List.of("bash", home.resolve("bin/artemis").toString(), "create", instance.toString(), "--silent",
                "--force", "--no-web", "--require-login", "--user", "unused-admin", "--password", randomSecret(),
                "--nio", "--no-autotune", "--java-memory", "512M"), instance.resolveSibling("artemis-create.log"));
        Path etc = instance.resolve("etc");
        Path projectFiles = TwoNodes.repositoryRoot().resolve("config/standalone-broker");
        for (String file : PROJECT_FILES) {
            Files.copy(projectFiles.resolve(file), etc.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(etc.resolve("artemis-users.properties"),
                applicationUser.getKey() + "=" + applicationUser.getValue() + "\n", StandardCharsets.UTF_8);
        Map<String, String> properties = new LinkedHashMap<>(systemProperties);
        properties.put("blo.broker.cluster-password", randomSecret());
        this.systemProperties = Map.copyOf(properties);
    }

    /**
     * TH's broker of a {@link TwoNodes} network, started, with its bridge to LA: where the registry says TH's broker
     * accepts peers, and an application acceptor on a free port.
     */
    static ForTh startForTh(TwoNodes nodes, Path instance) throws Exception {
        NodeMaterial th = new NodeMaterial(nodes.material, "TH");
        NetworkRegistry registry = new RegistryLoader(new RegistryTrust(PemFiles.readCertificates(th.trustRoot()),
                PemFiles.readCrls(th.crls())), Clock.systemUTC()).load(th.registry());
        NetworkNode thNode = registry.node("TH").orElseThrow();
        NetworkNode laNode = registry.node("LA").orElseThrow();
        String storePassword = Files.readString(th.password(), StandardCharsets.UTF_8).strip();
        int applicationPort = FreeBrokerPorts.next();
        String applicationPassword = randomSecret();
        StandaloneBroker broker = new StandaloneBroker(instance, Map.of(
                "blo.broker.host", thNode.broker().host(),
                "blo.broker.peers-port", String.valueOf(thNode.broker().port()),
                "blo.broker.application-port", String.valueOf(applicationPort),
                "blo.broker.key-store", th.tlsKeyStore().toAbsolutePath().toString(),
                "blo.broker.trust-store", th.trustStore().toAbsolutePath().toString(),
                "blo.broker.store-password", storePassword,
                "blo.peer.LA.host", laNode.broker().host(),
                "blo.peer.LA.port", String.valueOf(laNode.broker().port())),
                Map.entry(ForTh.APPLICATION_USER, applicationPassword));
        broker.start();
        return new ForTh(broker, Map.of(
                "blo.node.broker.mode", "external",
                "blo.node.broker.external.host", thNode.broker().host(),
                "blo.node.broker.external.port", applicationPort,
                "blo.node.broker.external.user", ForTh.APPLICATION_USER,
                "blo.node.broker.external.password", applicationPassword), thNode.broker());
    }

    /**
     * @param nodeProperties  what starts TH against this broker ({@code blo.node.broker.*})
     * @param peersAcceptor   where the broker accepts peers' bridges
     */
    record ForTh(StandaloneBroker broker, Map<String, Object> nodeProperties, BrokerEndpoint peersAcceptor) {
        static final String APPLICATION_USER = "node-TH";
    }

    StandaloneBroker start() throws IOException, InterruptedException {
        List<String> javaArgs = new ArrayList<>(List.of("-Xms64m", "-Xmx256m"));
        systemProperties.forEach((name, value) -> javaArgs.add("-D" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder("bash", instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_ARGS", String.join(" ", javaArgs));
        process = builder.start();
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (!Files.exists(log()) || !Files.readString(log()).contains(ACTIVE)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("standalone broker exited with " + process.exitValue() + ", see " + log());
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("standalone broker not active after " + START_PATIENCE + ", see " + log());
            }
            Thread.sleep(200);
        }
        return this;
    }

    Path log() {
        return instance.resolve("log/console.log");
    }

    /** SIGTERM, so Artemis stops cleanly; the Java process is stopped too if the script did not exec it. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        keepLog();
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    /** The instance lives in a temporary directory; its log is kept in {@code target/} for a failed run. */
    private void keepLog() {
        try {
            Files.copy(log(), Path.of("target", "standalone-broker-" + instance.getFileName() + ".log"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("could not keep the standalone broker log " + log() + ": " + e);
        }
    }

    static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process created = builder.start();
        if (!created.waitFor(2, TimeUnit.MINUTES) || created.exitValue() != 0) {
            created.destroyForcibly();
            throw new IllegalStateException(command.get(1) + " " + command.get(2) + " failed, see " + log);
        }
    }
}
