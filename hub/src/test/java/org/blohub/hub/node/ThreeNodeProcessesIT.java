package org.blohub.hub.node;

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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoNetworkBootstrap;
import org.blohub.hub.demo.DemoPairMaterial;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three-country lab of {@code config/compose/compose.yaml} (TH, LA, MM) on this machine: each node is its own JVM
 * running the built jar with {@code node}, on its own H2 database (compose gives each a PostgreSQL), bridged over
 * loopback mutual TLS, each serving its API over HTTPS with its TLS certificate. TH sends a request to LA and one to
 * MM along the demo registry's agreements, and both come back DELIVERED.
 */
class ThreeNodeProcessesIT {

    // three JVMs start at once: on a loaded two-core machine each may take several minutes
    private static final Duration STARTUP = Duration.ofMinutes(8);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each node and the nodes it bridges to (LA and MM have no agreement with each other). */
    private static final Map<String, List<String>> LAB = Map.of("TH", List.of("LA", "MM"), "LA", List.of("TH"),
            "MM", List.of("TH"));

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    private HttpClient http;
    private final Map<String, Process> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> httpPorts = new LinkedHashMap<>();
    private DemoCredentials credentials;

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Process node : nodes.values()) {
            node.destroy();
        }
        for (Process node : nodes.values()) {
            node.waitFor();
        }
    }

    @Test
    void thSendsToLaAndToMmAndBothAreDelivered() throws Exception {
        credentials = writeLabMaterial();
        http = RegionalRootHttpClient.of(directory.resolve("demo"));
        for (String node : List.of("TH", "LA", "MM")) {
            nodes.put(node, start(node));
        }
        for (String node : nodes.keySet()) {
            awaitLinksUp(node);
        }

        String toLa = submit("TH-CHIANGKHONG", "LA-HOUAYXAY");
        String toMm = submit("TH-MAESAI", "MM-TACHILEIK");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(status("TH-CHIANGKHONG", toLa)).isEqualTo("DELIVERED");
            assertThat(status("TH-MAESAI", toMm)).isEqualTo("DELIVERED");
        });
        assertThat(inbox("LA", "LA-HOUAYXAY")).contains(toLa).doesNotContain(toMm);
        assertThat(inbox("MM", "MM-TACHILEIK")).contains(toMm).doesNotContain(toLa);
    }

    private DemoCredentials writeLabMaterial() throws IOException {
        String template = Files.readString(DemoPairMaterial.repositoryRoot().resolve("config/demo/network.yaml"));
        for (int demoPort = 61617; demoPort <= 61621; demoPort++) {
            template = template.replace("port: " + demoPort, "port: " + FreeBrokerPorts.next());
        }
        Path templateFile = directory.resolve("network.yaml");
        Files.writeString(templateFile, template);
        DemoNetworkBootstrap bootstrap = new DemoNetworkBootstrap(directory.resolve("demo"), directory, templateFile,
                Clock.systemUTC());
        bootstrap.ensure(List.of("TH", "LA", "MM"));
        return bootstrap.credentials();
    }

    private Process start(String node) throws IOException {
        // below the ephemeral range: nothing else takes it as a source port while the node JVM starts
        int port = FreeBrokerPorts.next();
        httpPorts.put(node, port);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", DemoPairMaterial.repositoryRoot().resolve("hub/target/blohub-hub.jar").toString(), "node",
                "--blo.node.name=" + node, "--blo.node.allow-demo-material=true",
                "--blo.node.material-dir=" + directory.resolve("demo"), "--blo.node.data-dir=" + directory.resolve(node),
                "--blo.node.peers=" + String.join(",", LAB.get(node)), "--server.port=" + port));
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve(node + ".log").toFile()).start();
    }

    /** Waits until the node answers and, as its administrator, sees every bridge of its lab links connected. */
    private void awaitLinksUp(String node) {
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(nodes.get(node).isAlive()).as(() -> logTail(node)).isTrue();
            HttpResponse<String> health;
            try {
                health = http.send(request(node, "/actuator/health", "Basic " + basic(credentials.adminOf(node))).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYetListening) {
                throw new AssertionError(node + " not answering yet", notYetListening);
            }
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            JsonNode peers = JSON.readTree(health.body()).at("/components/broker/details/peers");
            for (String peer : LAB.get(node)) {
                assertThat(peers.at("/" + peer + "/link").asString()).as(node + " -> " + peer).isEqualTo("UP");
            }
        });
    }

    private String submit(String from, String to) throws Exception {
        String body = """
                {"to": ["%s"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
                 "language": "en", "subject": "Three-node lab", "body": "Did pickup 1AB-2345 cross in the last 48 hours?"}"""
                .formatted(to);
        HttpResponse<String> response = http.send(request("TH", "/api/messages", "Bearer " + credentials.tokenOf(from).token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("messageId").asString();
    }

    private String status(String office, String id) throws Exception {
        HttpResponse<String> response = http.send(request("TH", "/api/messages/" + id,
                "Bearer " + credentials.tokenOf(office).token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("message").get("status").asString();
    }

    private String inbox(String node, String office) throws Exception {
        HttpResponse<String> response = http.send(request(node, "/api/messages/inbox?limit=50",
                "Bearer " + credentials.tokenOf(office).token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpRequest.Builder request(String node, String path, String authorization) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + httpPorts.get(node) + path))
                .timeout(Duration.ofMinutes(1)).header("Authorization", authorization);
    }

    private static String basic(DemoCredentials.Officer account) {
        return Base64.getEncoder().encodeToString((account.user() + ":" + account.password())
                .getBytes(StandardCharsets.UTF_8));
    }


    private String logTail(String node) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve(node + ".log"));
            return node + " exited; its log ends:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return node + " exited; no log: " + e.getMessage();
        }
    }
}
