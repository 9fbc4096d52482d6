package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code config/compose/compose.yaml} as written, where Docker exists (skipped elsewhere): the image built from
 * {@code hub/Dockerfile} and the built jar, three nodes on their own PostgreSQL, and TH's requests to LA and to MM
 * delivered. {@link ThreeNodeProcessesIT} runs the same topology without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeLabIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration STARTUP = Duration.ofMinutes(10);

    @Container
    static final ComposeContainer LAB = new ComposeContainer(composeFile())
            .withBuild(true)
            .withRemoveVolumes(true)
            .withExposedService("th", 8080, nodeHealthy())
            .withExposedService("la", 8080, nodeHealthy())
            .withExposedService("mm", 8080, nodeHealthy());

    @TempDir
    static Path labPki;

    private static HttpClient https;

    /** The nodes answer HTTPS only; the wait checks that they answer, the test's client checks their certificates. */
    private static WaitStrategy nodeHealthy() {
        return Wait.forHttp("/actuator/health").usingTls().allowInsecure().forStatusCode(200)
                .withStartupTimeout(STARTUP);
    }

    /** Trusts the lab's regional root, copied out of the lab volume, as a browser set up for the lab would. */
    @BeforeAll
    static void trustTheLabRoot() throws Exception {
        Files.createDirectories(labPki.resolve("pki"));
        LAB.getContainerByServiceName("th").orElseThrow()
                .copyFileFromContainer("/lab/demo/pki/root.pem", labPki.resolve("pki/root.pem").toString());
        https = RegionalRootHttpClient.of(labPki);
    }

    @Test
    void thSendsToLaAndToMmOnTheirOwnDatabasesAndBothAreDelivered() throws Exception {
        Properties credentials = labCredentials();
        String toLa = submit(token(credentials, "TH-CHIANGKHONG"), "LA-HOUAYXAY");
        String toMm = submit(token(credentials, "TH-MAESAI"), "MM-TACHILEIK");

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(status(token(credentials, "TH-CHIANGKHONG"), toLa)).isEqualTo("DELIVERED");
            assertThat(status(token(credentials, "TH-MAESAI"), toMm)).isEqualTo("DELIVERED");
        });
    }

    private static File composeFile() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null && !Files.exists(candidate.resolve("config/compose/compose.yaml"))) {
            candidate = candidate.getParent();
        }
        assertThat(candidate).as("repository root above the working directory").isNotNull();
        return candidate.resolve("config/compose/compose.yaml").toFile();
    }

    /** The lab's sign-in details, as the material service wrote them into the shared volume. */
    private static Properties labCredentials() throws IOException, InterruptedException {
        ContainerState th = LAB.getContainerByServiceName("th").orElseThrow();
        String text = th.execInContainer("cat", "/lab/demo/credentials.properties").getStdout();
        Properties credentials = new Properties();
        credentials.load(new StringReader(text));
        return credentials;
    }

    private static String token(Properties credentials, String office) {
        return credentials.stringPropertyNames().stream()
                .filter(key -> key.startsWith("token|") && key.split("\\|")[2].equals(office))
                .map(credentials::getProperty).findFirst()
                .orElseThrow(() -> new AssertionError("no lab API token for " + office));
    }

    private String submit(String token, String to) throws Exception {
        String body = """
                {"to": ["%s"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
                 "language": "en", "subject": "Compose lab", "body": "Did pickup 1AB-2345 cross in the last 48 hours?"}"""
                .formatted(to);
        HttpResponse<String> response = https.send(thRequest("/api/messages", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("messageId").asString();
    }

    private String status(String token, String id) throws Exception {
        HttpResponse<String> response = https.send(thRequest("/api/messages/" + id, token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("message").get("status").asString();
    }

    private static HttpRequest.Builder thRequest(String path, String token) {
        return HttpRequest.newBuilder(URI.create("https://" + LAB.getServiceHost("th", 8080) + ":"
                        + LAB.getServicePort("th", 8080) + path))
                .timeout(Duration.ofMinutes(1)).header("Authorization", "Bearer " + token);
    }
}
