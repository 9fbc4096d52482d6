package org.blohub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackupRestoreCommandsTest {

    @TempDir
    Path directory;

    Path dataDir;
    Path material;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void aStoppedNode() throws Exception {
        dataDir = directory.resolve("TH");
        material = directory.resolve("material");
        Files.createDirectories(dataDir.resolve("db"));
        Files.createDirectories(dataDir.resolve("broker/journal"));
        Files.createDirectories(dataDir.resolve("audit"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.writeString(dataDir.resolve("db/hub.mv.db"), "database");
        Files.writeString(dataDir.resolve("broker/server.lock"), "");
        Files.writeString(dataDir.resolve("broker/journal/activemq-data-1.amq"), "journal");
        Files.writeString(dataDir.resolve("audit/log.key"), "PRIVATE+KEY+secret");
        Files.setPosixFilePermissions(dataDir.resolve("audit/log.key"), PosixFilePermissions.fromString("rw-------"));
        Files.createDirectories(material.resolve("keys/TH"));
        Files.writeString(material.resolve("keys/TH/office.p12"), "office key");
    }

    private int run(Object command, String... arguments) {
        return new CommandLine(command).execute(arguments);
    }

    private int backup(Path to) {
        return run(new BackupCommand(new PrintStream(out, true), new PrintStream(err, true),
                Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC)),
                "--node", "TH", "--data-dir", dataDir.toString(), "--material", material.toString(),
                "--out", to.toString());
    }

    private int restoreWithoutPeers(Path from, Path to, String... more) {
        String[] arguments = {"--from", from.toString(), "--data-dir", to.toString(), "--material", material.toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return run(new RestoreCommand(new PrintStream(out, true), new PrintStream(err, true)), all);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class Backup {

        @Test
        void copiesTheDataAndKeyDirectoriesWithAManifestOfChecksums() throws Exception {
            Path backup = directory.resolve("backup");

            assertThat(backup(backup)).isZero();

            assertThat(backup.resolve("data/broker/journal/activemq-data-1.amq")).hasContent("journal");
            assertThat(backup.resolve("keys/office.p12")).hasContent("office key");
            assertThat(Files.getPosixFilePermissions(backup.resolve("data/audit")))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(backup.resolve("data/audit/log.key")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            BackupManifest manifest = BackupManifest.read(backup);
            assertThat(manifest.node()).isEqualTo("TH");
            assertThat(manifest.takenAt()).isEqualTo(Instant.parse("2026-12-07T05:00:00Z"));
            assertThat(manifest.sha256ByFile()).containsKeys("data/db/hub.mv.db", "data/audit/log.key",
                    "keys/office.p12");
            assertThat(manifest.problems(backup)).isEmpty();
        }

        @Test
        void refusesWhileTheNodeHoldsItsDatabase() throws Exception {
            try (FileChannel database = FileChannel.open(dataDir.resolve("db/hub.mv.db"), StandardOpenOption.WRITE);
                    var lock = database.lock()) {
                assertThat(backup(directory.resolve("backup"))).isEqualTo(1);
            }
            assertThat(errors()).contains("node TH is running", "hub.mv.db is locked", "stop it first");
            assertThat(directory.resolve("backup/data")).doesNotExist();
        }

        @Test
        void refusesADirectoryThatIsNotEmpty() throws Exception {
            Files.createDirectories(directory.resolve("backup"));
            Files.writeString(directory.resolve("backup/other"), "x");

            assertThat(backup(directory.resolve("backup"))).isEqualTo(1);
            assertThat(errors()).contains("is not empty");
        }
    }

    @Nested
    class Restore {

        Path backup;

        @BeforeEach
        void aBackup() {
            backup = directory.resolve("backup");
            assertThat(backup(backup)).isZero();
        }

        @Test
        void restoresIntoAFreshDirectoryAndPutsBackMissingKeys() throws Exception {
            Files.delete(material.resolve("keys/TH/office.p12"));
            Path fresh = directory.resolve("TH-restored");

            assertThat(restoreWithoutPeers(backup, fresh, "--skip-peer-check")).isZero();

            assertThat(fresh.resolve("db/hub.mv.db")).hasContent("database");
            assertThat(Files.getPosixFilePermissions(fresh.resolve("audit/log.key")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(material.resolve("keys/TH/office.p12")).hasContent("office key");
        }

        @Test
        void refusesADamagedBackupNamingEveryDamagedFileAndRestoresNothing() throws Exception {
            Files.writeString(backup.resolve("data/broker/journal/activemq-data-1.amq"), "truncat");
            Files.delete(backup.resolve("keys/office.p12"));
            Path fresh = directory.resolve("TH-restored");

            assertThat(restoreWithoutPeers(backup, fresh, "--skip-peer-check")).isEqualTo(1);

            assertThat(errors()).contains("is damaged", "data/broker/journal/activemq-data-1.amq differs",
                    "keys/office.p12 is missing");
            assertThat(fresh).doesNotExist();
        }

        @Test
        void refusesWithoutPeersUnlessTheCheckIsSkippedExplicitly() {
            assertThat(restoreWithoutPeers(backup, directory.resolve("TH-restored"))).isEqualTo(1);

            assertThat(errors()).contains("name every peer of node TH with --peer", "--skip-peer-check");
        }

        @Test
        void refusesToOverwriteADataDirectory() {
            assertThat(restoreWithoutPeers(backup, dataDir, "--skip-peer-check")).isEqualTo(1);

            assertThat(errors()).contains(dataDir + " is not empty");
        }

        @Test
        void refusesKeysThatChangedSinceTheBackupAndLeavesNoDataDirectory() throws Exception {
            Files.writeString(material.resolve("keys/TH/office.p12"), "rotated key");
            Path fresh = directory.resolve("TH-restored");

            assertThat(restoreWithoutPeers(backup, fresh, "--skip-peer-check")).isEqualTo(1);

            assertThat(errors()).contains("office.p12 differs from the backup's", "key rotation");
            assertThat(fresh).doesNotExist();
            assertThat(material.resolve("keys/TH/office.p12")).hasContent("rotated key");
        }
    }
}
