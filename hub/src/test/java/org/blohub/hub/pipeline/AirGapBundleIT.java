package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.store.MailboxQuery;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * TH's link to LA is down: TH's administrator exports what waits for LA into a bundle file, LA's administrator
 * imports it, and LA delivers, audits and answers the messages as if the link had brought them. A changed copy and a
 * second import are refused and audited. LA's receipts go back to TH by a bundle the other way; when the link is back
 * it carries the same envelopes and receipts again, and nothing is delivered twice.
 */
class AirGapBundleIT {

    private static final int MESSAGES = 3;
    private static final String EXPORTS = "/api/admin/airgap/exports?peer=LA";
    private static final String IMPORTS = "/api/admin/airgap/imports";

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private TwoNodes nodes;

    @AfterEach
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void bundlesCarryTheWaitingMessagesAndTheirReceiptsAcrossOnceAndTheLinkAddsNoSecondDelivery() throws Exception {
        nodes = new TwoNodes(directory).start();
        nodes.la.close();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            ids.add(nodes.submitThToLa("Waiting for the courier " + i));
        }

        assertThat(nodes.asOfficer(nodes.th, "TH-CHIANGKHONG", "POST", EXPORTS, null).status()).isIn(401, 403);
        HttpResponse<byte[]> export = asAdmin(nodes.th, "POST", EXPORTS, new byte[0]);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Blo-Bundle-Envelopes")).contains(Integer.toString(MESSAGES));
        String bundleId = export.headers().firstValue("Blo-Bundle-Id").orElseThrow();
        byte[] bundle = export.body();
        assertThat(adminEvents(nodes.th, "BUNDLE_EXPORTED")).extracting(event -> event.target().orElseThrow())
                .containsExactly("bundle:" + bundleId + ":TH->LA");
        String outbox = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox?limit=200", null).body();
        for (String id : ids) {
            assertThat(TwoNodeExchangeIT.status(new TwoNodes.Response(200, outbox), id))
                    .as("exporting takes nothing off the queue").isEqualTo("QUEUED");
        }

        nodes.th.close();
        nodes.startLa();

        byte[] changed = bundle.clone();
        changed[changed.length / 2] ^= 0x01;
        HttpResponse<byte[]> tampered = asAdmin(nodes.la, "POST", IMPORTS, changed);
        assertThat(tampered.statusCode()).isEqualTo(422);
        assertThat(new String(tampered.body(), StandardCharsets.UTF_8)).contains("BLO-GAP-01");

        HttpResponse<byte[]> imported = asAdmin(nodes.la, "POST", IMPORTS, bundle);
        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode result = TwoNodes.JSON.readTree(imported.body());
        assertThat(result.get("bundleId").asString()).isEqualTo(bundleId);
        assertThat(result.get("fromNode").asString()).isEqualTo("TH");
        assertThat(result.get("envelopes").asInt()).isEqualTo(MESSAGES);

        MessageStore laMessages = nodes.la.getBean(MessageStore.class);
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(
                laMessages.inbox(MailboxQuery.firstPage("LA-HOUAYXAY", 200)).messages())
                .extracting(MessageSummary::messageId).containsExactlyInAnyOrderElementsOf(ids));
        AuditLog laAudit = nodes.la.getBean(AuditLog.class);
        for (String id : ids) {
            assertThat(laAudit.forMessage(id)).filteredOn(record -> record.event().type() == AuditEventType.RECEIVED)
                    .extracting(record -> record.event().actor()).containsExactly("bundle:TH");
        }

        HttpResponse<byte[]> replayed = asAdmin(nodes.la, "POST", IMPORTS, bundle);
        assertThat(replayed.statusCode()).isEqualTo(409);
        assertThat(new String(replayed.body(), StandardCharsets.UTF_8))
                .contains("BLO-GAP-016 REPLAYED", "bundle " + bundleId + " from node TH was imported here before");
        assertThat(adminEvents(nodes.la, "BUNDLE_IMPORTED")).extracting(event -> event.target().orElseThrow())
                .containsExactly("bundle:" + bundleId + ":TH->LA");
        assertThat(rejectedBundleImports(nodes.la)).extracting(event -> event.reasonCode().orElseThrow())
                .hasSize(2).contains("BLO-GAP-016 REPLAYED").anyMatch(code -> code.startsWith("BLO-GAP-01"));

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(queuedFor(nodes.la, "TH"))
                .as("LA's DELIVERED receipts wait for TH").isEqualTo(MESSAGES));
        HttpResponse<byte[]> receipts = asAdmin(nodes.la, "POST", "/api/admin/airgap/exports?peer=TH", new byte[0]);
        assertThat(receipts.statusCode()).isEqualTo(200);
        assertThat(receipts.headers().firstValue("Blo-Bundle-Envelopes")).contains(Integer.toString(MESSAGES));

        nodes.la.close();
        nodes.startTh();

        assertThat(asAdmin(nodes.th, "POST", IMPORTS, receipts.body()).statusCode()).isEqualTo(200);
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            String mailbox = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox?limit=200", null)
                    .body();
            for (String id : ids) {
                assertThat(TwoNodeExchangeIT.status(new TwoNodes.Response(200, mailbox), id))
                        .as("the receipts came back by bundle").isEqualTo("DELIVERED");
            }
        });

        nodes.startLa();

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            assertThat(queuedFor(nodes.th, "LA")).as("the link took the exported copies to LA too").isZero();
            assertThat(queuedFor(nodes.la, "TH")).as("and the exported receipts to TH").isZero();
        });
        String outboxAfter = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox?limit=200", null)
                .body();
        MessageStore laMessagesAfter = nodes.la.getBean(MessageStore.class);
        AuditLog laAuditAfter = nodes.la.getBean(AuditLog.class);
        assertThat(laMessagesAfter.inbox(MailboxQuery.firstPage("LA-HOUAYXAY", 200)).messages())
                .extracting(MessageSummary::messageId).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(TwoNodeExchangeIT.status(new TwoNodes.Response(200, outboxAfter), id)).isEqualTo("DELIVERED");
            assertThat(TwoNodeExchangeIT.eventsOf(laAuditAfter, id)).as("message " + id)
                    .containsOnlyOnce(AuditEventType.RECEIVED, AuditEventType.DELIVERED);
        }
    }

    private long queuedFor(ConfigurableApplicationContext node, String peer) {
        return nodes.asAdmin(node, "GET", "/actuator/health", null).json()
                .at("/components/broker/details/peers/" + peer + "/queued").asLong();
    }

    private HttpResponse<byte[]> asAdmin(ConfigurableApplicationContext node, String method, String path, byte[] body)
            throws Exception {
        DemoCredentials.Officer admin = nodes.credentials.adminOf(node.getEnvironment().getRequiredProperty("blo.node.name"));
        String basic = Base64.getEncoder().encodeToString(
                (admin.user() + ":" + admin.password()).getBytes(StandardCharsets.UTF_8));
        String port = node.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/zip")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<AuditEvent> adminEvents(ConfigurableApplicationContext node, String action) {
        return allEvents(node).stream().filter(event -> event.type() == AuditEventType.ADMIN)
                .filter(event -> event.action().filter(action::equals).isPresent()).toList();
    }

    private static List<AuditEvent> rejectedBundleImports(ConfigurableApplicationContext node) {
        return allEvents(node).stream().filter(event -> event.type() == AuditEventType.REJECTED)
                .filter(event -> event.action().filter("BUNDLE_IMPORT"::equals).isPresent()).toList();
    }

    private static List<AuditEvent> allEvents(ConfigurableApplicationContext node) {
        AuditLog log = node.getBean(AuditLog.class);
        return log.read(0, Math.toIntExact(log.size())).stream().map(AuditRecord::event).toList();
    }
}
