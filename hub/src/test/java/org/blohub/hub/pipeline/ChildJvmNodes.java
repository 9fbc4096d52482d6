package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.blohub.hub.broker.FreeBrokerPorts;

/**
 * TH and LA in a child JVM ({@link TwoNodesProcess}) on the data under a directory, for tests that need
 * the nodes' own heap limit or need to kill them outright. Starting again on the same directory brings
 * the same network back on its stored data.
 */
final class ChildJvmNodes {

    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final Process process;
    private final Path log;
    private final Properties ready = new Properties();

    private ChildJvmNodes(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the child JVM with these JVM options and waits until both nodes answer. Each start under the
     * same directory writes its own log ({@code nodes-1.log}, {@code nodes-2.log}, ...).
     */
    static ChildJvmNodes start(Path directory, String... jvmOptions) throws IOException, InterruptedException {
        int run = 1;
        while (Files.exists(directory.resolve("nodes-" + run + ".log"))) {
            run++;
        }
        Path log = directory.resolve("nodes-" + run + ".log");
        Path readyFile = directory.resolve("ready-" + run + ".properties");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        // the child picks its broker ports from this test JVM's slice, clear of the other test JVMs'
        Optional.ofNullable(System.getProperty(FreeBrokerPorts.SLICE_PROPERTY))
                .ifPresent(slice -> command.add("-D" + FreeBrokerPorts.SLICE_PROPERTY + "=" + slice));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TwoNodesProcess.class.getName(),
                directory.resolve("network").toString(), readyFile.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildJvmNodes nodes = new ChildJvmNodes(process, log);
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(process.isAlive()).as(() -> "child JVM exited while starting:\n" + nodes.logTail()).isTrue();
            return Files.exists(readyFile);
        });
        try (InputStream in = Files.newInputStream(readyFile)) {
            nodes.ready.load(in);
        }
        return nodes;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A request to "th" or "la", authenticated with the demo API token of its first office. */
    HttpRequest.Builder request(String node, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + ready.getProperty(node + ".port") + path))
                .timeout(Duration.ofMinutes(3))
                .header("Authorization", "Bearer " + ready.getProperty(node + ".token"));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String node, String path) throws IOException, InterruptedException {
        return send(request(node, path).GET().build());
    }

    HttpResponse<Path> download(String node, String path, Path file) throws IOException, InterruptedException {
        return http.send(request(node, path).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
    }

    /** The status of a message as the office of "th" or "la" sees it, or {@code ABSENT} when the node does not have it. */
    String status(String node, String id) throws IOException, InterruptedException {
        HttpResponse<String> response = get(node, "/api/messages/" + id);
        if (response.statusCode() == 404) {
            return "ABSENT";
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TwoNodes.JSON.readTree(response.body()).get("message").get("status").asString();
    }

    String logTail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
