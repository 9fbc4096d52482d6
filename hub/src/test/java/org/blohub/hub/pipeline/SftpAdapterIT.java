package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * SFTP pull between two real nodes: LA-HOUAYXAY fetches the Lao customs CSV from an in-process Apache SSHD server
 * (password login, host key pinned in known_hosts); TH-CHIANGKHONG's outbox directory gets one Thai XML file per row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SftpAdapterIT {

    private static final String PASSWORD = "customs-sftp-password";

    @TempDir
    static Path directory;

    private SshServer sftp;
    private TwoNodes nodes;
    private Path remote;
    private Path outbox;

    @BeforeAll
    void startSftpServerAndNodes() throws Exception {
        Path root = Files.createDirectories(directory.resolve("sftp-root"));
        remote = Files.createDirectories(root.resolve("reports"));
        sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(0);
        sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(directory.resolve("host.key")));
        sftp.setPasswordAuthenticator((user, password, session) -> "customs".equals(user) && PASSWORD.equals(password));
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sftp.start();
        KeyPair hostKey = sftp.getKeyPairProvider().loadKeys(null).iterator().next();
        Files.writeString(directory.resolve("known_hosts"),
                "[127.0.0.1]:" + sftp.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        Files.writeString(directory.resolve("sftp.password"), PASSWORD + "\n");

        outbox = directory.resolve("adapters/TH/TH-CHIANGKHONG/outbox");
        Path th = Files.writeString(directory.resolve("TH-adapters.yaml"), """
                offices:
                  - office: TH-CHIANGKHONG
                    outbound:
                      - channel: directory
                        format: th-cms-xml
                        directory: adapters/TH/TH-CHIANGKHONG/outbox
                """);
        Path la = Files.writeString(directory.resolve("LA-adapters.yaml"), """
                offices:
                  - office: LA-HOUAYXAY
                    inbound:
                      - channel: sftp
                        format: la-customs-csv
                        directory: adapters/LA/LA-HOUAYXAY/sftp-inbox
                        host: 127.0.0.1
                        port: %d
                        user: customs
                        passwordFile: sftp.password
                        knownHostsFile: known_hosts
                        remoteDirectory: reports
                        poll: 1s
                        settle: 1s
                """.formatted(sftp.getPort()));
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN
                .bothNodes(Map.of("blo.adapters.config", th.toString(), "blo.adapters.base-dir", directory.toString()))
                .laOnly(Map.of("blo.adapters.config", la.toString()))).start();
    }

    @AfterAll
    void stop() throws IOException {
        if (nodes != null) {
            nodes.close();
        }
        sftp.stop(true);
    }

    @Test
    void aReportPutOnTheServerIsFetchedRemovedThereAndDeliveredAsOneThaiXmlFilePerRow() throws IOException {
        Path sample = TwoNodes.repositoryRoot().resolve("docs/samples/la-customs-seizures.csv");
        Files.copy(sample, remote.resolve("seizures.part"));
        Files.move(remote.resolve("seizures.part"), remote.resolve("seizures.csv"), StandardCopyOption.ATOMIC_MOVE);

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(written()).hasSize(3));
        assertThat(remote.resolve("seizures.csv")).doesNotExist();
        assertThat(directory.resolve("adapters/LA/LA-HOUAYXAY/sftp-inbox/done/seizures.csv")).exists();
        assertThat(written()).allSatisfy(file -> assertThat(Files.readString(file)).contains("2569"));
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xml")).toList();
        }
    }
}
