package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that expire or cannot be processed are kept on blo.expired and blo.dead, never dropped. */
class UndeliverableMessagesIT {

    @TempDir
    Path directory;

    private TwoNodeNetwork network;

    @BeforeEach
    void startThailandOnly() {
        network = new TwoNodeNetwork(directory);
        network.th.start();
    }

    @AfterEach
    void stop() {
        network.close();
    }

    @Test
    void movesAMessageThatExpiresWhileItsPeerIsDownToTheExpiredQueue() throws Exception {
        try (ApplicationClient thailand = new ApplicationClient(network.th)) {
            ClientMessage message = thailand.newMessage();
            message.putStringProperty("bloMessageId", "01JD0000000000000000000040");
            message.setExpiration(System.currentTimeMillis() + 500);
            thailand.send(BrokerAddresses.outboundTo("LA"), message);

            ClientMessage expired = thailand.receive(BrokerAddresses.EXPIRED, Duration.ofSeconds(15)).orElseThrow();

            assertThat(expired.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000040");
            assertThat(expired.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("blo.outbound.LA");
        }
        assertThat(network.th.health().links()).containsExactly(new PeerLinkHealth("LA", false, 0));
    }

    @Test
    void movesAMessageRolledBackTenTimesToTheDeadLetterQueue() throws Exception {
        try (ApplicationClient thailand = new ApplicationClient(network.th)) {
            ClientMessage message = thailand.newMessage();
            message.putStringProperty("bloMessageId", "01JD0000000000000000000041");
            thailand.send(BrokerAddresses.INBOUND, message);

            rollBackEveryDelivery(BrokerAddresses.INBOUND, NodeBrokerConfiguration.MAX_DELIVERY_ATTEMPTS);

            ClientMessage dead = thailand.receive(BrokerAddresses.DEAD, Duration.ofSeconds(10)).orElseThrow();
            assertThat(dead.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000041");
            assertThat(thailand.receive(BrokerAddresses.INBOUND, Duration.ofMillis(500))).isEmpty();
        }
    }

    @Test
    void keepsRedeliveringADeadLetterThatCannotBeRecordedInsteadOfMovingOrDroppingIt() throws Exception {
        int attempts = NodeBrokerConfiguration.MAX_DELIVERY_ATTEMPTS + 3;
        try (ApplicationClient thailand = new ApplicationClient(network.th)) {
            ClientMessage message = thailand.newMessage();
            message.putStringProperty("bloMessageId", "01JD0000000000000000000042");
            thailand.send(BrokerAddresses.DEAD, message);

            long started = System.nanoTime();
            rollBackEveryDelivery(BrokerAddresses.DEAD, attempts);
            Duration redelivering = Duration.ofNanos(System.nanoTime() - started);

            ClientMessage stillThere = thailand.receive(BrokerAddresses.DEAD, Duration.ofSeconds(10)).orElseThrow();
            assertThat(stillThere.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000042");
            assertThat(stillThere.getDeliveryCount()).isEqualTo(attempts + 1);
            // FAST_RETRY spaces the 13 deliveries by 0.2 + 0.4 + 0.8 + 9 x 1 s; without a delay they take milliseconds
            assertThat(redelivering).isGreaterThan(Duration.ofSeconds(5));
        }
    }

    private void rollBackEveryDelivery(String queue, int attempts) throws Exception {
        ApplicationCredentials credentials = network.th.applicationCredentials();
        try (ServerLocator locator = ActiveMQClient.createServerLocator(network.th.inVmUrl());
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession transacted = factory.createSession(
                        credentials.user(), credentials.password(), false, false, false, false, 0);
                ClientConsumer consumer = transacted.createConsumer(queue)) {
            transacted.start();
            for (int attempt = 1; attempt <= attempts; attempt++) {
                ClientMessage delivery = consumer.receive(5_000);
                assertThat(delivery).as("delivery %d", attempt).isNotNull();
                assertThat(delivery.getDeliveryCount()).isEqualTo(attempt);
                delivery.acknowledge();
                transacted.rollback();
            }
        }
    }
}
