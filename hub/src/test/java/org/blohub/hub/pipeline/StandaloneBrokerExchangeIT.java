package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;

import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.broker.ExternalBroker;
import org.blohub.hub.broker.NodeBroker;
import org.blohub.hub.broker.PeerLinkHealth;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.BrokerEndpoint;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * TH on a standalone Artemis 2.40 broker (a child process from the binary distribution, configured with
 * {@code config/standalone-broker/}), LA on its embedded broker: the exchange of {@link TwoNodeExchangeIT}, through
 * the standalone broker's application acceptor, its certificate-only peer acceptor and its bridge to LA.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneBrokerExchangeIT {

    private static final String APPLICATION_USER = StandaloneBroker.ForTh.APPLICATION_USER;

    @TempDir
    static Path directory;

    private TwoNodes nodes;
    private StandaloneBroker broker;
    private BrokerEndpoint thPeersAcceptor;
    private Map<String, Object> externalBroker;

    @BeforeAll
    void startBrokerAndNodes() throws Exception {
        // MM's material exists so that a certificate from the same CA, not mapped on TH's broker, can be tried
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN.thirdNodes("MM"));
        StandaloneBroker.ForTh standalone = StandaloneBroker.startForTh(nodes, directory.resolve("th-broker"));
        broker = standalone.broker();
        thPeersAcceptor = standalone.peersAcceptor();
        externalBroker = standalone.nodeProperties();
        nodes.th = NodeLauncher.start("TH", nodes.material, directory.resolve("TH"), 0, List.of("LA"), externalBroker);
        nodes.startLa();
    }

    @AfterAll
    void stopNodesAndBroker() throws InterruptedException {
        if (nodes != null) {
            nodes.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aNodeWithAWrongBrokerPasswordDoesNotStartAndSaysWhatToCheck() throws IOException {
        Map<String, Object> wrongPassword = new HashMap<>(externalBroker);
        wrongPassword.put("blo.node.broker.external.password", "not-the-password");

        // the node's audit key, which the signed registry publishes, is checked before the broker
        copyDirectory(directory.resolve("TH/audit"), directory.resolve("TH-wrong/audit"));

        Throwable refusal = catchThrowable(() -> NodeLauncher.start("TH", nodes.material,
                directory.resolve("TH-wrong"), 0, List.of("LA"), wrongPassword));

        assertThat(refusal).hasStackTraceContaining("node TH: cannot log in to the external broker at "
                        + externalBroker.get("blo.node.broker.external.host") + ":"
                        + externalBroker.get("blo.node.broker.external.port") + " as node-TH")
                .hasStackTraceContaining("check blo.node.broker.external.*")
                .hasStackTraceContaining("AMQ229031");
        StringWriter trace = new StringWriter();
        refusal.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("not-the-password");
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    /** Connects to TH's standalone broker as a peer's bridge would, with that node's TLS key store. */
    private ServerLocator peerLocator(String asNode) throws Exception {
        NodeMaterial keys = new NodeMaterial(nodes.material, asNode);
        String password = Files.readString(keys.password(), StandardCharsets.UTF_8).strip();
        Map<String, Object> params = new HashMap<>();
        params.put(TransportConstants.HOST_PROP_NAME, thPeersAcceptor.host());
        params.put(TransportConstants.PORT_PROP_NAME, thPeersAcceptor.port());
        params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
        params.put(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, "TLSv1.3");
        params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, keys.tlsKeyStore().toString());
        params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, password);
        params.put(TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.TRUSTSTORE_PATH_PROP_NAME, keys.trustStore().toString());
        params.put(TransportConstants.TRUSTSTORE_PASSWORD_PROP_NAME, password);
        return ActiveMQClient.createServerLocatorWithoutHA(
                new TransportConfiguration(NettyConnectorFactory.class.getName(), params));
    }

    @Test
    void thRunsNoBrokerOfItsOwnAndSeesItsLinkToLaThroughTheStandaloneBroker() {
        assertThat(nodes.th.getBeansOfType(NodeBroker.class)).isEmpty();
        ApplicationBroker thBroker = nodes.th.getBean(ApplicationBroker.class);
        assertThat(thBroker).isInstanceOf(ExternalBroker.class);
        assertThat(thBroker.applicationUser()).isEqualTo(APPLICATION_USER);

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            BrokerHealth health = thBroker.health();
            assertThat(health.started()).isTrue();
            assertThat(health.links()).extracting(PeerLinkHealth::peerNodeName, PeerLinkHealth::connected)
                    .containsExactly(tuple("LA", true));
        });
        TwoNodes.Response health = nodes.asAdmin(nodes.th, "GET", "/actuator/health", null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().at("/components/broker/status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/broker/details/peers/LA/link").asString()).isEqualTo("UP");
    }

    @Test
    void aPeerMayOnlySendToInboundAndANodeTheBrokerDoesNotKnowCannotLogIn() throws Exception {
        try (ServerLocator locator = peerLocator("LA");
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession session = factory.createSession("LA", null, false, true, true, false, 0)) {
            assertThatThrownBy(() -> session.createConsumer(BrokerAddresses.INBOUND))
                    .isInstanceOf(ActiveMQSecurityException.class);
            assertThatThrownBy(() -> {
                try (ClientProducer producer = session.createProducer(BrokerAddresses.outboundTo("LA"))) {
                    producer.send(session.createMessage(true));
                }
            }).isInstanceOf(ActiveMQSecurityException.class);
        }
        try (ServerLocator locator = peerLocator("MM");
                ClientSessionFactory factory = locator.createSessionFactory()) {
            assertThatThrownBy(() -> factory.createSession("MM", null, false, true, true, false, 0))
                    .isInstanceOf(ActiveMQSecurityException.class);
        }
    }

    @Test
    void requestIsDeliveredOnceWithASignedReceiptAndReadReceiptUpdatesTheSender() {
        String id = nodes.submitThToLa("Pickup stopped at Chiang Khong");

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(TwoNodeExchangeIT.status(
                nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox", null), id))
                .isEqualTo("DELIVERED"));

        TwoNodes.Response inbox = nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/inbox", null);
        assertThat(TwoNodeExchangeIT.countOf(inbox.json(), id)).isEqualTo(1);
        JsonNode received = nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/" + id, null).json();
        assertThat(received.at("/content/subject").asString()).isEqualTo("Pickup stopped at Chiang Khong");
        assertThat(received.get("signer").asString()).contains("TH-CHIANGKHONG");
        assertThat(received.get("certificateStatus").asString()).startsWith("VALID");

        JsonNode sent = nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/" + id, null).json();
        assertThat(sent.get("receipts")).hasSize(1);
        assertThat(sent.at("/receipts/0/kind").asString()).isEqualTo("DELIVERED");
        assertThat(sent.at("/receipts/0/signatureVerified").asBoolean()).isTrue();

        assertThat(nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages/" + id + "/read", null).status())
                .isEqualTo(200);
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(TwoNodeExchangeIT.status(
                nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET", "/api/messages/outbox", null), id))
                .isEqualTo("READ"));

        assertThat(TwoNodeExchangeIT.eventsOf(nodes.th.getBean(AuditLog.class), id))
                .contains(AuditEventType.SUBMITTED, AuditEventType.RECEIPT);
        List<AuditRecord> atLa = nodes.la.getBean(AuditLog.class).forMessage(id);
        assertThat(atLa).extracting(record -> record.event().type())
                .containsSubsequence(AuditEventType.RECEIVED, AuditEventType.DELIVERED, AuditEventType.READ);
        // The standalone broker's bridge logged in to LA with TH's certificate, and LA stamped that identity.
        assertThat(atLa).filteredOn(record -> record.event().type() == AuditEventType.RECEIVED)
                .extracting(record -> record.event().actor()).containsExactly("peer:TH");
    }
}
