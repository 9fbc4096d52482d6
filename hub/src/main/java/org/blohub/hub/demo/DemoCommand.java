package org.blohub.hub.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.node.NodeStartupException;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: two nodes, Thailand (TH) and Laos (LA), in one JVM, bridged over loopback TLS.
 * Generates the demo PKI and signed registry on first start, then prints URLs and sign-in details.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the two-node demo (TH and LA) in one JVM.")
public final class DemoCommand implements Callable<Integer> {

    private static final List<String> NODES = List.of("TH", "LA");

    @Option(names = "--data-dir", description = "where the demo keeps keys, registry and data (default ./data)")
    Path dataRoot = Path.of("data");

    @Option(names = "--template", description = "the registry template (default config/demo/network.yaml)")
    Path template = Path.of("config", "demo", "network.yaml");

    @Option(names = "--adapters", description = "where the nodes' adapter configurations <node>.yaml are "
            + "(default config/adapters); their relative directories are resolved against --data-dir")
    Path adapters = Path.of("config", "adapters");

    @Option(names = "--nodes", split = ",", description = "the nodes to generate keys for (default TH,LA); "
            + "only TH and LA are started")
    List<String> hostedNodes = NODES;

    @Option(names = "--generate-only", description = "generate the material and exit without starting the nodes "
            + "(e.g. for the three-node lab of config/compose)")
    boolean generateOnly;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Path material = dataRoot.resolve("demo");
        if (!Files.exists(material.resolve("registry.yaml")) && !Files.exists(template)) {
            out.println("Cannot find the registry template " + template.toAbsolutePath()
                    + ". Run the demo from the repository root, or pass --template.");
            return 2;
        }
        DemoNetworkBootstrap bootstrap = new DemoNetworkBootstrap(material, dataRoot, template, Clock.systemUTC());
        if (bootstrap.ensure(hostedNodes)) {
            out.println("Generated the demo PKI, keys and signed registry under " + material.toAbsolutePath());
        }
        if (generateOnly) {
            return 0;
        }
        DemoCredentials credentials = bootstrap.credentials();
        ConfigurableApplicationContext th = NodeLauncher.start("TH", material, dataRoot.resolve("TH"),
                httpPort(material, "TH"), List.of("LA"), nodeProperties("TH", "LA", credentials, material));
        ConfigurableApplicationContext la = NodeLauncher.start("LA", material, dataRoot.resolve("LA"),
                httpPort(material, "LA"), List.of("TH"), nodeProperties("LA", "TH", credentials, material));
        printWelcome(out, credentials, th.getEnvironment(), la.getEnvironment());
        printAdapters(out);
        return 0;
    }

    /**
     * The node's adapters, and the peer's demo auditor account for the auditor's timeline across both nodes (the
     * demo's HTTP is plain, on localhost).
     */
    private Map<String, Object> nodeProperties(String node, String peer, DemoCredentials credentials, Path material) {
        DemoCredentials.Officer peerAuditor = credentials.auditorOf(peer);
        Map<String, Object> properties = new HashMap<>(adapterProperties(node));
        properties.put("blo.oversight.peer-audit-api.user", peerAuditor.user());
        properties.put("blo.oversight.peer-audit-api.password", peerAuditor.password());
        properties.put("blo.oversight.peer-audit-api.urls." + peer, "http://localhost:" + httpPort(material, peer));
        return properties;
    }

    /** The node's adapter configuration, when the demo has one for it; the node creates the adapters' directories. */
    private Map<String, Object> adapterProperties(String node) {
        Path file = adapters.resolve(node + ".yaml");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        return Map.of("blo.adapters.config", file.toAbsolutePath().toString(),
                "blo.adapters.base-dir", dataRoot.toAbsolutePath().toString());
    }

    private void printAdapters(PrintStream out) {
        if (Files.isRegularFile(adapters.resolve("LA.yaml")) && Files.isRegularFile(adapters.resolve("TH.yaml"))) {
            out.println("Adapters: drop a Lao customs CSV into " + dataRoot.resolve("adapters/LA/LA-HOUAYXAY/inbox")
                    + "; Thai CMS XML files appear in " + dataRoot.resolve("adapters/TH/TH-CHIANGKHONG/outbox") + ".");
            out.println();
        }
    }

    /** The HTTP port the signed registry gives the node. */
    static int httpPort(Path material, String node) {
        NodeMaterial files = new NodeMaterial(material, node);
        try {
            RegistryTrust trust = new RegistryTrust(PemFiles.readCertificates(files.trustRoot()),
                    PemFiles.readCrls(files.crls()));
            return new RegistryLoader(trust, Clock.systemUTC()).load(files.registry()).node(node)
                    .orElseThrow(() -> new NodeStartupException("node " + node + " is not in " + files.registry()))
                    .httpPort();
        } catch (RegistryException e) {
            throw new NodeStartupException("demo registry refused: " + e.getMessage(), e);
        }
    }

    private static void printWelcome(PrintStream out, DemoCredentials credentials, Environment... nodes) {
        out.println();
        out.println("BLO Hub demo is running (DEMO keys: never use them for real traffic).");
        for (Environment node : nodes) {
            String name = node.getProperty("blo.node.name");
            String base = "http://localhost:" + node.getProperty("local.server.port");
            out.println("  node " + name + ": pages " + base + "/login   API docs " + base + "/swagger-ui.html   health "
                    + base + "/actuator/health");
        }
        out.println();
        out.println("Officers (web pages and HTTP Basic):");
        credentials.officers().forEach(officer -> out.println("  " + officer.node() + "  " + officer.office()
                + "  user " + officer.user() + "  password " + officer.password()));
        out.println("Coordinators (officers who also get the office's overdue notices, page /notices):");
        credentials.coordinators().forEach(coordinator -> out.println("  " + coordinator.node() + "  "
                + coordinator.office() + "  user " + coordinator.user() + "  password " + coordinator.password()));
        out.println("Administrators (HTTP Basic: /api/admin, health details, /actuator/prometheus):");
        credentials.admins().forEach(admin -> out.println("  " + admin.node() + "  user " + admin.user()
                + "  password " + admin.password()));
        out.println("Auditors (web pages and HTTP Basic, read-only):");
        credentials.auditors().forEach(auditor -> out.println("  " + auditor.node() + "  user " + auditor.user()
                + "  password " + auditor.password()));
        out.println("API tokens for national systems (Authorization: Bearer <token>):");
        credentials.tokens().forEach(token -> out.println("  " + token.node() + "  " + token.office()
                + "  " + token.token()));
        out.println();
        out.println("Try it: README.md, section 'Demo'.");
    }
}
