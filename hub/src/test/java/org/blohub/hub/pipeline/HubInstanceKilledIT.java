package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two hub instances of TH as separate JVMs on TH's standalone broker and one PostgreSQL database, with LA sending to
 * TH and both instances taking TH's submissions. One instance is killed with SIGKILL in the middle of the traffic;
 * its clients retry on the other with the same {@code Idempotency-Key}. The survivor carries on: every accepted
 * message is delivered exactly once, the audit log has no gap and verifies against a checkpoint the survivor signed.
 * Runs with {@code -Dblo.scale-out=true} (docs/scale-out.md).
 */
@EnabledIfSystemProperty(named = "blo.scale-out", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubInstanceKilledIT {

        private static final int PER_DIRECTION = 40;
    private static final int KILL_AFTER = 12;
    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final Duration RETRY_FOR = Duration.ofMinutes(6);
    private static final Duration DELIVERY = Duration.ofMinutes(6);

    @TempDir
    static Path directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Process> instances = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, AtomicInteger> acceptedBy = Map.of("th-a", new AtomicInteger(), "th-b", new AtomicInteger());
    private final AtomicInteger movedToTheSurvivor = new AtomicInteger();
    private ScaleOutNetwork network;
    private TwoNodes nodes;
    private List<String> instanceArguments;

    @BeforeAll
    void startBrokerDatabaseAndInstances() throws Exception {
        network = ScaleOutNetwork.start(directory);
        nodes = network.nodes;
        instanceArguments = network.thInstance(Map.of(
                "blo.audit.checkpoint-interval", "1s",
                "blo.audit.checkpoint-lease", "5s",
                "blo.node.name", "TH",
                "blo.node.peers", "LA",
                "blo.node.allow-demo-material", true,
                "blo.http.plain-allowed", true,
                "blo.node.material-dir", nodes.material.toAbsolutePath(),
                "blo.node.data-dir", network.thDataDirectory.toAbsolutePath()))
                .entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
        start("th-a");
        awaitHealthy("th-a");
        start("th-b");
        awaitHealthy("th-b");
        nodes.startLa();
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (Process instance : instances.values()) {
            instance.destroy();
            instance.waitFor();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void theSurvivingInstanceCarriesEveryAcceptedMessageExactlyOnce() throws Exception {
        AtomicInteger acceptedFromTh = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<String>> fromTh = new ArrayList<>();
        List<Future<String>> fromLa = new ArrayList<>();
        try {
            for (int n = 0; n < PER_DIRECTION; n++) {
                int number = n;
                String first = n % 2 == 0 ? "th-a" : "th-b";
                fromTh.add(clients.submit(() -> {
                    String id = submitToTh(first, "th-key-" + number, "to LA " + number);
                    if (acceptedFromTh.incrementAndGet() == KILL_AFTER) {
                        kill("th-a");
                    }
                    return id;
                }));
                fromLa.add(clients.submit(() -> submitAtLa("from LA " + number)));
            }
            for (Future<String> id : fromLa) {
                awaitOutboxStatus(nodes.la, "LA-HOUAYXAY", id.get(), "DELIVERED");
            }
            for (Future<String> id : fromTh) {
                awaitThOutboxStatus(id.get(), "DELIVERED");
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(instances.get("th-a").isAlive()).isFalse();
        System.out.printf("HubInstanceKilledIT: th-a killed after %d accepted submissions to TH; 202 from th-a %d,"
                + " from th-b %d; %d submissions moved to th-b; arrivals from LA stored by th-a %d, by th-b %d%n",
                KILL_AFTER, acceptedBy.get("th-a").get(), acceptedBy.get("th-b").get(), movedToTheSurvivor.get(),
                arrivalsStoredBy("th-a"), arrivalsStoredBy("th-b"));

        JdbcClient laDatabase = JdbcClient.create(nodes.la.getBean(DataSource.class));
        for (Future<String> id : fromTh) {
            assertThat(countOf(laDatabase, "SELECT COUNT(*) FROM messages WHERE message_id = ? AND direction = 'INBOUND'",
                    id.get())).as("arrivals at LA of %s", id.get()).isEqualTo(1);
            assertThat(countOf(network.thDatabase, "SELECT COUNT(*) FROM messages WHERE message_id = ? AND direction = 'OUTBOUND'",
                    id.get())).as("TH outbox rows of %s", id.get()).isEqualTo(1);
        }
        for (Future<String> id : fromLa) {
            assertThat(countOf(network.thDatabase, "SELECT COUNT(*) FROM messages WHERE message_id = ? AND direction = 'INBOUND'",
                    id.get())).as("arrivals at TH of %s", id.get()).isEqualTo(1);
            assertThat(countOf(network.thDatabase, "SELECT COUNT(*) FROM audit_events WHERE message_id = ? AND event_type = 'RECEIVED'",
                    id.get())).as("RECEIVED events at TH of %s", id.get()).isEqualTo(1);
        }
        assertThat(network.thDatabase.sql("SELECT COUNT(*) FROM messages WHERE direction = 'OUTBOUND'").query(Long.class)
                .single()).isEqualTo(PER_DIRECTION);

        long logSize = network.thAuditLog.assertGapless();
        assertThat(network.thAuditLog.auditOnceCheckpointCovers(logSize).defect()).isEmpty();
        assertThat(network.checkpointSigner()).isEqualTo("th-b");
    }

    /** Tries the given instance, then the other, with the same key and body until one answers 202. */
    private String submitToTh(String first, String key, String subject) throws Exception {
        String body = TwoNodes.request("LA-HOUAYXAY", "H2", subject);
        Instant giveUp = Instant.now().plus(RETRY_FOR);
        String instance = first;
        while (true) {
            try {
                HttpResponse<String> response = http.send(asSystem(instance, "/api/messages")
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    acceptedBy.get(instance).incrementAndGet();
                    return TwoNodes.JSON.readTree(response.body()).get("messageId").asString();
                }
                assertThat(response.statusCode()).as(response.body()).isIn(409, 503);
            } catch (IOException instanceGone) {
                if (!instance.equals("th-b")) {
                    movedToTheSurvivor.incrementAndGet();
                }
                instance = "th-b";
            }
            assertThat(Instant.now()).as("submission %s not accepted within %s", key, RETRY_FOR).isBefore(giveUp);
            Thread.sleep(1_000);
        }
    }

    private String submitAtLa(String subject) {
        TwoNodes.Response response = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages",
                TwoNodes.request("TH-CHIANGKHONG", "H1", subject));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("messageId").asString();
    }

    private void awaitOutboxStatus(ConfigurableApplicationContext node, String office,
            String id, String status) {
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(TwoNodeExchangeIT.status(
                nodes.asSystem(node, office, "GET", "/api/messages/outbox", null), id)).isEqualTo(status));
    }

    private void awaitThOutboxStatus(String id, String status) {
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(network.thDatabase
                .sql("SELECT status FROM messages WHERE message_id = ? AND direction = 'OUTBOUND'")
                .param(id).query(String.class).optional()).contains(status));
    }

    private void start(String name) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ports.put(name, port);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", TwoNodes.repositoryRoot().resolve("hub/target/blohub-hub.jar").toString(), "node",
                "--blo.node.instance-name=" + name, "--server.port=" + port));
        command.addAll(instanceArguments);
        instances.put(name, new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile()).start());
    }

    private void awaitHealthy(String name) {
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(instances.get(name).isAlive()).as(name + " exited while starting, see its log").isTrue();
            HttpResponse<String> health;
            try {
                health = http.send(asAdmin(name, "/actuator/health").GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYetListening) {
                throw new AssertionError(name + " not answering yet", notYetListening);
            }
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        });
    }

    /** SIGKILL of the instance's JVM: no shutdown hook runs, its transactions and leases are left as they are. */
    private void kill(String name) throws InterruptedException {
        instances.get(name).destroyForcibly().waitFor();
    }

    private HttpRequest.Builder asSystem(String instance, String path) {
        return request(instance, path, "Bearer " + nodes.credentials.tokenOf("TH-CHIANGKHONG").token());
    }

    private HttpRequest.Builder asAdmin(String instance, String path) {
        var admin = nodes.credentials.adminOf("TH");
        return request(instance, path, "Basic " + Base64.getEncoder().encodeToString(
                (admin.user() + ":" + admin.password()).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String instance, String path, String authorization) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(instance) + path))
                .timeout(Duration.ofMinutes(1)).header("Authorization", authorization);
    }

    /** Each instance logs the DELIVERED receipt of every arrival it stored. */
    private long arrivalsStoredBy(String instance) throws IOException {
        try (var lines = Files.lines(directory.resolve(instance + ".log"))) {
            return lines.filter(line -> line.contains("BLO-RCP-001 DELIVERED")).count();
        }
    }

    private static long countOf(JdbcClient database, String sql, String id) {
        return database.sql(sql).param(id).query(Long.class).single();
    }
}
