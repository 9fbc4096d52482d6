package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blohub.hub.HubApplication;
import org.blohub.hub.broker.FreeBrokerPorts;
import org.blohub.hub.demo.DemoPairMaterial;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/setup.md, run as written: its marked blocks, in page order, from an empty directory (the ports of the page
 * replaced by free ones), the jar's commands in this JVM through the jar's command line and the rest with bash, and
 * the two nodes started with the page's commands as separate JVMs of the built jar. Then, as the
 * page's last step shows, Chiang Khong (TH) sends a request to Houayxay (LA) over HTTPS and it comes back
 * DELIVERED; neither node says "demo" in its health or its sign-in page.
 */
class SetupWalkthroughIT {

    private static final Path PAGE = DemoPairMaterial.repositoryRoot().resolve("docs/setup.md");
    private static final Path JAR = DemoPairMaterial.repositoryRoot().resolve("hub/target/blohub-hub.jar");
    /** The ports the page uses: each node's broker acceptor and HTTPS port. */
    private static final List<String> PAGE_PORTS = List.of("61617", "61618", "8443", "8444");
    private static final String JAR_COMMAND = "java -jar hub/target/blohub-hub.jar ";
    private static final Duration STEP = Duration.ofMinutes(2);
    // two JVMs start at once: on a loaded two-core machine each may take several minutes
    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final Pattern ACCOUNT = Pattern.compile("^added \\w+ (\\S+) of .*\\npassword (\\S+)$", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("^issued token (\\S+) for .*\\ntoken (\\S+)$", Pattern.MULTILINE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    private final Map<String, String> ports = new LinkedHashMap<>();
    private final Map<String, Process> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> httpsPorts = new LinkedHashMap<>();
    private final StringBuilder output = new StringBuilder();
    private HttpClient https;

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
    void twoNodesSetUpAsThePageSaysExchangeAMessageOverHttpsAndSayNothingOfDemo() throws Exception {
        PAGE_PORTS.forEach(port -> ports.put(port, Integer.toString(FreeBrokerPorts.next())));
        httpsPorts.put("TH", Integer.parseInt(ports.get("8443")));
        httpsPorts.put("LA", Integer.parseInt(ports.get("8444")));
        Files.createDirectories(directory.resolve("hub/target"));
        Files.createSymbolicLink(directory.resolve("hub/target/blohub-hub.jar"), JAR);

        WalkthroughPage page = WalkthroughPage.read(PAGE, ports);
        assertThat(page.steps()).as("the marked blocks of " + PAGE)
                .anyMatch(step -> step instanceof WalkthroughPage.WriteFile)
                .anyMatch(step -> step instanceof WalkthroughPage.StartNode start && start.node().equals("TH"))
                .anyMatch(step -> step instanceof WalkthroughPage.StartNode start && start.node().equals("LA"));
        long began = System.nanoTime();
        int number = 0;
        for (WalkthroughPage.Step step : page.steps()) {
            number++;
            if (step instanceof WalkthroughPage.Run run) {
                run(number, run.script());
            } else if (step instanceof WalkthroughPage.WriteFile file) {
                write(file);
            } else if (step instanceof WalkthroughPage.StartNode start) {
                nodes.put(start.node(), start(start));
            }
        }
        Map<String, String> passwords = printed(ACCOUNT);
        Map<String, String> tokens = printed(TOKEN);
        https = RegionalRootHttpClient.of(directory.resolve("th/material"));

        long nodesStarted = System.nanoTime();
        awaitLinkUp("TH", "LA", "th-admin:" + passwords.get("th-admin"));
        awaitLinkUp("LA", "TH", "la-admin:" + passwords.get("la-admin"));
        long linked = System.nanoTime();
        String bearer = "Bearer " + tokens.get("chiangkhong-case-system");
        String id = submit(bearer);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(status(id, bearer)).isEqualTo("DELIVERED"));
        System.out.printf("setup.md: material made in %d s, links up %d s after the nodes' start, DELIVERED %d s later%n",
                seconds(nodesStarted - began), seconds(linked - nodesStarted), seconds(System.nanoTime() - linked));
        assertThat(body("LA", "/api/messages/inbox?limit=50", basic("la-houayxay:" + passwords.get("la-houayxay"))))
                .contains(id);
        for (Map.Entry<String, String> admin : Map.of("TH", "th-admin", "LA", "la-admin").entrySet()) {
            String health = body(admin.getKey(), "/actuator/health", basic(admin.getValue() + ":"
                    + passwords.get(admin.getValue())));
            assertThat(health).contains("\"peers\"");
            assertThat(health.toLowerCase(Locale.ROOT)).as(admin.getKey() + " health").doesNotContain("demo");
            assertThat(body(admin.getKey(), "/login", "").toLowerCase(Locale.ROOT)).as(admin.getKey() + " sign-in page")
                    .contains("password").doesNotContain("demo");
        }
    }

    /**
     * Runs a block line by line as a reader pasting it into a shell would, stopping at the first failure: each
     * {@code java -jar hub/target/blohub-hub.jar} command in this JVM through the jar's own command line (its relative
     * paths taken from the walk-through directory), everything between them with bash.
     */
    private void run(int number, String script) throws Exception {
        List<String> shell = new ArrayList<>();
        for (String line : script.replace("\\\n", " ").lines().toList()) {
            if (line.startsWith(JAR_COMMAND)) {
                bash(number, shell);
                shell.clear();
                jar(number, line.substring(JAR_COMMAND.length()));
            } else {
                shell.add(line);
            }
        }
        bash(number, shell);
    }

    private void jar(int number, String arguments) {
        assertThat(arguments).as("step " + number + ": the test runs jar commands without a shell, so they may use"
                + " quotes but no variables, redirections or pipes").doesNotContainPattern("[$|<>;&`]");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        int exit;
        try {
            PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            // the commands print to the streams of the moment they are made
            CommandLine jar = HubApplication.commandLine();
            jar.registerConverter(Path.class, directory::resolve);
            exit = jar.execute(ShellWords.split(arguments).toArray(String[]::new));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as("step " + number + " of " + PAGE + ": java -jar hub/target/blohub-hub.jar " + arguments
                + "\nprinted:\n" + text).isZero();
        output.append(text);
    }

    private void bash(int number, List<String> lines) throws Exception {
        if (lines.stream().allMatch(String::isBlank)) {
            return;
        }
        String script = String.join("\n", lines);
        Path log = directory.resolve("step-" + number + ".log");
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        withJava17(bash);
        Process process = bash.start();
        boolean exited = process.waitFor(STEP.toMillis(), TimeUnit.MILLISECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String printed = Files.readString(log);
        assertThat(exited && process.exitValue() == 0).as("step " + number + " of " + PAGE + ":\n" + script
                + "\nprinted:\n" + printed).isTrue();
    }

    private void write(WalkthroughPage.WriteFile file) throws IOException {
        Path target = directory.resolve(file.path());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.content());
    }

    private Process start(WalkthroughPage.StartNode start) throws IOException {
        // exec: the node's JVM replaces the shell, so stopping the process stops the node
        ProcessBuilder node = new ProcessBuilder("bash", "-c", "exec " + start.command()).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(directory.resolve(start.node() + ".log").toFile());
        withJava17(node);
        node.environment().put("JAVA_TOOL_OPTIONS", "-Xmx512m");
        return node.start();
    }

    /** The page's {@code java} is this test's Java 17. */
    private static void withJava17(ProcessBuilder process) {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        process.environment().put("PATH", bin + ":" + process.environment().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** Name to secret of what the commands printed once (passwords of accounts, tokens). */
    private Map<String, String> printed(Pattern pattern) {
        Map<String, String> secrets = new LinkedHashMap<>();
        Matcher matcher = pattern.matcher(output);
        while (matcher.find()) {
            secrets.put(matcher.group(1), matcher.group(2));
        }
        return secrets;
    }

    private void awaitLinkUp(String node, String peer, String admin) {
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(2))
                .failFast(() -> assertThat(nodes.get(node).isAlive()).as(() -> logTail(node)).isTrue())
                .untilAsserted(() -> {
            HttpResponse<String> health;
            try {
                health = https.send(request(node, "/actuator/health", basic(admin)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYetListening) {
                throw new AssertionError(node + " not answering over HTTPS yet", notYetListening);
            }
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            JsonNode peers = JSON.readTree(health.body()).at("/components/broker/details/peers");
            assertThat(peers.at("/" + peer + "/link").asString()).as(node + " -> " + peer).isEqualTo("UP");
        });
    }

    private String submit(String bearer) throws Exception {
        String message = """
                {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH", "handling": {"code": "H2"},
                 "language": "en", "subject": "Pickup 1AB-2345 stopped at Chiang Khong",
                 "body": "Did this vehicle or its driver cross in the last 48 hours?"}""";
        HttpResponse<String> response = https.send(request("TH", "/api/messages", bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(message)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("messageId").asString();
    }

    private String status(String id, String bearer) throws Exception {
        return JSON.readTree(body("TH", "/api/messages/" + id, bearer)).get("message").get("status").asString();
    }

    private String body(String node, String path, String authorization) throws Exception {
        HttpRequest.Builder request = authorization.isEmpty()
                ? HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofMinutes(1))
                : request(node, path, authorization);
        HttpResponse<String> response = https.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpRequest.Builder request(String node, String path, String authorization) {
        return HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofMinutes(1)).header("Authorization", authorization);
    }

    private URI uri(String node, String path) {
        return URI.create("https://localhost:" + httpsPorts.get(node) + path);
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private String logTail(String node) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(directory.resolve(node + ".log")));
            return node + " exited; its log ends:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                    lines.size()));
        } catch (IOException e) {
            return node + " exited; no log: " + e.getMessage();
        }
    }
}
