package org.blohub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import java.util.List;
import java.util.function.Function;

import org.blohub.hub.HubApplication;
import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoNetworkBootstrap;
import org.blohub.hub.node.NodeMaterial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code users} commands change the demo's TH files while the node is stopped; at its next start the node
 * applies them (new accounts and tokens work, the disabled account and revoked token are refused) and records each
 * change as an ADMIN audit event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersCommandOnNodeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private Path directory;
    private NodeMaterial material;
    private DemoCredentials demo;
    private String auditorPassword;
    private String officerPassword;
    private String token;
    private ConfigurableApplicationContext th;

    @BeforeAll
    void changeTheCallersThenStartThailand() throws Exception {
        directory = Files.createTempDirectory("users-command-it");
        Path demoDirectory = directory.resolve("demo");
        Path template = directory.resolve("network.yaml");
        Files.writeString(template, Files.readString(Path.of("..", "config", "demo", "network.yaml"))
                .replace("port: 61617", "port: " + FreeBrokerPorts.next())
                .replace("port: 61618", "port: " + FreeBrokerPorts.next()));
        DemoNetworkBootstrap bootstrap = new DemoNetworkBootstrap(demoDirectory, directory, template, Clock.systemUTC());
        bootstrap.ensure(List.of("TH", "LA"));
        demo = bootstrap.credentials();
        material = new NodeMaterial(demoDirectory, "TH");

        auditorPassword = secret(out -> new AddUserCommand(out, System.err, Clock.systemUTC()),
                "password", "--role", "AUDITOR", "--office", "TH-MAESAI", "--user", "cli-auditor");
        officerPassword = secret(out -> new AddUserCommand(out, System.err, Clock.systemUTC()),
                "password", "--role", "OFFICER", "--office", "TH-CHIANGKHONG", "--user", "cli-officer");
        token = secret(out -> new IssueTokenCommand(out, System.err, Clock.systemUTC()),
                "token", "--office", "TH-CHIANGSAEN", "--id", "cli-token");
        assertThat(execute(new DisableUserCommand(System.out, System.err, Clock.systemUTC()),
                demo.officerOf("TH-MAESAI").user())).isZero();
        assertThat(execute(new RevokeTokenCommand(System.out, System.err, Clock.systemUTC()),
                demo.tokenOf("TH-CHIANGKHONG").name())).isZero();

        // a loopback lab: plain HTTP, the documented opt-out (NodeHttpsIT checks HTTPS on a node run as an operator would)
        th = new SpringApplicationBuilder(HubApplication.class).run("--blo.node.name=TH",
                "--blo.node.material-dir=" + demoDirectory.toAbsolutePath(),
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
    void theAddedOfficerAndTheIssuedTokenAreAccepted() throws Exception {
        assertThat(get("/api/messages/inbox", basic("cli-officer", officerPassword)).statusCode()).isEqualTo(200);
        assertThat(get("/api/messages/inbox", "Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void theDisabledAccountAndTheRevokedTokenAreRefused() throws Exception {
        DemoCredentials.Officer disabled = demo.officerOf("TH-MAESAI");
        assertThat(get("/api/messages/inbox", basic(disabled.user(), disabled.password())).statusCode()).isEqualTo(401);
        assertThat(get("/api/messages/inbox", "Bearer " + demo.tokenOf("TH-CHIANGKHONG").token()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void eachChangeIsAnAdminEventOfTheNodesAuditLog() throws Exception {
        List<String> changes = new ArrayList<>();
        JsonNode events = JSON.readTree(get("/api/audit/events?limit=1000&type=ADMIN",
                basic("cli-auditor", auditorPassword)).body());
        events.forEach(event -> changes.add(event.get("action").asString() + " " + event.get("target").asString()));

        assertThat(changes).contains("USER_ADDED user:cli-auditor", "USER_ADDED user:cli-officer",
                "TOKEN_ISSUED token:cli-token", "USER_DISABLED user:" + demo.officerOf("TH-MAESAI").user(),
                "TOKEN_REVOKED token:" + demo.tokenOf("TH-CHIANGKHONG").name());
        assertThat(events.toString()).doesNotContain(officerPassword).doesNotContain(token);
        assertThat(material.callerChanges()).doesNotExist();
    }

    /** Runs a command that prints a secret once and returns the secret printed after {@code label}. */
    private String secret(Function<PrintStream, Object> command, String label, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(execute(command.apply(print(out)), arguments)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith(label + " ")).findFirst()
                .orElseThrow().substring(label.length() + 1);
    }

    private int execute(Object command, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--material", material.directory().toString(), "--node", "TH"));
        all.addAll(List.of(arguments));
        return new CommandLine(command).execute(all.toArray(String[]::new));
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        String port = th.getEnvironment().getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(2)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
