package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoPairMaterial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A node started as an operator starts it ({@code java -jar blohub-hub.jar node ...}, no opt-out) serves its API and
 * pages over HTTPS with the certificate of its TLS key store, answers nothing over plain HTTP, and an officer signs
 * in over HTTPS with a session cookie that never travels in clear.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeHttpsIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private Path directory;
    private Path material;
    private DemoCredentials credentials;
    private HttpClient https;
    private int port;
    private Process node;

    @BeforeAll
    void startTheNodeLikeAnOperator() throws Exception {
        directory = Files.createTempDirectory("node-https-it");
        Path root = DemoPairMaterial.repositoryRoot();
        // a copy of this JVM's demo material: its node is the only one running on a copy while this class runs
        credentials = DemoPairMaterial.copyOfPlain(directory.resolve("data"));
        material = directory.resolve("data/demo");
        https = RegionalRootHttpClient.builder(material).cookieHandler(new CookieManager()).build();
        // below the ephemeral range: nothing else takes it as a source port while the node JVM starts
        port = FreeBrokerPorts.next();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", root.resolve("hub/target/blohub-hub.jar").toString(), "node", "--blo.node.name=TH",
                "--blo.node.allow-demo-material=true", "--blo.node.peers=LA", "--server.port=" + port));
        node = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("node.log").toFile()).start();
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(node.isAlive()).as(() -> NodeLogTail.of(directory.resolve("node.log"))).isTrue();
            try {
                assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
            } catch (IOException notYetListening) {
                throw new AssertionError("not answering over HTTPS yet", notYetListening);
            }
        });
    }

    @AfterAll
    void stopTheNode() throws InterruptedException {
        if (node != null) {
            node.destroy();
            node.waitFor();
        }
    }

    @Test
    void servesHttpsWithTheCertificateOfTheNodesTlsKeyStoreOverTls12OrLater() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        Certificate[] presented = health.sslSession().orElseThrow().getPeerCertificates();
        assertThat(presented[0]).isEqualTo(tlsKeyStoreCertificate());
        assertThat(health.sslSession().orElseThrow().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
        assertThat(Files.readString(directory.resolve("node.log"))).contains("BLO-WEB-013");
    }

    @Test
    void servesNothingOverPlainHttp() throws Exception {
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response;
        try {
            response = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException refused) {
            return;
        }
        assertThat(response.statusCode()).as("a TLS port answers a plain request with 400 at most").isEqualTo(400);
        assertThat(response.body()).doesNotContain("name=\"password\"");
    }

    @Test
    void anOfficerSignsInOverHttpsAndTheSessionCookieIsSecure() throws Exception {
        DemoCredentials.Officer officer = credentials.officerOf("TH-MAESAI");
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("login form with a CSRF token").isTrue();

        HttpResponse<String> login = https.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", officer.user(), "password", officer.password(),
                        "_csrf", csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
        HttpResponse<String> inbox = get("/inbox");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("<span class=\"user\">" + officer.user() + "</span>");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return https.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("https://localhost:" + port + path);
    }

    private Certificate tlsKeyStoreCertificate() throws Exception {
        NodeMaterial th = new NodeMaterial(material, "TH");
        char[] password = Files.readString(th.password()).strip().toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(th.tlsKeyStore())) {
            keyStore.load(in, password);
        }
        return keyStore.getCertificate(NodeMaterial.TLS_ALIAS);
    }

    private static String form(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }
}
