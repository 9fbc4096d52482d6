package org.blohub.hub.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoPairMaterial;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.demo.SharedDemoPair;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo network for tests: TH and LA as two Spring contexts in this JVM, each with its own
 * broker, H2 database and HTTP port, bridged over loopback mutual TLS with a fresh demo PKI and
 * signed registry ({@link DemoPairMaterial}). Either a pair of the test's own, or a view of the pair shared by
 * this JVM's tests ({@link #sharing}).
 */
final class TwoNodes implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration PATIENCE = Duration.ofMinutes(3);

    final Path directory;
    final Path material;
    final DemoCredentials credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final Map<String, Object> extraProperties;
    private final Map<String, Object> laOnlyProperties;
    private final Map<String, Object> thOnlyProperties;
    private final List<String> thirdNodes;
    private final boolean ownsNodes;
    ConfigurableApplicationContext th;
    ConfigurableApplicationContext la;

    TwoNodes(Path directory) throws IOException {
        this(directory, Map.of());
    }

    TwoNodes(Path directory, Map<String, Object> extraProperties) throws IOException {
        this(directory, Variant.PLAIN.bothNodes(extraProperties));
    }

    TwoNodes(Path directory, Variant variant) throws IOException {
        this(directory, materialFor(directory, variant), variant, true);
    }

    /** A plain network's material is a copy of this JVM's; a network with more nodes or agreements is its own. */
    private static DemoCredentials materialFor(Path directory, Variant variant) throws IOException {
        return variant.thirdNodes().isEmpty() && variant.moreAgreements().isEmpty()
                ? DemoPairMaterial.copyOfPlain(directory)
                : DemoPairMaterial.fresh(directory, variant.thirdNodes(), variant.moreAgreements());
    }

    private TwoNodes(Path directory, DemoCredentials credentials, Variant variant, boolean ownsNodes) {
        this.directory = directory;
        this.material = directory.resolve("demo");
        this.credentials = credentials;
        this.extraProperties = variant.bothNodes();
        this.laOnlyProperties = variant.laOnly();
        this.thOnlyProperties = variant.thOnly();
        this.thirdNodes = variant.thirdNodes();
        this.ownsNodes = ownsNodes;
    }

    /** The pair this test JVM shares among the tests that leave it as they found it (see {@link SharedDemoPair}). */
    static TwoNodes sharing(SharedDemoPair.DemoPair pair) {
        TwoNodes nodes = new TwoNodes(pair.directory(), pair.credentials(), Variant.PLAIN, false);
        nodes.th = pair.th();
        nodes.la = pair.la();
        return nodes;
    }

    /**
     * How a pair differs from the plain demo pair.
     *
     * @param bothNodes      properties for TH and LA
     * @param laOnly         properties for LA alone, over {@code bothNodes} (e.g. its own database)
     * @param thOnly         properties for TH alone, over {@code bothNodes}
     * @param thirdNodes     registry nodes besides TH and LA whose keys and TLS stores are generated too; they are
     *                       never started, but LA recognises their TLS certificates as peers (and bridges to them)
     * @param moreAgreements YAML list items appended to the demo registry's {@code agreements}
     */
    record Variant(Map<String, Object> bothNodes, Map<String, Object> laOnly, Map<String, Object> thOnly,
            List<String> thirdNodes, String moreAgreements) {

        static final Variant PLAIN = new Variant(Map.of(), Map.of(), Map.of(), List.of(), "");

        Variant {
            bothNodes = Map.copyOf(bothNodes);
            laOnly = Map.copyOf(laOnly);
            thOnly = Map.copyOf(thOnly);
            thirdNodes = List.copyOf(thirdNodes);
        }

        Variant bothNodes(Map<String, Object> properties) {
            return new Variant(properties, laOnly, thOnly, thirdNodes, moreAgreements);
        }

        Variant laOnly(Map<String, Object> properties) {
            return new Variant(bothNodes, properties, thOnly, thirdNodes, moreAgreements);
        }

        Variant thOnly(Map<String, Object> properties) {
            return new Variant(bothNodes, laOnly, properties, thirdNodes, moreAgreements);
        }

        Variant thirdNodes(String... nodes) {
            return new Variant(bothNodes, laOnly, thOnly, List.of(nodes), moreAgreements);
        }

        Variant moreAgreements(String yamlListItems) {
            return new Variant(bothNodes, laOnly, thOnly, thirdNodes, yamlListItems);
        }
    }

    /** Starts TH, then LA; closes TH again if LA does not start, so that no node outlives its test. */
    TwoNodes start() {
        startTh();
        try {
            startLa();
        } catch (RuntimeException laDidNotStart) {
            th.close();
            throw laDidNotStart;
        }
        return this;
    }

    void startTh() {
        Map<String, Object> properties = new LinkedHashMap<>(extraProperties);
        properties.putAll(thOnlyProperties);
        th = NodeLauncher.start("TH", material, directory.resolve("TH"), 0, List.of("LA"), properties);
    }

    void startLa() {
        Map<String, Object> properties = new LinkedHashMap<>(extraProperties);
        properties.putAll(laOnlyProperties);
        List<String> peers = new ArrayList<>(List.of("TH"));
        peers.addAll(thirdNodes);
        la = NodeLauncher.start("LA", material, directory.resolve("LA"), 0, peers, properties);
    }

    static Path repositoryRoot() {
        return DemoPairMaterial.repositoryRoot();
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

    /** An HTTP call to a node as its demo administrator (role ADMIN). */
    Response asAdmin(ConfigurableApplicationContext node, String method, String path, String body) {
        String nodeName = node.getEnvironment().getRequiredProperty("blo.node.name");
        DemoCredentials.Officer admin = credentials.adminOf(nodeName);
        String basic = Base64.getEncoder().encodeToString(
                (admin.user() + ":" + admin.password()).getBytes(StandardCharsets.UTF_8));
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
            return new Response(response.statusCode(), response.body(), response.headers().map());
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

    record Response(int status, String body, Map<String, List<String>> headers) {

        Response(int status, String body) {
            this(status, body, Map.of());
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream()).findFirst();
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Closes the nodes this pair started; the shared pair is closed once, after the last test. */
    @Override
    public void close() {
        if (!ownsNodes) {
            return;
        }
        if (la != null && la.isActive()) {
            la.close();
        }
        if (th != null && th.isActive()) {
            th.close();
        }
    }
}
