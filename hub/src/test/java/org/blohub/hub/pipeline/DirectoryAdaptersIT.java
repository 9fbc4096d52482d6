package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.assertj.core.data.Offset;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adapters between two real nodes, with the test-only {@code test-lines} format (org.blohub.hub.adapter.LineFormat):
 * LA-HOUAYXAY posts from an inbox directory; TH-CHIANGKHONG receives into an outbox directory and by a signed webhook
 * to a local HTTP receiver that refuses the first two calls of each document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryAdaptersIT {

    private static final String ACTOR = "adapter:LA-HOUAYXAY:test-lines";

    @TempDir
    static Path directory;

    private static final String WEBHOOK_SECRET = "demo-webhook-secret-0123456789";

    private TwoNodes nodes;
    private Path inbox;
    private Path outbox;
    private HttpServer receiver;
    private final List<WebhookCall> webhookCalls = new CopyOnWriteArrayList<>();

    private record WebhookCall(String document, String signature, byte[] body, int answered) {
    }

    @BeforeAll
    void startNodes() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/blo", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String document = exchange.getRequestHeaders().getFirst("X-BLO-Document");
            long earlier = webhookCalls.stream().filter(call -> call.document().equals(document)).count();
            int status = earlier < 2 ? 503 : 204;
            webhookCalls.add(new WebhookCall(document, exchange.getRequestHeaders().getFirst("X-BLO-Signature"), body,
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        Files.writeString(directory.resolve("webhook.secret"), WEBHOOK_SECRET + "\n");
        inbox = directory.resolve("adapters/LA/LA-HOUAYXAY/inbox");
        outbox = directory.resolve("adapters/TH/TH-CHIANGKHONG/outbox");
        Path th = Files.writeString(directory.resolve("TH-adapters.yaml"), """
                offices:
                  - office: TH-CHIANGKHONG
                    outbound:
                      - channel: directory
                        format: test-lines
                        directory: adapters/TH/TH-CHIANGKHONG/outbox
                      - channel: webhook
                        format: test-lines
                        url: http://127.0.0.1:%d/blo
                        secretFile: webhook.secret
                        backoff: 200ms
                """.formatted(receiver.getAddress().getPort()));
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
        receiver.stop(0);
    }

    @Test
    void aDeliveredMessageIsPostedSignedAndRetriedWithBackOffUntilTheReceiverAccepts() throws Exception {
        Files.writeString(inbox.resolve("webhook.txt"), ";TH-CHIANGKHONG;Barge seen at the pier\n");

        await().atMost(TwoNodes.PATIENCE).until(() -> webhookCalls.stream()
                .anyMatch(call -> new String(call.body(), StandardCharsets.UTF_8).endsWith("Barge seen at the pier")
                        && call.answered() == 204));
        String document = webhookCalls.stream()
                .filter(call -> new String(call.body(), StandardCharsets.UTF_8).endsWith("Barge seen at the pier"))
                .findFirst().orElseThrow().document();
        List<WebhookCall> calls = webhookCalls.stream().filter(call -> call.document().equals(document)).toList();
        assertThat(calls).extracting(WebhookCall::answered).containsExactly(503, 503, 204);
        assertThat(calls).allSatisfy(call -> {
            Matcher signature = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(call.signature());
            assertThat(signature.matches()).as(call.signature()).isTrue();
            assertThat(signature.group(2)).isEqualTo(hmac(signature.group(1) + ".", call.body()));
            assertThat(Long.parseLong(signature.group(1))).isCloseTo(System.currentTimeMillis() / 1000,
                    Offset.offset(600L));
        });
    }

    private static String hmac(String prefix, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(prefix.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(mac.doFinal(body));
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
        await().atMost(TwoNodes.PATIENCE).until(() -> Files.exists(errorFile)
                && Files.exists(inbox.resolve("error/seizures.txt")) && !Files.exists(inbox.resolve("seizures.txt")));
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
