package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.blohub.hub.demo.DemoPairMaterial;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the single-node commands of docs/operations.md as written, with the built jar, from a directory
 * holding the demo material under {@code ./data/demo}: a lone node answers over HTTPS on port 8080 when demo material
 * is explicitly allowed, and refuses to start without that.
 */
class SingleNodeCommandIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final URI HEALTH = URI.create("https://localhost:8080/actuator/health");

    @TempDir
    Path directory;

    private HttpClient http;
    private Process node;

    /** A copy of this JVM's demo material: each test starts one node from it, one test at a time. */
    @BeforeEach
    void writeDemoMaterial() throws Exception {
        DemoPairMaterial.copyOfPlain(directory.resolve("data"));
        http = RegionalRootHttpClient.of(directory.resolve("data/demo"));
    }

    @AfterEach
    void stopNode() throws InterruptedException {
        if (node != null) {
            node.destroy();
            node.waitFor();
        }
    }

    @Test
    void nodeCommandWithAnOptionStartsALoneNodeServingHttpsOnPort8080() throws Exception {
        node = start("node", "--blo.node.name=TH", "--blo.node.allow-demo-material=true");

        awaitHealthUp();
        assertThat(Files.isDirectory(directory.resolve("data/TH/broker"))).isTrue();
        assertThat(Files.isDirectory(directory.resolve("data/TH/db"))).isTrue();
    }

    @Test
    void postgresExampleRunsTheNodeOnThatDatabase() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE blohub").update();
            node = start("node", "--blo.node.name=TH", "--blo.node.allow-demo-material=true",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "blohub"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=");

            awaitHealthUp();
            JdbcClient database = JdbcClient.create(postgres.getDatabase("postgres", "blohub"));
            assertThat(database.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                    .query(Long.class).single()).isPositive();
            assertThat(database.sql("SELECT count(*) FROM audit_events").query(Long.class).single()).isPositive();
            assertThat(Files.exists(directory.resolve("data/TH/db"))).isFalse();
            // before its database: a node whose database is gone spends a minute on connection timeouts stopping
            stopNode();
        }
    }

    @Test
    void nodeCommandOnDemoMaterialWithoutTheOptInRefusesToStartNamingTheTrustRoot() throws Exception {
        node = start("node", "--blo.node.name=TH");

        assertThat(node.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)).as("node exited").isTrue();
        assertThat(node.exitValue()).isNotZero();
        String log = Files.readString(directory.resolve("node.log"));
        assertThat(log).contains("BLO-NODE-001", directory.resolve("data/demo/pki/root.pem").toAbsolutePath().normalize().toString(),
                "--blo.node.allow-demo-material=true");
        assertThat(Files.exists(directory.resolve("data/TH/broker"))).as("no broker journal created").isFalse();
    }

    private Process start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", DemoPairMaterial.repositoryRoot().resolve("hub/target/blohub-hub.jar").toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("node.log").toFile()).start();
    }

    private void awaitHealthUp() {
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(node.isAlive()).as(() -> NodeLogTail.of(directory.resolve("node.log"))).isTrue();
            HttpResponse<String> health;
            try {
                health = http.send(HttpRequest.newBuilder(HEALTH).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYetListening) {
                throw new AssertionError("port 8080 not answering yet", notYetListening);
            }
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        });
    }
}
