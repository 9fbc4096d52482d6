package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The acceptance test of issue 3: a 20 MB attachment goes TH -> LA as an Artemis large message and
 * comes out intact, with both nodes in one child JVM limited to a 256 MB heap that exits on the first
 * OutOfMemoryError. A whole-message copy per hop (upload, seal, send, bridge, receive, check,
 * download) would not fit beside two brokers and two Spring contexts.
 */
class LargeAttachmentIT {

    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @TempDir
    Path directory;

    private ChildJvmNodes nodes;

    @BeforeEach
    void startTwoNodesUnderA256MegabyteHeap() throws Exception {
        nodes = ChildJvmNodes.start(directory, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
    }

    @AfterEach
    void killTheNodes() throws InterruptedException {
        if (nodes != null) {
            nodes.kill();
        }
    }

    @Test
    void twentyMegabyteAttachmentIsDeliveredIntactAsALargeMessageWithinA256MegabyteHeap() throws Exception {
        Path attachment = directory.resolve("scan.bin");
        String sha256 = writeRandomFile(attachment, TWENTY_MB);
        Path thLargeMessages = directory.resolve("network/TH/broker/large-messages");
        Path laLargeMessages = directory.resolve("network/LA/broker/large-messages");
        LargestFileWatch watch = LargestFileWatch.start(thLargeMessages, laLargeMessages);

        HttpResponse<String> submitted = submit(attachment);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String id = TwoNodes.JSON.readTree(submitted.body()).get("messageId").asString();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(nodes.status("th", id)).isEqualTo("DELIVERED"));
        watch.stop();

        JsonNode descriptor = TwoNodes.JSON.readTree(nodes.get("la", "/api/messages/" + id).body())
                .get("content").get("attachments").get(0);
        assertThat(descriptor.get("size").asLong()).isEqualTo(TWENTY_MB);
        assertThat(descriptor.get("sha256").asString()).isEqualTo(sha256);
        assertThat(descriptor.get("name").asString()).isEqualTo("scan.bin");

        Path downloaded = directory.resolve("downloaded.bin");
        HttpResponse<Path> download = nodes.download("la", "/api/messages/" + id + "/attachments/0", downloaded);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("scan.bin");
        assertThat(sha256(downloaded)).isEqualTo(sha256);

        assertThat(watch.largestSeen()).as("largest file seen in the brokers' large-messages directories")
                .isGreaterThan(TWENTY_MB / 2);
        assertThat(nodes.isAlive()).as("child JVM survived under -Xmx256m").isTrue();
    }

    private HttpResponse<String> submit(Path attachment) throws IOException, InterruptedException {
        MultipartUpload upload = MultipartUpload.of(TwoNodes.request("LA-HOUAYXAY", "H2", "Scanned manifest"),
                "scan.bin", "application/octet-stream", attachment);
        return nodes.send(nodes.request("th", "/api/messages").header("Content-Type", MultipartUpload.CONTENT_TYPE)
                .POST(upload.body()).build());
    }

    private static String writeRandomFile(Path file, long length) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Random random = new Random(20);
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < length; written += buffer.length) {
                random.nextBytes(buffer);
                digest.update(buffer);
                out.write(buffer);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Samples the brokers' large-message directories while the attachment travels: Artemis writes a
     * large message there as it streams in and deletes it once consumed, so only a watch sees it.
     */
    private static final class LargestFileWatch implements Runnable {

        private final List<Path> directories;
        private final AtomicLong largest = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private LargestFileWatch(List<Path> directories) {
            this.directories = directories;
            this.thread = new Thread(this, "large-message-watch");
            thread.setDaemon(true);
        }

        static LargestFileWatch start(Path... directories) {
            LargestFileWatch watch = new LargestFileWatch(List.of(directories));
            watch.thread.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                for (Path directory : directories) {
                    if (Files.isDirectory(directory)) {
                        try (Stream<Path> files = Files.list(directory)) {
                            files.forEach(file -> {
                                try {
                                    largest.accumulateAndGet(Files.size(file), Math::max);
                                } catch (IOException deletedMeanwhile) {
                                    // the broker removed it between listing and sizing
                                }
                            });
                        } catch (IOException ignored) {
                            // listing raced with a deletion; the next sample catches up
                        }
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long largestSeen() {
            return largest.get();
        }
    }
}
