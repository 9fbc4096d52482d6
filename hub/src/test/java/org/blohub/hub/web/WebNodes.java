package org.blohub.hub.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoPairMaterial;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.demo.SharedDemoPair;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo pair for page tests: TH and LA as two Spring contexts in this JVM, each with its own broker, H2 database
 * and HTTP port, bridged over loopback mutual TLS with a fresh demo PKI and signed registry ({@link DemoPairMaterial}).
 * Either a pair of the test's own, or a view of the pair shared by this JVM's tests ({@link #sharing}).
 */
public final class WebNodes implements AutoCloseable {

    public final DemoCredentials credentials;
    private final Path directory;
    private final Path material;
    private final boolean ownsNodes;
    public ConfigurableApplicationContext th;
    public ConfigurableApplicationContext la;

    public WebNodes(Path directory) throws IOException {
        this(directory, DemoPairMaterial.copyOfPlain(directory), true);
    }

    private WebNodes(Path directory, DemoCredentials credentials, boolean ownsNodes) {
        this.directory = directory;
        this.material = directory.resolve("demo");
        this.credentials = credentials;
        this.ownsNodes = ownsNodes;
    }

    /** The pair this test JVM shares among the tests that leave it as they found it (see {@link SharedDemoPair}). */
    public static WebNodes sharing(SharedDemoPair.DemoPair pair) {
        WebNodes nodes = new WebNodes(pair.directory(), pair.credentials(), false);
        nodes.th = pair.th();
        nodes.la = pair.la();
        return nodes;
    }

    /** Starts TH, then LA; closes TH again if LA does not start, so that no node outlives its test. */
    public WebNodes start() {
        th = NodeLauncher.start("TH", material, directory.resolve("TH"), 0, List.of("LA"), Map.of());
        try {
            la = NodeLauncher.start("LA", material, directory.resolve("LA"), 0, List.of("TH"), Map.of());
        } catch (RuntimeException laDidNotStart) {
            th.close();
            throw laDidNotStart;
        }
        return this;
    }

    public static String baseUrl(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    public static Path repositoryRoot() {
        return DemoPairMaterial.repositoryRoot();
    }

    /** Closes the nodes this pair started; the shared pair is closed once, after the last test. */
    @Override
    public void close() {
        if (!ownsNodes) {
            return;
        }
        if (la != null && la.isActive()) {
            la.close();
        }
        if (th != null && th.isActive()) {
            th.close();
        }
    }
}
