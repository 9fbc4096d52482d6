package org.blohub.hub.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blohub.hub.HubApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one node as its own Spring context: its own embedded broker, H2 database and HTTP port.
 * Several can run in one JVM (the demo and the integration tests). Demo material is allowed, and the API and pages
 * are served over plain HTTP on the loopback address only (a caller's {@code extraProperties} may say otherwise).
 */
public final class NodeLauncher {

    private NodeLauncher() {
    }

    /**
     * @param dataDir  this node's broker journal and database, e.g. {@code ./data/TH}
     * @param httpPort 0 for any free port
     */
    public static ConfigurableApplicationContext start(String nodeName, Path materialDir, Path dataDir, int httpPort,
            List<String> peers, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("blo.node.name", nodeName);
        properties.put("blo.node.material-dir", materialDir.toAbsolutePath().toString());
        properties.put("blo.node.data-dir", dataDir.toAbsolutePath().toString());
        properties.put("blo.node.peers", String.join(",", peers));
        properties.put("server.port", httpPort);
        properties.put("blo.node.allow-demo-material", true);
        properties.put("blo.http.plain-allowed", true);
        properties.putAll(extraProperties);
        // Command-line arguments outrank application.yml, unlike SpringApplicationBuilder.properties().
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(HubApplication.class).run(arguments);
    }
}
