package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TH's data directory (H2 database and broker journal) is a small tmpfs of the test's own, which it fills below the
 * node's reserve (64 MB) while messages are in flight: submissions are refused with 503 and a reason, health says
 * the disk is nearly full, nothing accepted before is lost, and once space returns the node takes submissions again
 * without a restart.
 * Mounting needs root (as in CI); elsewhere the test is skipped.
 */
class DiskFullIT {

    private static final long MEGABYTE = 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    void aFullDiskRefusesSubmissionsWith503LosesNothingAndTheNodeRecoversWhenSpaceReturns() throws Exception {
        Path thData = Files.createDirectories(directory.resolve("TH"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", thData.toString()),
                "mounting a tmpfs needs root");
        try (TwoNodes nodes = new TwoNodes(directory).start()) {
            MessageStore store = nodes.th.getBean(MessageStore.class);
            List<String> accepted = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                accepted.add(nodes.submitThToLa("Accepted before the disk filled " + i));
            }

            Path filler = fillLeaving(thData, 16 * MEGABYTE);
            TwoNodes.Response refused = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages",
                    TwoNodes.request("LA-HOUAYXAY", "H2", "Submitted while the disk is full"));
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isPresent();
            String reason = refused.json().get("message").asString();
            assertThat(reason).contains("was not accepted", "disk is nearly full", "nothing was stored or sent",
                    "submit it again later");
            String refusedId = reason.split(" ")[1];
            TwoNodes.Response health = nodes.asAdmin(nodes.th, "GET", "/actuator/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/components/diskSpace/status").asString()).isEqualTo("DOWN");

            Files.delete(filler);
            AtomicReference<String> afterwards = new AtomicReference<>();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                TwoNodes.Response response = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages",
                        TwoNodes.request("LA-HOUAYXAY", "H2", "Submitted after space returned"));
                if (response.status() == 202) {
                    afterwards.set(response.json().get("messageId").asString());
                }
                return response.status() == 202;
            });
            accepted.add(afterwards.get());

            await().atMost(TwoNodes.PATIENCE).until(() -> accepted.stream()
                    .allMatch(id -> status(store, id) == MessageStatus.DELIVERED));
            MessageStore laStore = nodes.la.getBean(MessageStore.class);
            assertThat(accepted).allSatisfy(id -> assertThat(laStore.find(id, Direction.INBOUND)).isPresent());
            assertThat(store.find(refusedId, Direction.OUTBOUND)).isEmpty();
            AuditLog thAudit = nodes.th.getBean(AuditLog.class);
            assertThat(accepted).allSatisfy(id -> assertThat(TwoNodeExchangeIT.eventsOf(thAudit, id))
                    .containsOnlyOnce(AuditEventType.SUBMITTED).contains(AuditEventType.RECEIPT));
            assertThat(nodes.asAdmin(nodes.th, "GET", "/actuator/health", null).status()).isEqualTo(200);
        } finally {
            run("umount", "-l", thData.toString());
        }
    }

    /** Writes a file until the file system has only {@code left} bytes free, and returns it. */
    private static Path fillLeaving(Path fileSystem, long left) throws IOException {
        Path filler = fileSystem.resolve("filler");
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(fileSystem).getUsableSpace() - block.length > left) {
                out.write(block);
                out.flush();
            }
        }
        return filler;
    }

    private static MessageStatus status(MessageStore store, String id) {
        return store.find(id, Direction.OUTBOUND).map(message -> message.summary().status()).orElse(null);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        return process.waitFor() == 0;
    }
}
