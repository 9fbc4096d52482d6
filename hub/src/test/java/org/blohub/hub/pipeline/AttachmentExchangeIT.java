package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.blohub.adapters.canonical.Attachment;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.crypto.cms.PartSealer;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.registry.BrokerEndpoint;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.store.AttachmentStore;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.QuarantinedMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Attachments between TH and LA: uploaded as multipart, sealed as parts that travel ahead of the
 * envelope, checked against the signed descriptors on arrival, downloaded decrypted by the offices
 * that may read the message; a missing or altered part is refused like any other arrival refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentExchangeIT {

    private static final int UPLOAD_LIMIT_BYTES = 1024 * 1024;

    @TempDir
    static Path directory;

    static TwoNodes nodes;
    static RogueSender rogue;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeAll
    static void startNodes() throws Exception {
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN.thirdNodes("MM").bothNodes(Map.of(
                "blo.attachments.part-wait", "3s", "spring.servlet.multipart.max-file-size", "1MB"))).start();
        rogue = new RogueSender(nodes.th);
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ThroughTheApi {

        private final byte[] scan = randomBytes(300_000, 11);

        @Test
        void anUploadedFileArrivesAndBothOfficesDownloadTheSameBytes() throws Exception {
            HttpResponse<String> submitted = upload(nodes.th, "TH-CHIANGKHONG",
                    MultipartUpload.of(TwoNodes.request("LA-HOUAYXAY", "H2", "Manifest"), "manifest.pdf",
                            "application/pdf", scan));
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
            String id = TwoNodes.JSON.readTree(submitted.body()).get("messageId").asString();
            await().atMost(TwoNodes.PATIENCE).until(() -> statusOn(nodes.th, id) == MessageStatus.DELIVERED);

            JsonNode descriptor = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/" + id, null)
                    .json().get("content").get("attachments").get(0);
            assertThat(descriptor.get("name").asString()).isEqualTo("manifest.pdf");
            assertThat(descriptor.get("mediaType").asString()).isEqualTo("application/pdf");
            assertThat(descriptor.get("size").asLong()).isEqualTo(scan.length);
            assertThat(descriptor.get("sha256").asString()).isEqualTo(sha256Hex(scan));

            HttpResponse<byte[]> atReceiver = download(nodes.la, "LA-HOUAYXAY", id, 0);
            assertThat(atReceiver.statusCode()).isEqualTo(200);
            assertThat(atReceiver.body()).isEqualTo(scan);
            assertThat(atReceiver.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            assertThat(download(nodes.th, "TH-CHIANGKHONG", id, 0).body()).isEqualTo(scan);

            assertThat(nodes.asOfficer(nodes.la, "LA-TONPHEUNG", "GET", "/api/messages/" + id + "/attachments/0",
                    null).status()).isEqualTo(404);
            assertThat(nodes.asOfficer(nodes.th, "TH-MAESAI", "GET", "/api/messages/" + id + "/attachments/0",
                    null).status()).isEqualTo(404);
            assertThat(download(nodes.la, "LA-HOUAYXAY", id, 1).statusCode()).isEqualTo(404);
        }

        @Test
        void aFileAboveTheUploadLimitIsRefusedWithTheLimit() throws Exception {
            HttpResponse<String> response = upload(nodes.th, "TH-CHIANGKHONG",
                    MultipartUpload.of(TwoNodes.request("LA-HOUAYXAY", "H2", "Too big"), "big.bin",
                            "application/octet-stream", randomBytes(UPLOAD_LIMIT_BYTES + 1, 5)));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(TwoNodes.JSON.readTree(response.body()).get("message").asString())
                    .contains("1 MB allowed per file");
        }

        @Test
        void aMultipartSubmissionWithoutItsMessagePartIsRefusedNamingThePart() throws Exception {
            String onlyAFile = "--" + MultipartUpload.BOUNDARY + "\r\n"
                    + "Content-Disposition: form-data; name=\"attachment\"; filename=\"a.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\nscan\r\n--" + MultipartUpload.BOUNDARY + "--\r\n";
            HttpResponse<String> response = http.send(request(nodes.th, "TH-CHIANGKHONG", "/api/messages")
                    .header("Content-Type", MultipartUpload.CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(onlyAFile)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(TwoNodes.JSON.readTree(response.body()).get("message").asString())
                    .contains("part 'message' is missing");
        }

        @Test
        void descriptorsWithoutFilesAreRefusedNamingTheMultipartForm() {
            String body = TwoNodes.request("LA-HOUAYXAY", "H2", "Descriptor only").replace("\"language\"",
                    "\"attachments\": [{\"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": 3, "
                            + "\"sha256\": \"" + "0".repeat(64) + "\"}], \"language\"");
            TwoNodes.Response response = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages", body);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("message").asString()).contains("multipart/form-data");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnArrival {

        @Test
        void refusesAMessageWhosePartNeverArrived() throws Exception {
            LiaisonMessage message = withAttachment(rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0),
                    "photo.jpg", randomBytes(2000, 1));
            rogue.sendSealed(message, List.of("LA-HOUAYXAY"), "LA-HOUAYXAY");

            assertRefused(message.id(), "BLO-IN-011 ATTACHMENT_MISSING", "not all parts arrived");
        }

        @Test
        void refusesAPartThatIsNotTheFileTheSignedMessageDescribes() throws Exception {
            byte[] described = randomBytes(2000, 2);
            byte[] substituted = randomBytes(2000, 3);
            LiaisonMessage message = withAttachment(rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0),
                    "photo.jpg", described);
            byte[] envelope = rogue.seal(message, List.of("LA-HOUAYXAY"));
            rogue.recordInOutbox(message, envelope);
            rogue.sendPart(sealPart(substituted, "TH-CHIANGKHONG", "LA-HOUAYXAY"), message.id(), 0);
            rogue.send(envelope, message.id(), message.from(), "LA-HOUAYXAY", message.id() + ":LA");

            assertRefused(message.id(), "BLO-IN-012 ATTACHMENT_MISMATCH", "SHA-256 " + sha256Hex(described));
        }
    }

    /**
     * MM is a recognised peer of LA with a valid, pinned certificate, but it did not send TH's messages: a part it
     * delivers under the id of one of them must not stand in for, or displace, the part TH delivered.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FromAnotherPeer {

        @Test
        void aPartPlantedUnderAGenuineMessagesIdDoesNotFailItAndIsAuditedAsRefused() throws Exception {
            byte[] photo = randomBytes(2000, 21);
            LiaisonMessage message = withAttachment(rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0),
                    "photo.jpg", photo);
            byte[] envelope = rogue.seal(message, List.of("LA-HOUAYXAY"));
            rogue.recordInOutbox(message, envelope);
            AttachmentStore laStore = nodes.la.getBean(AttachmentStore.class);
            rogue.sendPart(sealPart(photo, "TH-CHIANGKHONG", "LA-HOUAYXAY"), message.id(), 0);
            await().atMost(TwoNodes.PATIENCE).until(() -> laStore.receivedPart(message.id(), "TH", 0).isPresent());

            // after TH's part, so that a store keyed by message id and index alone would keep MM's instead
            myanmar().deliverPart(laBroker(), sealPart(randomBytes(2000, 22), "TH-CHIANGKHONG", "LA-HOUAYXAY"),
                    message.id(), 0);
            await().atMost(TwoNodes.PATIENCE).until(() -> laStore.receivedPart(message.id(), "MM", 0).isPresent());
            rogue.send(envelope, message.id(), message.from(), "LA-HOUAYXAY", message.id() + ":LA");

            await().atMost(TwoNodes.PATIENCE).until(() -> statusOn(nodes.th, message.id()) == MessageStatus.DELIVERED
                    || statusOn(nodes.th, message.id()) == MessageStatus.FAILED);
            assertThat(statusOn(nodes.th, message.id())).isEqualTo(MessageStatus.DELIVERED);
            assertThat(download(nodes.la, "LA-HOUAYXAY", message.id(), 0).body()).isEqualTo(photo);
            assertThat(rejectedEvents(message.id())).singleElement().satisfies(rejected -> {
                assertThat(rejected.actor()).isEqualTo("peer:MM");
                assertThat(rejected.reasonCode()).contains("BLO-ATT-013 PART_NOT_FROM_SENDER");
            });
            assertThat(laStore.receivedPart(message.id(), "MM", 0)).as("removed once refused").isEmpty();

            myanmar().deliverPart(laBroker(), sealPart(randomBytes(2000, 24), "TH-CHIANGKHONG", "LA-HOUAYXAY"),
                    message.id(), 0);
            await().atMost(TwoNodes.PATIENCE).until(() -> laStore.receivedPart(message.id(), "MM", 0).isPresent());
            assertThat(download(nodes.la, "LA-HOUAYXAY", message.id(), 0).body())
                    .as("a part planted after delivery is passed over: it does not match the signed descriptor")
                    .isEqualTo(photo);
        }

        @Test
        void partsWithoutAnIndexOrWithAnImpossibleOneAreAuditedAsRefusedAndTheNextPartIsStillTaken()
                throws Exception {
            String withoutIndex = rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0).id();
            String outOfRange = rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0).id();
            String wellFormed = rogue.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0).id();
            byte[] sealed = sealPart(randomBytes(500, 23), "TH-CHIANGKHONG", "LA-HOUAYXAY");

            myanmar().deliver(laBroker(), sealed, Map.of(BloHeaders.MESSAGE_ID, withoutIndex,
                    BloHeaders.KIND, BloHeaders.ATTACHMENT_KIND));
            myanmar().deliverPart(laBroker(), sealed, outOfRange, AttachmentStore.MAX_INDEX + 1);
            myanmar().deliverPart(laBroker(), sealed, wellFormed, 0);

            AttachmentStore laStore = nodes.la.getBean(AttachmentStore.class);
            await().atMost(TwoNodes.PATIENCE).until(() -> laStore.receivedPart(wellFormed, "MM", 0).isPresent());
            await().atMost(TwoNodes.PATIENCE).until(() -> !rejectedEvents(outOfRange).isEmpty());
            assertThat(rejectedEvents(withoutIndex)).singleElement().satisfies(rejected -> {
                assertThat(rejected.actor()).isEqualTo("peer:MM");
                assertThat(rejected.reasonCode()).contains("BLO-ATT-010 MALFORMED_PART");
            });
            assertThat(rejectedEvents(outOfRange)).singleElement().satisfies(rejected -> {
                assertThat(rejected.actor()).isEqualTo("peer:MM");
                assertThat(rejected.reasonCode()).contains("BLO-ATT-011 PART_INDEX_OUT_OF_RANGE");
            });
            assertThat(laStore.deliveringNodes(withoutIndex)).isEmpty();
            assertThat(laStore.deliveringNodes(outOfRange)).isEmpty();
        }

        private PeerTlsDelivery myanmar() throws Exception {
            return new PeerTlsDelivery(nodes.material, "MM");
        }

        private BrokerEndpoint laBroker() {
            return nodes.la.getBean(NetworkRegistry.class).node("LA").orElseThrow().broker();
        }

        private List<AuditEvent> rejectedEvents(String id) {
            return nodes.la.getBean(AuditLog.class).forMessage(id).stream().map(AuditRecord::event)
                    .filter(event -> event.type() == AuditEventType.REJECTED).toList();
        }
    }

    private static LiaisonMessage withAttachment(LiaisonMessage message, String name, byte[] content) throws Exception {
        return message.toBuilder()
                .attachments(List.of(new Attachment(name, "image/jpeg", content.length, sha256Hex(content))))
                .build();
    }

    private static byte[] sealPart(byte[] content, String sender, String recipient) throws Exception {
        ConfigurableApplicationContext th = nodes.th;
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        new PartSealer().seal(new ByteArrayInputStream(content), sealed,
                th.getBean(OfficeKeyring.class).keysOf(sender).orElseThrow().encryption().certificate(),
                List.of(th.getBean(NetworkRegistry.class).office(recipient).orElseThrow().encryptionCertificate()));
        return sealed.toByteArray();
    }

    private static void assertRefused(String id, String code, String reasonFragment) {
        await().atMost(TwoNodes.PATIENCE).until(() -> statusOn(nodes.th, id) == MessageStatus.FAILED);
        MessageSummary failed = nodes.th.getBean(MessageStore.class).find(id, Direction.OUTBOUND).orElseThrow()
                .summary();
        assertThat(failed.failure().orElseThrow().reasonCode()).isEqualTo(code);
        assertThat(failed.failure().orElseThrow().reasonText()).contains(reasonFragment);
        assertThat(quarantined(id).orElseThrow().entry().reasonCode()).isEqualTo(code);
        assertThat(TwoNodeExchangeIT.eventsOf(nodes.la.getBean(AuditLog.class), id))
                .contains(AuditEventType.REJECTED).doesNotContain(AuditEventType.DELIVERED);
    }

    private static Optional<QuarantinedMessage> quarantined(String id) {
        return nodes.la.getBean(QuarantineStore.class).recent(0, 200).stream()
                .filter(q -> q.entry().messageId().filter(id::equals).isPresent()).findFirst();
    }

    private static MessageStatus statusOn(ConfigurableApplicationContext node, String id) {
        return node.getBean(MessageStore.class).find(id, Direction.OUTBOUND).map(m -> m.summary().status())
                .orElse(null);
    }

    private HttpResponse<String> upload(ConfigurableApplicationContext node, String office, MultipartUpload upload)
            throws Exception {
        return http.send(request(node, office, "/api/messages").header("Content-Type", MultipartUpload.CONTENT_TYPE)
                .POST(upload.body()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(ConfigurableApplicationContext node, String office, String id, int index)
            throws Exception {
        return http.send(request(node, office, "/api/messages/" + id + "/attachments/" + index).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext node, String office, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:"
                        + node.getEnvironment().getProperty("local.server.port") + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + nodes.credentials.tokenOf(office).token());
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
