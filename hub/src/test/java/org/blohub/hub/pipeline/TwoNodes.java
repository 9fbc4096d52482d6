package org.blohub.hub.pipeline;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoNetworkBootstrap;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.testing.LoopbackPorts;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo network for tests: TH and LA as two Spring contexts in this JVM, each with its own
 * broker, H2 database and HTTP port, bridged over loopback mutual TLS with a fresh demo PKI and
 * signed registry. Broker ports are free ports, so tests do not collide with a running demo.
 */
final class TwoNodes implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration PATIENCE = Duration.ofMinutes(3);

    final Path directory;
    final Path material;
    final DemoCredentials credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final Map<String, Object> extraProperties;
    ConfigurableApplicationContext th;
    ConfigurableApplicationContext la;

    TwoNodes(Path directory) throws IOException {
        this(directory, Map.of());
    }

    TwoNodes(Path directory, Map<String, Object> extraProperties) throws IOException {
        this.directory = directory;
        this.material = directory.resolve("demo");
        this.extraProperties = Map.copyOf(extraProperties);
        String template = Files.readString(repositoryRoot().resolve("config/demo/network.yaml"))
                .replace("port: 61617", "port: " + LoopbackPorts.unused())
                .replace("port: 61618", "port: " + LoopbackPorts.unused());
        Path templateFile = directory.resolve("network.yaml");
        Files.writeString(templateFile, template);
        DemoNetworkBootstrap bootstrap = new DemoNetworkBootstrap(material, directory, templateFile, Clock.systemUTC());
        bootstrap.ensure(List.of("TH", "LA"));
        this.credentials = bootstrap.credentials();
    }

    TwoNodes start() {
        startTh();
        startLa();
        return this;
    }

    void startTh() {
        th = NodeLauncher.start("TH", material, directory.resolve("TH"), 0, List.of("LA"), extraProperties);
    }

    void startLa() {
        la = NodeLauncher.start("LA", material, directory.resolve("LA"), 0, List.of("TH"), extraProperties);
    }

    static Path repositoryRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null && !Files.exists(candidate.resolve("config/demo/network.yaml"))) {
            candidate = candidate.getParent();
        }
        if (candidate == null) {
            throw new IllegalStateException("config/demo/network.yaml not found above " + Path.of("").toAbsolutePath());
        }
        return candidate;
    }

    /** An HTTP call to a node as the national system (API token) of an office. */
    Response asSystem(ConfigurableApplicationContext node, String office, String method, String path, String body) {
        return call(node, "Bearer " + credentials.tokenOf(office).token(), method, path, body);
    }

    /** An HTTP call to a node as the demo officer of an office. */
    Response asOfficer(ConfigurableApplicationContext node, String office, String method, String path, String body) {
        DemoCredentials.Officer officer = credentials.officerOf(office);
        String basic = Base64.getEncoder().encodeToString(
                (officer.user() + ":" + officer.password()).getBytes(StandardCharsets.UTF_8));
        return call(node, "Basic " + basic, method, path, body);
    }

    Response call(ConfigurableApplicationContext node, String authorization, String method, String path, String body) {
        String port = node.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Submits a request from TH-CHIANGKHONG to LA-HOUAYXAY and returns its id. */
    String submitThToLa(String subject) {
        Response response = asSystem(th, "TH-CHIANGKHONG", "POST", "/api/messages", request("LA-HOUAYXAY", "H2", subject));
        if (response.status() != 202) {
            throw new IllegalStateException("submission refused: " + response);
        }
        return response.json().get("messageId").asString();
    }

    static String request(String to, String handlingCode, String subject) {
        return """
                {"to": ["%s"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "%s"},
                 "language": "en", "subject": "%s", "body": "Did pickup 1AB-2345 cross in the last 48 hours?"}"""
                .formatted(to, handlingCode, subject);
    }

    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @Override
    public void close() {
        if (la != null && la.isActive()) {
            la.close();
        }
        if (th != null && th.isActive()) {
            th.close();
        }
    }
}
