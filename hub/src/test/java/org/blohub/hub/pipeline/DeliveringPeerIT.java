package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Session;

import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.NodeBroker;
import org.blohub.hub.registry.BrokerEndpoint;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.QuarantinedMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The node that delivers a message must be the node that hosts its sending office. LA recognises TH and MM as
 * peers; MM's certificate is valid and pinned, but MM may not speak for TH's offices over its TLS link, even with
 * an envelope correctly sealed by a Thai office key. A node's own application delivers only for its own offices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveringPeerIT {

    @TempDir
    static Path directory;

    private TwoNodes nodes;
    private RogueSender thaiOffices;
    private BrokerEndpoint laBroker;

    @BeforeAll
    void startNodes() throws Exception {
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN.thirdNodes("MM").moreAgreements("""
                  - id: TH-LOCAL-MAESAI-CHIANGKHONG
                    from: [TH-MAESAI]
                    to: [TH-CHIANGKHONG]
                    direction: BOTH_WAYS
                    kinds: [REQUEST, RESPONSE, RECEIPT]
                    upToHandlingCode: H2
                """)).start();
        thaiOffices = new RogueSender(nodes.th);
        laBroker = nodes.la.getBean(NetworkRegistry.class).node("LA").orElseThrow().broker();
    }

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @Test
    void anOrdinaryExchangeIsAuditedAsReceivedFromThePeerThAndAnsweredFromLa() {
        String id = nodes.submitThToLa("Checked at the bridge");

        await().atMost(TwoNodes.PATIENCE).until(() -> outboundStatus(id) == MessageStatus.DELIVERED);
        assertThat(event(nodes.la, id, AuditEventType.RECEIVED).orElseThrow().actor()).isEqualTo("peer:TH");
    }

    @Test
    void refusesAThaiOfficesMessageDeliveredWithMyanmarsCertificate() throws Exception {
        LiaisonMessage message = thaiOffices.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0);
        byte[] envelope = thaiOffices.seal(message, List.of("LA-HOUAYXAY"));
        // in TH's outbox, so that a negative receipt, were LA to send one, would turn it FAILED there
        thaiOffices.recordInOutbox(message, envelope);

        new PeerTlsDelivery(nodes.material, "MM").deliver(laBroker, envelope, honestProperties(message, Map.of(
                BloHeaders.VALIDATED_USER, "TH")));

        QuarantineStore quarantine = nodes.la.getBean(QuarantineStore.class);
        await().atMost(TwoNodes.PATIENCE).until(() -> quarantined(quarantine, message.id()).isPresent());
        QuarantinedMessage refused = quarantined(quarantine, message.id()).orElseThrow();
        assertThat(refused.entry().reasonCode()).isEqualTo("BLO-IN-013 PEER_IS_NOT_SENDER");
        assertThat(refused.entry().reasonText())
                .isEqualTo("office TH-CHIANGKHONG belongs to node TH, but node MM delivered the message");
        assertThat(refused.entry().jmsProperties()).contains(BloHeaders.VALIDATED_USER_AS_JMS + "=MM");

        assertThat(event(nodes.la, message.id(), AuditEventType.REJECTED).orElseThrow())
                .satisfies(rejected -> {
                    assertThat(rejected.actor()).isEqualTo("peer:MM");
                    assertThat(rejected.reasonCode()).contains("BLO-IN-013 PEER_IS_NOT_SENDER");
                });
        assertThat(nodes.la.getBean(MessageStore.class).find(message.id(), Direction.INBOUND)).isEmpty();

        // LA's inbound route takes one message at a time: once a later message is answered, so was this one.
        String later = nodes.submitThToLa("After the impostor");
        await().atMost(TwoNodes.PATIENCE).until(() -> outboundStatus(later) == MessageStatus.DELIVERED);
        assertThat(TwoNodeExchangeIT.eventsOf(nodes.la.getBean(AuditLog.class), message.id()))
                .as("refused, and no negative receipt: the claim to be TH-CHIANGKHONG is unproven")
                .containsExactly(AuditEventType.REJECTED);
        assertThat(outboundStatus(message.id())).isEqualTo(MessageStatus.QUEUED);
    }

    @Test
    void refusesAThaiOfficesMessageMyanmarMarksAsTakenFromAnAirGapBundleOfTh() throws Exception {
        LiaisonMessage message = thaiOffices.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0);
        byte[] envelope = thaiOffices.seal(message, List.of("LA-HOUAYXAY"));

        new PeerTlsDelivery(nodes.material, "MM").deliver(laBroker, envelope, honestProperties(message, Map.of(
                BloHeaders.BUNDLE_NODE, "TH", BloHeaders.BUNDLE_ID, "01JD0000000000000000000B06")));

        QuarantineStore quarantine = nodes.la.getBean(QuarantineStore.class);
        await().atMost(TwoNodes.PATIENCE).until(() -> quarantined(quarantine, message.id()).isPresent());
        assertThat(quarantined(quarantine, message.id()).orElseThrow().entry().reasonText())
                .as("the bundle mark counts only on what LA's own application put on its inbound queue")
                .isEqualTo("office TH-CHIANGKHONG belongs to node TH, but node MM delivered the message");
        assertThat(event(nodes.la, message.id(), AuditEventType.REJECTED).orElseThrow().actor()).isEqualTo("peer:MM");
        assertThat(nodes.la.getBean(MessageStore.class).find(message.id(), Direction.INBOUND)).isEmpty();
    }

    @Test
    void deliversTheSameKindOfMessageWhenThsCertificateCarriesIt() throws Exception {
        LiaisonMessage message = thaiOffices.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0);
        byte[] envelope = thaiOffices.seal(message, List.of("LA-HOUAYXAY"));
        thaiOffices.recordInOutbox(message, envelope);

        new PeerTlsDelivery(nodes.material, "TH").deliver(laBroker, envelope, honestProperties(message, Map.of()));

        await().atMost(TwoNodes.PATIENCE).until(() -> outboundStatus(message.id()) == MessageStatus.DELIVERED);
        assertThat(nodes.la.getBean(MessageStore.class).find(message.id(), Direction.INBOUND)).isPresent();
        assertThat(event(nodes.la, message.id(), AuditEventType.RECEIVED).orElseThrow().actor()).isEqualTo("peer:TH");
    }

    @Test
    void deliversBetweenTwoOfficesOfTheSameNodeThroughItsOwnInboundWithItsReceipt() {
        TwoNodes.Response submitted = nodes.asSystem(nodes.th, "TH-MAESAI", "POST", "/api/messages",
                TwoNodes.request("TH-CHIANGKHONG", "H1", "Across town"));
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("messageId").asString();

        await().atMost(TwoNodes.PATIENCE).until(() -> outboundStatus(id) == MessageStatus.DELIVERED);
        assertThat(nodes.th.getBean(MessageStore.class).find(id, Direction.INBOUND)).isPresent();
        assertThat(event(nodes.th, id, AuditEventType.RECEIVED).orElseThrow().actor()).isEqualTo("node");
    }

    @Test
    void refusesAThaiOfficesMessagePutOnLasInboundByLasOwnApplication() throws Exception {
        LiaisonMessage message = thaiOffices.message("TH-CHIANGKHONG", "LA-HOUAYXAY", HandlingCode.H0);
        byte[] envelope = thaiOffices.seal(message, List.of("LA-HOUAYXAY"));

        NodeBroker laos = nodes.la.getBean(NodeBroker.class);
        try (Connection connection = laos.applicationConnectionFactory().createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            BytesMessage jms = session.createBytesMessage();
            jms.writeBytes(envelope);
            for (Map.Entry<String, String> property : honestProperties(message, Map.of()).entrySet()) {
                jms.setStringProperty(property.getKey(), property.getValue());
            }
            session.createProducer(session.createQueue(BrokerAddresses.INBOUND)).send(jms);
        }

        QuarantineStore quarantine = nodes.la.getBean(QuarantineStore.class);
        await().atMost(TwoNodes.PATIENCE).until(() -> quarantined(quarantine, message.id()).isPresent());
        assertThat(quarantined(quarantine, message.id()).orElseThrow().entry().reasonText())
                .isEqualTo("office TH-CHIANGKHONG belongs to node TH, but node LA delivered the message");
        assertThat(event(nodes.la, message.id(), AuditEventType.REJECTED).orElseThrow().actor()).isEqualTo("node");
    }

    @Test
    void refusesAnAuditCheckpointNamingThDeliveredWithMyanmarsCertificate() throws Exception {
        String offer = "{\"note\": \"not read: refused before\", \"proofFromSize\": 0, \"proof\": []}";

        new PeerTlsDelivery(nodes.material, "MM").deliver(laBroker, offer.getBytes(StandardCharsets.UTF_8), Map.of(
                BloHeaders.KIND, "CHECKPOINT", BloHeaders.FROM_NODE, "TH", BloHeaders.TO_NODE, "LA"));

        String expected = "CHECKPOINT message names node TH but was delivered by node MM";
        QuarantineStore quarantine = nodes.la.getBean(QuarantineStore.class);
        await().atMost(TwoNodes.PATIENCE).until(() -> quarantine.recent(0, 200).stream()
                .anyMatch(q -> q.entry().reasonText().equals(expected)));
        assertThat(quarantine.recent(0, 200)).filteredOn(q -> q.entry().reasonText().equals(expected))
                .singleElement().satisfies(q -> assertThat(q.entry().reasonCode())
                        .isEqualTo("BLO-IN-013 PEER_IS_NOT_SENDER"));
        AuditLog audit = nodes.la.getBean(AuditLog.class);
        assertThat(audit.read(0, (int) audit.size())).map(AuditRecord::event)
                .filteredOn(event -> event.type() == AuditEventType.REJECTED && event.messageId().isEmpty())
                .singleElement().satisfies(rejected -> {
                    assertThat(rejected.actor()).isEqualTo("peer:MM");
                    assertThat(rejected.reasonCode()).contains("BLO-IN-013 PEER_IS_NOT_SENDER");
                });
    }

    private static Map<String, String> honestProperties(LiaisonMessage message, Map<String, String> more) {
        Map<String, String> properties = new HashMap<>(Map.of(
                BloHeaders.MESSAGE_ID, message.id(),
                BloHeaders.FROM_OFFICE, message.from(),
                BloHeaders.TO_OFFICES, String.join(",", message.to()),
                BloHeaders.FROM_NODE, "TH",
                BloHeaders.TO_NODE, "LA",
                BloHeaders.KIND, message.kind().name(),
                BloHeaders.PRIORITY, message.priority().name(),
                BloHeaders.DUPLICATE_ID, message.id() + ":LA"));
        properties.putAll(more);
        return properties;
    }

    private MessageStatus outboundStatus(String id) {
        return nodes.th.getBean(MessageStore.class).find(id, Direction.OUTBOUND).map(m -> m.summary().status())
                .orElse(null);
    }

    private static Optional<AuditEvent> event(ConfigurableApplicationContext node,
            String id, AuditEventType type) {
        return node.getBean(AuditLog.class).forMessage(id).stream().map(AuditRecord::event)
                .filter(event -> event.type() == type).findFirst();
    }

    private static Optional<QuarantinedMessage> quarantined(QuarantineStore store, String id) {
        return store.recent(0, 200).stream().filter(q -> q.entry().messageId().filter(id::equals).isPresent())
                .findFirst();
    }
}
