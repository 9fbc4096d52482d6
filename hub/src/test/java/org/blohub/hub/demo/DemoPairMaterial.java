package org.blohub.hub.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.blohub.hub.broker.FreeBrokerPorts;

/**
 * The demo network's material for a TH and LA pair run by tests: a fresh demo PKI, keys and signed registry under
 * {@code <directory>/demo}, the audit keys of the hosted nodes under {@code <directory>/<NODE>}, and every registry
 * node's broker port replaced by a free port, so that tests do not collide with a running demo.
 */
public final class DemoPairMaterial {

    private static final int FIRST_DEMO_BROKER_PORT = 61617;
    private static final int LAST_DEMO_BROKER_PORT = 61621;

    private DemoPairMaterial() {
    }

    /**
     * Generates the material unless {@code <directory>/demo} already holds it (a pair started again on its data).
     *
     * @param thirdNodes     registry nodes besides TH and LA whose keys are generated too
     * @param moreAgreements YAML list items appended to the demo registry's {@code agreements}
     */
    public static DemoCredentials ensure(Path directory, List<String> thirdNodes, String moreAgreements)
            throws IOException {
        String template = Files.readString(repositoryRoot().resolve("config/demo/network.yaml"));
        for (int demoPort = FIRST_DEMO_BROKER_PORT; demoPort <= LAST_DEMO_BROKER_PORT; demoPort++) {
            template = template.replace("port: " + demoPort, "port: " + FreeBrokerPorts.next());
        }
        Path templateFile = directory.resolve("network.yaml");
        Files.writeString(templateFile, template + moreAgreements);
        DemoNetworkBootstrap bootstrap = new DemoNetworkBootstrap(directory.resolve("demo"), directory, templateFile,
                Clock.systemUTC());
        List<String> hosted = new ArrayList<>(List.of("TH", "LA"));
        hosted.addAll(thirdNodes);
        bootstrap.ensure(hosted);
        return bootstrap.credentials();
    }

    /** The checkout's root: the nearest directory above the working directory holding the demo registry template. */
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
}
