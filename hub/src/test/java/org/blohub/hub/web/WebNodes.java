package org.blohub.hub.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoNetworkBootstrap;
import org.blohub.hub.demo.NodeLauncher;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo pair for page tests: TH and LA as two Spring contexts in this JVM, each with its own broker, H2 database
 * and HTTP port, bridged over loopback mutual TLS with a fresh demo PKI and signed registry. Broker ports are free
 * ports, so the tests do not collide with a running demo.
 */
public final class WebNodes implements AutoCloseable {

    public final DemoCredentials credentials;
    private final Path directory;
    private final Path material;
    public ConfigurableApplicationContext th;
    public ConfigurableApplicationContext la;

    public WebNodes(Path directory) throws IOException {
        this.directory = directory;
        this.material = directory.resolve("demo");
        String template = Files.readString(repositoryRoot().resolve("config/demo/network.yaml"));
        for (int demoPort = 61617; demoPort <= 61621; demoPort++) {
            template = template.replace("port: " + demoPort, "port: " + FreeBrokerPorts.next());
        }
        Path templateFile = directory.resolve("network.yaml");
        Files.writeString(templateFile, template);
        DemoNetworkBootstrap bootstrap = new DemoNetworkBootstrap(material, directory, templateFile, Clock.systemUTC());
        bootstrap.ensure(List.of("TH", "LA"));
        this.credentials = bootstrap.credentials();
    }

    public WebNodes start() {
        th = NodeLauncher.start("TH", material, directory.resolve("TH"), 0, List.of("LA"), Map.of());
        la = NodeLauncher.start("LA", material, directory.resolve("LA"), 0, List.of("TH"), Map.of());
        return this;
    }

    public static String baseUrl(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    public static Path repositoryRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null && !Files.exists(candidate.resolve("config/demo/network.yaml"))) {
            candidate = candidate.getParent();
        }
        if (candidate == null) {
            throw new IllegalStateException("config/demo/network.yaml not found above " + Path.of("").toAbsolutePath());
        }
        return candidate;
    }

    @Override
    public void close() {
        if (la != null && la.isActive()) {
            la.close();
        }
        if (th != null && th.isActive()) {
            th.close();
        }
    }
}
