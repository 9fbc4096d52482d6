package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.audit.LogAuditor;
import org.blohub.hub.audit.LogEntry;
import org.blohub.hub.audit.evidence.EvidenceBundleVerifier;
import org.blohub.hub.audit.evidence.EvidenceReport;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.store.AttachmentStore;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.blohub.hub.web.Browser;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Content retention on two running nodes whose REQUESTs are kept {@value #REQUEST_RETENTION}: a request with an
 * attachment TH sends to LA is purged on both sides once that has passed, while a NOTIFICATION (kept five years) keeps
 * its content. Each side then shows the request as purged, with time and rule, has no envelope or attachment part
 * left but keeps its header, envelope digest and receipt, has one PURGED audit leaf naming the rule, and its audit log
 * and the evidence bundle still verify. TH keeps its H2 file, LA runs on PostgreSQL, so the purge runs on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentRetentionIT {

    private static final String REQUEST_RETENTION = "PT15S";
    private static final String RULE = "retention.request=" + REQUEST_RETENTION;
    private static final String SUBJECT = "Retention pickup check";
    private static final String LA_DATABASE = "blohub_la";

    @TempDir
    static Path directory;

    private EmbeddedPostgres postgres;
    private TwoNodes nodes;
    private String requestId;
    private String notificationId;

    @BeforeAll
    void exchangeARequestAndANotificationAndWaitForTheRequestsPurge() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + LA_DATABASE).update();
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN.bothNodes(Map.of(
                        "blo.retention.request", REQUEST_RETENTION, "blo.retention.purge-scan", "1s",
                        "blo.audit.checkpoint-interval", "500ms"))
                .laOnly(Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", LA_DATABASE),
                        "spring.datasource.username", "postgres", "spring.datasource.password", ""))).start();
        requestId = submitRequestWithAttachment();
        TwoNodes.Response notification = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", """
                {"to": ["LA-HOUAYXAY"], "kind": "NOTIFICATION", "priority": "ROUTINE", "handling": {"code": "H0"},
                 "language": "en", "subject": "Retention seizure report", "body": "Seized 20 kg at Houayxay."}""");
        assertThat(notification.status()).as(notification.body()).isEqualTo(202);
        notificationId = notification.json().get("messageId").asString();

        await().atMost(TwoNodes.PATIENCE).until(() -> purged(thRead(requestId)) && purged(laRead(requestId))
                && thRead(requestId).get("receipts").size() >= 1);
    }

    @AfterAll
    void stopNodes() throws IOException {
        if (nodes != null) {
            nodes.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void bothSidesShowTheRequestAsPurgedWithTimeAndRuleAndKeepItsHeaderAndReceipt() {
        for (JsonNode detail : List.of(thRead(requestId), laRead(requestId))) {
            JsonNode message = detail.get("message");
            assertThat(message.get("purged").get("rule").asString()).isEqualTo(RULE);
            assertThat(message.get("purged").get("purgedAt").asString()).isNotBlank();
            assertThat(message.get("kind").asString()).isEqualTo("REQUEST");
            assertThat(message.get("from").asString()).isEqualTo("TH-CHIANGKHONG");
            assertThat(detail.path("content").has("subject")).isFalse();
            assertThat(detail.get("certificateStatus").asString()).contains("content purged", RULE);
            assertThat(detail.toString()).doesNotContain(SUBJECT);
        }
        assertThat(thRead(requestId).get("receipts").get(0).get("kind").asString()).isEqualTo("DELIVERED");
        JsonNode outboxEntry = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox", null).json()
                .get("messages").valueStream().filter(m -> m.get("messageId").asString().equals(requestId))
                .findFirst().orElseThrow();
        assertThat(outboxEntry.get("purged").get("rule").asString()).isEqualTo(RULE);
    }

    @Test
    void theAttachmentPartsAreGoneOnBothSidesAndADownloadSaysWhy() {
        for (ConfigurableApplicationContext node : List.of(nodes.th, nodes.la)) {
            assertThat(node.getBean(AttachmentStore.class).copiesOf(requestId, 0)).isEmpty();
        }
        TwoNodes.Response download = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET",
                "/api/messages/" + requestId + "/attachments/0", null);
        assertThat(download.status()).isEqualTo(409);
        assertThat(download.body()).contains("purged", RULE);
    }

    @Test
    void theOfficersPagesShowThePurgedRequestWithTimeAndRuleInsteadOfItsContent() {
        DemoCredentials.Officer officer = nodes.credentials.officerOf("LA-HOUAYXAY");
        try (Browser browser = new Browser(WebNodes.baseUrl(nodes.la), directory.resolve("profile-la"))) {
            browser.signIn(officer.user(), officer.password());
            browser.open("/messages/" + requestId + "?lang=en");
            WebElement article = browser.find(By.cssSelector("article[data-message-id='" + requestId + "']"));
            assertThat(article.findElement(By.cssSelector("p.purged")).getText())
                    .startsWith("Content purged on").endsWith("under the retention rule " + RULE);
            assertThat(article.findElement(By.tagName("h2")).getText()).isEqualTo("(content purged)");
            assertThat(browser.pageText()).doesNotContain(SUBJECT, "plate.jpg", "Signature NOT valid");

            browser.open("/inbox?lang=en");
            assertThat(browser.find(By.cssSelector("tr[data-message-id='" + requestId + "']")).getText())
                    .contains("(content purged)");
        }
    }

    @Test
    void thOnH2AndLaOnPostgresqlEachDropTheEnvelopeRowAndRecordThePurge() throws Exception {
        for (ConfigurableApplicationContext node : List.of(nodes.th, nodes.la)) {
            JdbcClient database = JdbcClient.create(node.getBean(DataSource.class));
            assertThat(database.sql("SELECT COUNT(*) FROM message_envelopes WHERE message_id = ?").params(requestId)
                    .query(Long.class).single()).isZero();
            assertThat(database.sql("SELECT purge_rule FROM messages WHERE message_id = ?").params(requestId)
                    .query(String.class).list()).containsExactly(RULE);
            assertThat(database.sql("SELECT COUNT(*) FROM message_envelopes WHERE message_id = ?")
                    .params(notificationId).query(Long.class).single()).isOne();
        }
        try (Connection connection = nodes.la.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void eachStoreDropsTheEnvelopeButKeepsItsDigest() {
        StoredMessage sent = nodes.th.getBean(MessageStore.class).find(requestId, Direction.OUTBOUND).orElseThrow();
        StoredMessage received = nodes.la.getBean(MessageStore.class).find(requestId, Direction.INBOUND)
                .orElseThrow();

        assertThat(sent.envelope()).isEmpty();
        assertThat(received.envelope()).isEmpty();
        assertThat(sent.summary().envelopeSha256()).hasSize(64).isEqualTo(received.summary().envelopeSha256());
        assertThat(sent.summary().purge().orElseThrow().rule()).isEqualTo(RULE);
    }

    @Test
    void aNotificationKeptFiveYearsKeepsItsContentOnBothSides() {
        assertThat(thRead(notificationId).get("content").get("subject").asString())
                .isEqualTo("Retention seizure report");
        await().atMost(TwoNodes.PATIENCE).until(() -> laRead(notificationId).get("content").has("subject"));
        assertThat(purged(laRead(notificationId))).isFalse();
        assertThat(purged(thRead(notificationId))).isFalse();
    }

    @Test
    void eachSideAuditsOnePurgedLeafNamingTheRuleAndTheEnvelopeDigest() {
        for (ConfigurableApplicationContext node : List.of(nodes.th, nodes.la)) {
            List<AuditRecord> purges = purgesOn(node);
            assertThat(purges).hasSize(1);
            AuditRecord purge = purges.get(0);
            assertThat(purge.event().reasonCode()).contains(RULE);
            assertThat(purge.event().actor()).isEqualTo("node");
            assertThat(purge.event().envelopeSha256()).isPresent();
            assertThat(new String(purge.leafBytes().toByteArray(), StandardCharsets.UTF_8)).doesNotContain(SUBJECT);
        }
    }

    @Test
    void theAuditLogOfEachSideStillVerifiesAfterThePurge() throws Exception {
        for (ConfigurableApplicationContext node : List.of(nodes.th, nodes.la)) {
            String name = node.getEnvironment().getRequiredProperty("blo.node.name");
            long needed = purgesOn(node).get(0).index() + 1;
            NoteVerifierKey logKey = NoteVerifierKey.parse(
                    Files.readString(directory.resolve(name).resolve("audit").resolve("log.key.vkey")).strip());
            CheckpointVerifier verifier = new CheckpointVerifier(logKey, List.of());
            String checkpoint = await().atMost(TwoNodes.PATIENCE).until(
                    () -> asAuditor(node, "/api/audit/checkpoint").body(), note -> treeSize(verifier, note) >= needed);
            long size = treeSize(verifier, checkpoint);
            List<LogEntry> entries = new ArrayList<>();
            Optional<Long> next = Optional.of(0L);
            while (next.isPresent()) {
                JsonNode page = asAuditor(node, "/api/audit/entries?start=" + next.get() + "&end=" + size).json();
                page.get("entries").forEach(entry -> entries.add(LogEntry.served(entry.get("index").asLong(),
                        Base64.getDecoder().decode(entry.get("leaf").asString()))));
                next = page.path("next").isNumber() ? Optional.of(page.get("next").asLong()) : Optional.empty();
            }

            assertThat(new LogAuditor(verifier).audit(checkpoint, entries, Optional.empty()).defect()).as(name)
                    .isEmpty();
        }
    }

    @Test
    void theEvidenceBundleSaysTheContentWasPurgedWhenAndUnderWhichRuleAndStillVerifies() throws Exception {
        DemoCredentials.Officer auditor = nodes.credentials.auditorOf("TH");
        byte[] bundle = await().atMost(TwoNodes.PATIENCE).until(() -> evidence(auditor),
                response -> response.statusCode() == 200).body();
        Map<String, byte[]> files = filesOf(bundle);
        AuditRecord purge = purgesOn(nodes.th).get(0);

        assertThat(files).doesNotContainKey("envelope.p7m").containsKey("receipt-1.p7m");
        assertThat(new String(files.get("README.txt"), StandardCharsets.US_ASCII))
                .contains("purged on the node at " + purge.event().time(), RULE);
        EvidenceReport report = new EvidenceBundleVerifier(
                PemFiles.readCertificates(new NodeMaterial(nodes.material, "TH").trustRoot()), Optional.empty(),
                List.of()).verify(bundle);
        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(report.toString()).contains("PASS envelope.p7m: not in the bundle: the content was purged at "
                + purge.event().time() + " under " + RULE);
    }

    private String submitRequestWithAttachment() throws IOException, InterruptedException {
        MultipartUpload upload = MultipartUpload.of(TwoNodes.request("LA-HOUAYXAY", "H2", SUBJECT), "plate.jpg",
                "image/jpeg", "a photo of plate 1AB-2345".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> submitted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + nodes.th.getEnvironment().getProperty("local.server.port")
                                + "/api/messages"))
                .header("Authorization", "Bearer " + nodes.credentials.tokenOf("TH-CHIANGKHONG").token())
                .header("Content-Type", MultipartUpload.CONTENT_TYPE).POST(upload.body()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        return TwoNodes.JSON.readTree(submitted.body()).get("messageId").asString();
    }

    private static boolean purged(JsonNode detail) {
        return detail.path("message").path("purged").has("rule");
    }

    private JsonNode thRead(String id) {
        return nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/" + id, null).json();
    }

    private JsonNode laRead(String id) {
        return nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/" + id, null).json();
    }

    private List<AuditRecord> purgesOn(ConfigurableApplicationContext node) {
        return node.getBean(AuditLog.class).forMessage(requestId).stream()
                .filter(record -> record.event().type() == AuditEventType.PURGED).toList();
    }

    private TwoNodes.Response asAuditor(ConfigurableApplicationContext node, String path) {
        DemoCredentials.Officer auditor = nodes.credentials.auditorOf(
                node.getEnvironment().getRequiredProperty("blo.node.name"));
        return nodes.call(node, "Basic " + Base64.getEncoder().encodeToString(
                (auditor.user() + ":" + auditor.password()).getBytes(StandardCharsets.UTF_8)), "GET", path, null);
    }

    private static long treeSize(CheckpointVerifier verifier, String note) {
        try {
            return verifier.open(note).checkpoint().treeSize();
        } catch (NoteException e) {
            return -1;
        }
    }

    private HttpResponse<byte[]> evidence(DemoCredentials.Officer auditor) throws IOException, InterruptedException {
        String port = nodes.th.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/audit/messages/" + requestId + "/evidence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (auditor.user() + ":" + auditor.password()).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> filesOf(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
