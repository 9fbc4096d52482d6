package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.PeerAuditStatus;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * TH and LA exchange messages; TH is backed up (stopped), exchanges more, and is restored with the operator's
 * commands of the built jar. The backup older than what LA cosigned is refused; the backup taken at the last stop
 * is restored into a fresh data directory, and TH goes on: LA cosigns its next checkpoint (so the log did not fork)
 * and a new message is delivered each way.
 */
class BackupRestoreIT {

    private static final Map<String, Object> FAST_CHECKPOINTS = Map.of("blo.audit.checkpoint-interval", "500ms");
    private static final Duration COMMAND_TIME = Duration.ofMinutes(2);

    @TempDir
    Path directory;

    private TwoNodes nodes;

    @AfterEach
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aRestoredNodeContinuesItsAuditLogAndLinkWhileABackupOlderThanWhatThePeerCosignedIsRefused() throws Exception {
        nodes = new TwoNodes(directory, FAST_CHECKPOINTS).start();
        String thLog = nodes.th.getBean(AuditOrigin.class).name();
        Path thData = directory.resolve("TH");
        List<String> beforeBackup = exchangeBothWays("before the backup");
        long coveredByOlderBackup = awaitLaCosignedAllOfTh(thLog);

        Command whileRunning = run("backup", "--node", "TH", "--data-dir", thData.toString(),
                "--material", nodes.material.toString(), "--out", directory.resolve("torn").toString());
        assertThat(whileRunning.exitCode()).as(whileRunning.output()).isEqualTo(1);
        assertThat(whileRunning.output()).contains("node TH is running", "stop it first");

        nodes.th.close();
        Path olderBackup = directory.resolve("backup-older");
        Command older = backup(thData, olderBackup);
        assertThat(older.exitCode()).as(older.output()).isZero();
        nodes.startTh();
        List<String> afterBackup = exchangeBothWays("after the backup");
        assertThat(awaitLaCosignedAllOfTh(thLog)).isGreaterThan(coveredByOlderBackup);
        nodes.th.close();
        long cosignedAtStop = laWitnessedSizeOf(thLog);

        Path fromOlder = directory.resolve("TH-from-older");
        Command refused = restore(olderBackup, fromOlder);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("restore refused: the backup is older than what",
                "cosigned TH's log at size " + cosignedAtStop, "fork");
        assertThat(fromOlder).doesNotExist();

        Path latestBackup = directory.resolve("backup-latest");
        Command latest = backup(thData, latestBackup);
        assertThat(latest.exitCode()).as(latest.output()).isZero();
        Path restoredData = directory.resolve("TH-restored");
        Command restored = restore(latestBackup, restoredData);
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("consistent", "restored node TH");
        long witnessedBeforeRestart = laWitnessedSizeOf(thLog);

        nodes.th = NodeLauncher.start("TH", nodes.material, restoredData, 0, List.of("LA"), FAST_CHECKPOINTS);

        List<String> everyMessage = new ArrayList<>(beforeBackup);
        everyMessage.addAll(afterBackup);
        assertThat(auditedIds(nodes.th)).as("the restored log keeps every exchange").containsAll(everyMessage);
        exchangeBothWays("after the restore");
        long newSize = awaitLaCosignedAllOfTh(thLog);
        assertThat(newSize).isGreaterThan(witnessedBeforeRestart);
        assertThat(nodes.la.getBean(PeerAuditStatus.class).problem(thLog)).as("LA's view of TH's log").isEmpty();
        assertThat(nodes.la.getBean(AuditLog.class).read(0, 100_000)).map(AuditRecord::event)
                .noneMatch(event -> event.reasonCode().filter("BLO-AUD-010"::equals).isPresent());
    }

    /** A request from TH to LA and one from LA to TH, both DELIVERED with their receipts back; their ids. */
    private List<String> exchangeBothWays(String subject) {
        String toLa = nodes.submitThToLa("Vehicle check " + subject);
        TwoNodes.Response response = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages",
                TwoNodes.request("TH-CHIANGKHONG", "H2", "Boat check " + subject));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String toTh = response.json().get("messageId").asString();
        awaitDelivered(nodes.th, toLa);
        awaitDelivered(nodes.la, toTh);
        return List.of(toLa, toTh);
    }

    private static void awaitDelivered(ConfigurableApplicationContext sender, String id) {
        MessageStore store = sender.getBean(MessageStore.class);
        await().atMost(TwoNodes.PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(store.find(id, Direction.OUTBOUND)).as(id).hasValueSatisfying(message ->
                        assertThat(message.summary().status()).isEqualTo(MessageStatus.DELIVERED)));
    }

    /** Waits until TH has signed a checkpoint of its whole log and LA has cosigned it; its size. */
    private long awaitLaCosignedAllOfTh(String thLog) {
        AuditLog thAudit = nodes.th.getBean(AuditLog.class);
        CheckpointStore thCheckpoints = nodes.th.getBean(CheckpointStore.class);
        await().atMost(TwoNodes.PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            long size = thAudit.size();
            return thCheckpoints.latest().filter(latest -> latest.treeSize() == size).isPresent()
                    && laWitnessedSizeOf(thLog) == size;
        });
        return laWitnessedSizeOf(thLog);
    }

    private long laWitnessedSizeOf(String thLog) {
        return nodes.la.getBean(WitnessedCheckpoints.class).last(thLog).map(last -> last.treeSize()).orElse(0L);
    }

    private static List<String> auditedIds(ConfigurableApplicationContext node) {
        return node.getBean(AuditLog.class).read(0, 100_000).stream().map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.SENT || event.type() == AuditEventType.RECEIVED)
                .flatMap(event -> event.messageId().stream()).toList();
    }

    private Command backup(Path dataDir, Path out) throws Exception {
        return run("backup", "--node", "TH", "--data-dir", dataDir.toString(), "--material",
                nodes.material.toString(), "--out", out.toString());
    }

    private Command restore(Path backup, Path dataDir) throws Exception {
        DemoCredentials.Officer laAuditor = nodes.credentials.auditorOf("LA");
        Path passwordFile = directory.resolve("la-auditor.password");
        Files.writeString(passwordFile, laAuditor.password());
        String laUrl = "http://localhost:" + nodes.la.getEnvironment().getProperty("local.server.port");
        return run("restore", "--from", backup.toString(), "--data-dir", dataDir.toString(), "--material",
                nodes.material.toString(), "--peer", laUrl, "--peer-user", laAuditor.user(), "--peer-password-file",
                passwordFile.toString());
    }

    record Command(int exitCode, String output) {
    }

    /** Runs a command of the built node jar, as an operator would. */
    private Command run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TwoNodes.repositoryRoot().resolve("hub/target/blohub-hub.jar").toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(directory, "command", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(COMMAND_TIME.toSeconds(), TimeUnit.SECONDS)).as(String.join(" ", arguments)).isTrue();
        return new Command(process.exitValue(), Files.readString(output));
    }
}
