package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;

import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store and forward between two nodes' brokers in one JVM, over loopback TLS 1.3 with mutual authentication. */
class NodeBrokerBridgeIT {

    private static final String TO_LA = BrokerAddresses.outboundTo("LA");
    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final Duration NOTHING_MORE = Duration.ofMillis(1500);

    @TempDir
    Path directory;

    private TwoNodeNetwork network;

    @BeforeEach
    void startBothNodes() {
        network = new TwoNodeNetwork(directory);
        network.th.start();
        network.la.start();
    }

    @AfterEach
    void stopBothNodes() {
        network.close();
    }

    @Test
    void deliversAMessageFromTheOutboundQueueToThePeersInboundQueueOnceWithItsPropertiesIntact() throws Exception {
        try (ApplicationClient thailand = new ApplicationClient(network.th);
                ApplicationClient laos = new ApplicationClient(network.la)) {
            ClientMessage message = thailand.newMessage();
            message.putStringProperty("bloMessageId", "01JD0000000000000000000001");
            message.putStringProperty("bloFromNode", "TH");
            message.putStringProperty("bloKind", "REQUEST");
            message.putIntProperty("bloPriority", 2);
            message.getBodyBuffer().writeBytes("sealed-envelope".getBytes(StandardCharsets.US_ASCII));
            thailand.send(TO_LA, message);

            ClientMessage received = laos.receive(BrokerAddresses.INBOUND, ARRIVAL).orElseThrow();

            assertThat(received.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000001");
            assertThat(received.getStringProperty("bloFromNode")).isEqualTo("TH");
            assertThat(received.getStringProperty("bloKind")).isEqualTo("REQUEST");
            assertThat(received.getIntProperty("bloPriority")).isEqualTo(2);
            assertThat(bodyOf(received)).isEqualTo("sealed-envelope");
            assertThat(received.getValidatedUserID())
                    .as("the receiving broker stamps the peer that its certificate proved")
                    .isEqualTo("TH");
            assertThat(laos.receive(BrokerAddresses.INBOUND, NOTHING_MORE)).isEmpty();
        }
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(network.th.health().links())
                .containsExactly(new PeerLinkHealth("LA", true, 0)));
    }

    @Test
    void carriesAJmsMessageWithItsHeadersAndPropertiesFromOneApplicationToTheOther() throws Exception {
        long expiration;
        try (JMSContext thailand = network.th.applicationConnectionFactory().createContext()) {
            BytesMessage message = thailand.createBytesMessage();
            message.writeBytes("sealed-envelope".getBytes(StandardCharsets.US_ASCII));
            message.setJMSCorrelationID("01JD0000000000000000000009");
            message.setJMSType("REQUEST");
            message.setStringProperty("bloToNode", "LA");
            message.setLongProperty("bloCreatedAt", 1_764_000_000_000L);
            thailand.createProducer().setTimeToLive(Duration.ofHours(1).toMillis())
                    .send(thailand.createQueue(TO_LA), message);
            expiration = message.getJMSExpiration();
        }

        try (JMSContext laos = network.la.applicationConnectionFactory().createContext();
                JMSConsumer inbound = laos.createConsumer(laos.createQueue(BrokerAddresses.INBOUND))) {
            Message received = inbound.receive(ARRIVAL.toMillis());
            assertThat(received).isInstanceOf(BytesMessage.class);
            assertThat(received.getJMSCorrelationID()).isEqualTo("01JD0000000000000000000009");
            assertThat(received.getJMSType()).isEqualTo("REQUEST");
            assertThat(received.getStringProperty("bloToNode")).isEqualTo("LA");
            assertThat(received.getLongProperty("bloCreatedAt")).isEqualTo(1_764_000_000_000L);
            assertThat(received.getJMSExpiration()).isEqualTo(expiration).isPositive();
            assertThat(received.getBody(byte[].class)).asString(StandardCharsets.US_ASCII).isEqualTo("sealed-envelope");
            assertThat(inbound.receive(NOTHING_MORE.toMillis())).isNull();
        }
    }

    @Test
    void keepsMessagesWhileThePeerIsDownAndDeliversThemAllOnceInOrderWhenItReturns() throws Exception {
        network.la.stop();
        try (ApplicationClient thailand = new ApplicationClient(network.th)) {
            for (int i = 0; i < 50; i++) {
                ClientMessage message = thailand.newMessage();
                message.putIntProperty("sequence", i);
                thailand.send(TO_LA, message);
            }
        }
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(network.th.health().links())
                .containsExactly(new PeerLinkHealth("LA", false, 50)));

        network.la.start();

        assertThat(receiveSequence(network.la, 50)).containsExactlyElementsOf(sequence(50));
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(network.th.health().links())
                .containsExactly(new PeerLinkHealth("LA", true, 0)));
    }

    @Test
    void losesNothingWhenTheSendingBrokerRestartsWhileThePeerIsDown() throws Exception {
        network.la.stop();
        try (ApplicationClient thailand = new ApplicationClient(network.th)) {
            for (int i = 0; i < 20; i++) {
                ClientMessage message = thailand.newMessage();
                message.putIntProperty("sequence", i);
                thailand.send(TO_LA, message);
            }
        }
        network.th.stop();
        assertThat(network.th.health().started()).isFalse();

        network.th.start();
        assertThat(network.th.health().links()).containsExactly(new PeerLinkHealth("LA", false, 20));

        network.la.start();
        assertThat(receiveSequence(network.la, 20)).containsExactlyElementsOf(sequence(20));
    }

    @Test
    void keepsMessagesWhileThePeerRefusesOurCertificateAndDeliversThemOnceItRecognisesIt() throws Exception {
        network.la.stop();
        try (NodeBroker laosRecognisingNobody = network.laRecognisingNobody()) {
            laosRecognisingNobody.start();
            try (ApplicationClient thailand = new ApplicationClient(network.th)) {
                for (int i = 0; i < 3; i++) {
                    ClientMessage message = thailand.newMessage();
                    message.putIntProperty("sequence", i);
                    thailand.send(TO_LA, message);
                }
            }
            Thread.sleep(NOTHING_MORE.toMillis());
            assertThat(network.th.health().links()).containsExactly(new PeerLinkHealth("LA", false, 3));
            try (ApplicationClient laos = new ApplicationClient(laosRecognisingNobody)) {
                assertThat(laos.receive(BrokerAddresses.INBOUND, NOTHING_MORE)).isEmpty();
            }
        }

        network.la.start();

        assertThat(receiveSequence(network.la, 3)).containsExactly(0, 1, 2);
    }

    @Test
    void streamsATwentyMegabyteMessageAcrossTheBridgeAsALargeMessage() throws Exception {
        byte[] payload = new byte[20 * 1024 * 1024];
        new Random(42).nextBytes(payload);
        byte[] expectedDigest = MessageDigest.getInstance("SHA-256").digest(payload);

        try (ApplicationClient thailand = new ApplicationClient(network.th);
                ApplicationClient laos = new ApplicationClient(network.la);
                ClientConsumer inbound = laos.consumer(BrokerAddresses.INBOUND)) {
            ClientMessage message = thailand.newMessage();
            message.putStringProperty("bloMessageId", "01JD0000000000000000000020");
            message.setBodyInputStream(new ByteArrayInputStream(payload));
            thailand.send(TO_LA, message);

            ClientMessage received = inbound.receive(Duration.ofSeconds(60).toMillis());
            assertThat(received).isNotNull();
            assertThat(received.isLargeMessage()).isTrue();
            assertThat(received.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000020");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                received.saveToOutputStream(sink);
            }
            received.acknowledge();
            assertThat(digest.digest()).isEqualTo(expectedDigest);
            assertThat(inbound.receive(NOTHING_MORE.toMillis())).as("no second copy").isNull();
        }
    }

    private static List<Integer> receiveSequence(NodeBroker broker, int count) throws Exception {
        List<Integer> received = new ArrayList<>();
        try (ApplicationClient client = new ApplicationClient(broker);
                ClientConsumer consumer = client.consumer(BrokerAddresses.INBOUND)) {
            for (int i = 0; i < count; i++) {
                ClientMessage message = consumer.receive(ARRIVAL.toMillis());
                assertThat(message).as("message %d of %d", i + 1, count).isNotNull();
                message.acknowledge();
                received.add(message.getIntProperty("sequence"));
            }
            assertThat(consumer.receive(NOTHING_MORE.toMillis())).as("no message arrives twice").isNull();
        }
        return received;
    }

    private static List<Integer> sequence(int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static String bodyOf(ClientMessage message) {
        byte[] body = new byte[message.getBodyBuffer().readableBytes()];
        message.getBodyBuffer().readBytes(body);
        return new String(body, StandardCharsets.US_ASCII);
    }
}
