package org.blohub.hub.audit;

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
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.HubApplication;
import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoNetworkBootstrap;
import org.blohub.hub.demo.DemoPairMaterial;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.QuarantineEntry;
import org.blohub.hub.store.QuarantineStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail inside a running node (the demo's TH): a submission through the real pipeline is
 * appended to the Merkle log, the node signs a checkpoint promptly after the log grew with its generated audit key,
 * and an auditor verifies the log through the audit API while an officer is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditOnRunningNodeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUDITOR = "th-auditor";
    private static final String AUDITOR_PASSWORD = "auditor-pass-4711";

    private final HttpClient http = HttpClient.newHttpClient();
    private Path directory;
    private DemoCredentials credentials;
    private ConfigurableApplicationContext th;

    @BeforeAll
    void startThailand() throws Exception {
        directory = Files.createTempDirectory("audit-node-it");
        Path material = directory.resolve("demo");
        Path template = directory.resolve("network.yaml");
        Files.writeString(template, Files.readString(DemoPairMaterial.repositoryRoot().resolve("config/demo/network.yaml"))
                .replace("port: 61617", "port: " + FreeBrokerPorts.next())
                .replace("port: 61618", "port: " + FreeBrokerPorts.next()));
        DemoNetworkBootstrap bootstrap = new DemoNetworkBootstrap(material, directory, template, Clock.systemUTC());
        bootstrap.ensure(List.of("TH", "LA"));
        credentials = bootstrap.credentials();
        Files.writeString(new NodeMaterial(material, "TH").callers(), "\nofficer." + AUDITOR + ".office=TH-CHIANGKHONG\n"
                + "officer." + AUDITOR + ".password={bcrypt}" + new BCryptPasswordEncoder().encode(AUDITOR_PASSWORD)
                + "\nofficer." + AUDITOR + ".role=AUDITOR\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // a loopback lab: plain HTTP, the documented opt-out (NodeHttpsIT checks HTTPS on a node run as an operator would)
        // command-line arguments, which take precedence over application.yml (NodeLauncher's default properties do not)
        th = new SpringApplicationBuilder(HubApplication.class).run("--blo.node.name=TH",
                "--blo.node.material-dir=" + material.toAbsolutePath(),
                "--blo.node.data-dir=" + directory.resolve("TH").toAbsolutePath(), "--blo.node.peers=LA",
                "--server.port=0", "--blo.audit.checkpoint-interval=10m", "--blo.node.allow-demo-material=true",
                "--blo.http.plain-allowed=true");
    }

    @AfterAll
    void stopThailand() {
        if (th != null) {
            th.close();
        }
    }

    @Test
    void aSubmissionIsInTheSignedLogThatAnAuditorVerifiesThroughTheApi() throws Exception {
        HttpResponse<String> submitted = send("POST", "/api/messages",
                "Bearer " + credentials.tokenOf("TH-CHIANGKHONG").token(), """
                {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
                 "language": "en", "subject": "Audit check", "body": "Did pickup 1AB-2345 cross?"}""");
        assertThat(submitted.statusCode()).isEqualTo(202);
        String messageId = JSON.readTree(submitted.body()).get("messageId").asString();

        JsonNode events = await().atMost(Duration.ofMinutes(2)).until(
                () -> JSON.readTree(asAuditor("/api/audit/events?messageId=" + messageId).body()),
                found -> found.size() > 0);
        JsonNode submission = events.get(0);
        assertThat(submission.get("type").asString()).isEqualTo("SUBMITTED");
        assertThat(submission.get("envelopeSha256").asString()).hasSize(64);
        String leaf = new String(Base64.getDecoder().decode(submission.get("leaf").asString()), StandardCharsets.UTF_8);
        assertThat(leaf).contains("\"index\":" + submission.get("index").asLong()).doesNotContain("Audit check");

        long needed = submission.get("index").asLong() + 1;
        NoteVerifierKey logKey = NoteVerifierKey.parse(Files.readString(directory.resolve("TH/audit/log.key.vkey")).strip());
        CheckpointVerifier verifier = new CheckpointVerifier(logKey, List.of());
        // the scheduled check runs every 10 minutes: only the growth of the log can sign this checkpoint in time
        String checkpoint = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> asAuditor("/api/audit/checkpoint").body(), note -> signedSize(verifier, note) >= needed);
        assertThat(verifier.open(checkpoint).checkpoint().origin()).endsWith("/TH/audit");

        List<LogEntry> entries = new ArrayList<>();
        JsonNode page = JSON.readTree(asAuditor("/api/audit/entries?start=0").body());
        page.get("entries").forEach(entry -> entries.add(LogEntry.served(entry.get("index").asLong(),
                Base64.getDecoder().decode(entry.get("leaf").asString()))));
        assertThat(new LogAuditor(verifier).audit(checkpoint, entries, Optional.empty()).defect()).isEmpty();
    }

    @Test
    void anOfficerOfTheNodeIsRefusedTheAuditApi() throws Exception {
        DemoCredentials.Officer officer = credentials.officerOf("TH-CHIANGKHONG");
        assertThat(send("GET", "/api/audit/checkpoint", basic(officer.user(), officer.password()), null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aGoodAndABadLoginAreAuditedWithoutTheirSecrets() throws Exception {
        DemoCredentials.Officer officer = credentials.officerOf("TH-CHIANGKHONG");
        String wrongPassword = "not-" + officer.password();
        assertThat(send("GET", "/api/messages/inbox", basic(officer.user(), officer.password()), null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/messages/inbox", basic(officer.user(), officer.password()), null).statusCode())
                .as("a second request within the login window").isEqualTo(200);
        assertThat(send("GET", "/api/messages/inbox", basic(officer.user(), wrongPassword), null).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/messages/inbox", "Bearer not-a-token-of-this-node", null).statusCode())
                .isEqualTo(401);

        List<JsonNode> logins = events("LOGIN").stream()
                .filter(login -> login.get("actor").asString().equals(officer.user())).toList();
        assertThat(logins).as("one LOGIN per login window").hasSize(1);
        assertThat(logins.get(0).get("fromOffice").asString()).isEqualTo("TH-CHIANGKHONG");

        List<JsonNode> failures = events("LOGIN_FAILED");
        JsonNode badPassword = failures.stream().filter(failure -> failure.get("actor").asString()
                .equals(officer.user())).findFirst().orElseThrow();
        assertThat(badPassword.get("reasonCode").asString()).isEqualTo("BAD_CREDENTIALS");
        assertThat(badPassword.get("remoteAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(failures).anySatisfy(failure -> {
            assertThat(failure.get("reasonCode").asString()).isEqualTo("UNKNOWN_API_TOKEN");
            assertThat(failure.get("actor").asString()).isEqualTo("unknown-account");
        });
        StringBuilder leaves = new StringBuilder();
        JSON.readTree(asAuditor("/api/audit/entries?start=0").body()).get("entries").forEach(entry -> leaves.append(
                new String(Base64.getDecoder().decode(entry.get("leaf").asString()), StandardCharsets.UTF_8)));
        assertThat(leaves.toString()).contains("\"type\":\"LOGIN_FAILED\"").doesNotContain(officer.password())
                .doesNotContain(wrongPassword).doesNotContain("not-a-token-of-this-node");
    }

    @Test
    void aLoginWithAnUnknownUserNameIsAuditedWithoutThatName() throws Exception {
        assertThat(send("GET", "/api/messages/inbox", basic("Somchai Jaidee", "guess"), null).statusCode())
                .isEqualTo(401);

        assertThat(events("LOGIN_FAILED")).anySatisfy(failure -> {
            assertThat(failure.get("reasonCode").asString()).isEqualTo("UNKNOWN_ACCOUNT");
            assertThat(failure.get("actor").asString()).isEqualTo("unknown-account");
        });
        assertThat(asAuditor("/api/audit/events?type=LOGIN_FAILED").body()).doesNotContain("Somchai");
    }

    @Test
    void theNodeRecordedItsStartWithTheDigestOfTheRegistryItLoaded() throws Exception {
        String registrySha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(new NodeMaterial(directory.resolve("demo"), "TH").registry())));

        assertThat(events("ADMIN")).anySatisfy(started -> {
            assertThat(started.get("action").asString()).isEqualTo("NODE_STARTED");
            assertThat(started.get("actor").asString()).isEqualTo("node:TH");
            assertThat(started.get("target").asString()).isEqualTo("registry:1:sha256:" + registrySha256);
        });
    }

    @Test
    void anAdministratorListsAndDiscardsQuarantinedInputAndTheLogNamesThem() throws Exception {
        DemoCredentials.Officer admin = credentials.adminOf("TH");
        byte[] refused = "not a CMS envelope".getBytes(StandardCharsets.US_ASCII);
        long id = th.getBean(QuarantineStore.class).quarantine(new QuarantineEntry(java.time.Instant.now(), "NOT_CMS",
                "not a DER CMS structure", ImmutableBytes.copyOf(refused), "blo_from_node=LA",
                Optional.of("01JQ8Z00000000000000000042"), Optional.of("LA-HOUAYXAY"), Optional.of("LA")));
        String asAdmin = basic(admin.user(), admin.password());

        HttpResponse<String> listed = send("GET", "/api/admin/quarantine", asAdmin, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode entry = find(JSON.readTree(listed.body()), id).orElseThrow();
        assertThat(entry.get("reasonCode").asString()).isEqualTo("NOT_CMS");
        assertThat(entry.get("size").asInt()).isEqualTo(refused.length);
        assertThat(listed.body()).doesNotContain(Base64.getEncoder().encodeToString(refused));

        assertThat(send("POST", "/api/admin/quarantine/" + id + "/discard", asAdmin, "{}").statusCode())
                .as("without a reason").isEqualTo(400);
        assertThat(send("POST", "/api/admin/quarantine/" + id + "/discard", asAdmin, "{\"reason\":\"MALFORMED\"}")
                .statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/admin/quarantine/" + id + "/discard", asAdmin, "{\"reason\":\"MALFORMED\"}")
                .statusCode()).as("discarded already").isEqualTo(409);
        assertThat(find(JSON.readTree(send("GET", "/api/admin/quarantine", asAdmin, null).body()), id)).isEmpty();

        JsonNode discarded = events("ADMIN").stream()
                .filter(event -> event.get("target") != null && event.get("target").asString().equals("quarantine:" + id))
                .findFirst().orElseThrow();
        assertThat(discarded.get("action").asString()).isEqualTo("QUARANTINE_DISCARDED");
        assertThat(discarded.get("actor").asString()).isEqualTo(admin.user());
        assertThat(discarded.get("reasonCode").asString()).isEqualTo("MALFORMED");
        assertThat(discarded.get("messageId").asString()).isEqualTo("01JQ8Z00000000000000000042");
        assertThat(discarded.get("envelopeSha256").asString()).isEqualTo(ImmutableBytes.copyOf(refused).sha256Hex());
    }

    @Test
    void eachRoleIsRefusedTheApisOfTheOthers() throws Exception {
        DemoCredentials.Officer admin = credentials.adminOf("TH");
        DemoCredentials.Officer officer = credentials.officerOf("TH-CHIANGKHONG");
        String asAdmin = basic(admin.user(), admin.password());

        assertThat(send("GET", "/api/admin/quarantine", basic(officer.user(), officer.password()), null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/admin/quarantine", basic(AUDITOR, AUDITOR_PASSWORD), null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/admin/quarantine", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/messages/inbox", asAdmin, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/messages", asAdmin, "{}").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/audit/checkpoint", asAdmin, null).statusCode()).isEqualTo(403);
    }

    private static Optional<JsonNode> find(JsonNode entries, long id) {
        for (JsonNode entry : entries) {
            if (entry.get("id").asLong() == id) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private List<JsonNode> events(String type) throws IOException, InterruptedException {
        List<JsonNode> events = new ArrayList<>();
        JSON.readTree(asAuditor("/api/audit/events?limit=1000&type=" + type).body()).forEach(events::add);
        return events;
    }

    @Test
    void healthShowsThePeerAuditUp() throws Exception {
        JsonNode health = JSON.readTree(send("GET", "/actuator/health", basic(credentials.adminOf("TH").user(),
                credentials.adminOf("TH").password()), null).body());
        assertThat(health.get("components").get("peerAudit").get("status").asString()).isEqualTo("UP");
    }

    private static long signedSize(CheckpointVerifier verifier, String note) {
        try {
            return verifier.open(note).checkpoint().treeSize();
        } catch (NoteException e) {
            return -1;
        }
    }

    private HttpResponse<String> asAuditor(String path) throws IOException, InterruptedException {
        return send("GET", path, basic(AUDITOR, AUDITOR_PASSWORD), null);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body)
            throws IOException, InterruptedException {
        String port = th.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
