package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.blohub.hub.store.AuditEventType;
import org.blohub.hub.store.AuditLog;
import org.blohub.hub.store.AuditRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Directory adapters between two real nodes, with the test-only {@code test-lines} format
 * (org.blohub.hub.adapter.LineFormat): LA-HOUAYXAY posts from an inbox directory, TH-CHIANGKHONG receives into an
 * outbox directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryAdaptersIT {

    private static final String ACTOR = "adapter:LA-HOUAYXAY:test-lines";

    @TempDir
    static Path directory;

    private TwoNodes nodes;
    private Path inbox;
    private Path outbox;

    @BeforeAll
    void startNodes() throws Exception {
        inbox = directory.resolve("adapters/LA/LA-HOUAYXAY/inbox");
        outbox = directory.resolve("adapters/TH/TH-CHIANGKHONG/outbox");
        Path th = Files.writeString(directory.resolve("TH-adapters.yaml"), """
                offices:
                  - office: TH-CHIANGKHONG
                    outbound:
                      - channel: directory
                        format: test-lines
                        directory: adapters/TH/TH-CHIANGKHONG/outbox
                """);
        Path la = Files.writeString(directory.resolve("LA-adapters.yaml"), """
                offices:
                  - office: LA-HOUAYXAY
                    inbound:
                      - channel: directory
                        format: test-lines
                        directory: adapters/LA/LA-HOUAYXAY/inbox
                        poll: 500ms
                        settle: 1s
                        maxFileSize: 1MB
                """);
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN
                .bothNodes(Map.of("blo.adapters.config", th.toString(), "blo.adapters.base-dir", directory.toString()))
                .laOnly(Map.of("blo.adapters.config", la.toString()))).start();
    }

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @Test
    void goodLinesReachTheOutboxDirectoryBadOnesAreNamedInTheErrorFileAndADropRepeatedSendsNothing() throws IOException {
        String document = """
                ;TH-CHIANGKHONG;Pangolin scales seized
                ;TH-CHIANGKHONG
                ;TH-CHIANGKHONG;Rosewood logs seized
                """;
        long outboxBefore = outboxTotal();
        int writtenBefore = written().size();
        Files.writeString(inbox.resolve("seizures.txt"), document);

        Path errorFile = inbox.resolve("error/seizures.txt.errors.txt");
        await().atMost(TwoNodes.PATIENCE).until(() -> Files.exists(errorFile));
        assertThat(inbox.resolve("error/seizures.txt")).exists();
        assertThat(inbox.resolve("seizures.txt")).doesNotExist();
        assertThat(Files.readString(errorFile)).contains("2 part(s) sent now, 0 sent before, 1 refused")
                .contains("line 2, column subject: expected 3 fields separated by ';', found 2");
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(written()).hasSize(writtenBefore + 2));
        assertThat(written().stream().map(DirectoryAdaptersIT::read).toList()).contains(
                "LA-HOUAYXAY;TH-CHIANGKHONG;Pangolin scales seized", "LA-HOUAYXAY;TH-CHIANGKHONG;Rosewood logs seized");
        assertThat(rejectedByAdapter()).anySatisfy(event -> {
            assertThat(event.event().reasonCode()).contains("ADAPTER_TRANSLATION_REFUSED");
            assertThat(event.event().target()).contains("seizures.txt line 2");
        });

        Files.writeString(inbox.resolve("seizures.txt"), document);

        Path secondErrorFile = inbox.resolve("error/seizures-2.txt.errors.txt");
        await().atMost(TwoNodes.PATIENCE).until(() -> Files.exists(secondErrorFile));
        assertThat(Files.readString(secondErrorFile)).contains("0 part(s) sent now, 2 sent before, 1 refused");
        assertThat(outboxTotal()).isEqualTo(outboxBefore + 2);
        assertThat(written()).hasSize(writtenBefore + 2);
    }

    @Test
    void aCompleteFileMovesToDoneAndALineNamingAnotherOfficeOrNoAgreementIsRefusedAndAudited() throws IOException {
        Files.writeString(inbox.resolve("alerts.txt"), ";TH-CHIANGKHONG;Boat seen upstream\n");
        await().atMost(TwoNodes.PATIENCE).until(() -> Files.exists(inbox.resolve("done/alerts.txt")));
        assertThat(inbox.resolve("error/alerts.txt.errors.txt")).doesNotExist();

        Files.writeString(inbox.resolve("mixed.txt"), "TH-CHIANGKHONG;LA-HOUAYXAY;Not ours\n;TH-MAESAI;No agreement\n");
        Path errorFile = inbox.resolve("error/mixed.txt.errors.txt");
        await().atMost(TwoNodes.PATIENCE).until(() -> Files.exists(errorFile));
        assertThat(Files.readString(errorFile))
                .contains("line 1: the document names sending office 'TH-CHIANGKHONG'; this adapter posts for LA-HOUAYXAY only")
                .contains("line 2: ");
        assertThat(rejectedByAdapter()).extracting(event -> event.event().reasonCode().orElseThrow())
                .contains("ADAPTER_WRONG_SENDER", "ADAPTER_NOT_AUTHORIZED");
    }

    @Test
    void anEmptyFileAndAnOverSizeFileAreRefusedWithoutBeingRead() throws IOException {
        Files.createFile(inbox.resolve("empty.txt"));
        try (RandomAccessFile huge = new RandomAccessFile(inbox.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(1L << 30);
        }

        await().atMost(TwoNodes.PATIENCE).until(() -> Files.exists(inbox.resolve("error/huge.txt.errors.txt"))
                && Files.exists(inbox.resolve("error/empty.txt.errors.txt")));
        assertThat(Files.readString(inbox.resolve("error/huge.txt.errors.txt")))
                .contains("file: the file has 1073741824 bytes; this adapter accepts files of at most 1048576 bytes");
        assertThat(Files.readString(inbox.resolve("error/empty.txt.errors.txt")))
                .contains("file: the file is empty (0 bytes)");
        assertThat(rejectedByAdapter()).anySatisfy(event ->
                assertThat(event.event().target()).contains("huge.txt file"));
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private long outboxTotal() {
        return nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/outbox", null).json().get("total").asLong();
    }

    private List<AuditRecord> rejectedByAdapter() {
        AuditLog log = nodes.la.getBean(AuditLog.class);
        return log.read(0, (int) log.size()).stream()
                .filter(record -> record.event().type() == AuditEventType.REJECTED)
                .filter(record -> record.event().actor().equals(ACTOR))
                .toList();
    }
}
