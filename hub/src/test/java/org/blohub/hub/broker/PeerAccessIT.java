package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLException;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may connect to LA's peer TLS acceptor, and what a recognised peer may do there. */
class PeerAccessIT {

    @TempDir
    Path directory;

    private TwoNodeNetwork network;
    private String laHost;
    private int laPort;

    @BeforeEach
    void startLaos() {
        network = new TwoNodeNetwork(directory);
        network.la.start();
        laHost = network.laSettings.tlsHost();
        laPort = network.laSettings.tlsPort();
    }

    @AfterEach
    void stopLaos() {
        network.close();
    }

    private TlsSocketProbe probe() {
        return new TlsSocketProbe(laHost, laPort, network.trustStore);
    }

    private PeerTlsClient clientWith(Credential credential, String name) {
        return new PeerTlsClient(laHost, laPort,
                TlsStoreFiles.JDK.keyStore(directory.resolve("tls/" + name + ".p12"), credential), network.trustStore);
    }

    @Nested
    class Authentication {

        @Test
        void acceptsTheMappedPeerCertificate() throws Exception {
            try (PeerTlsClient thailand = clientWith(network.thTls, "th-client");
                    ClientSessionFactory factory = thailand.connect();
                    ClientSession session = thailand.login(factory)) {
                assertThat(session.isClosed()).isFalse();
            }
        }

        @Test
        void completesTheTls13HandshakeOfTheMappedPeerCertificate() {
            assertThatThrownBy(() -> probe().handshakeAndRead("TLSv1.3", Optional.of(network.thSettings.keyStore())))
                    .as("the broker accepted the connection and waits for the client to speak")
                    .isInstanceOf(SocketTimeoutException.class);
        }

        @Test
        void refusesTheHandshakeOfACertificateFromAnotherCa() {
            DevelopmentPki otherRegion = DevelopmentPki.create("Elsewhere", Clock.systemUTC());
            Credential foreign = otherRegion.issueNodeTls("TH-BROKER", TwoNodeNetwork.LOOPBACK_NAMES);
            Pkcs12Store foreignKeys = TlsStoreFiles.JDK.keyStore(directory.resolve("tls/foreign.p12"), foreign);

            assertThatThrownBy(() -> probe().handshakeAndRead("TLSv1.3", Optional.of(foreignKeys)))
                    .isInstanceOf(SSLException.class);
            try (PeerTlsClient impostor = new PeerTlsClient(laHost, laPort, foreignKeys, network.trustStore)) {
                assertThatThrownBy(impostor::connect).isInstanceOf(ActiveMQException.class);
            }
        }

        @Test
        void refusesTheHandshakeOfAClientWithoutCertificate() {
            assertThatThrownBy(() -> probe().handshakeAndRead("TLSv1.3", Optional.empty()))
                    .isInstanceOf(SSLException.class);
        }

        @Test
        void refusesAClientThatOffersOnlyTls12() {
            assertThatThrownBy(() -> probe().handshakeAndRead("TLSv1.2", Optional.of(network.thSettings.keyStore())))
                    .isInstanceOf(SSLException.class);
        }

        @Test
        void refusesTheLoginOfAValidButUnmappedCertificate() throws Exception {
            Credential unmapped = network.pki.issueNodeTls("TH-ROGUE", TwoNodeNetwork.LOOPBACK_NAMES);
            try (PeerTlsClient rogue = clientWith(unmapped, "unmapped-client");
                    ClientSessionFactory factory = rogue.connect()) {
                assertThatThrownBy(() -> rogue.login(factory)).isInstanceOf(ActiveMQSecurityException.class);
            }
        }

        @Test
        void refusesAnotherCertificateWithThePinnedPeersSubjectRightAfterThatPeerLoggedIn() throws Exception {
            Credential sameSubject = network.pki.issueNodeTls("TH-BROKER", TwoNodeNetwork.LOOPBACK_NAMES);
            assertThat(sameSubject.certificate().getSubjectX500Principal())
                    .isEqualTo(network.thTls.certificate().getSubjectX500Principal());
            try (PeerTlsClient thailand = clientWith(network.thTls, "th-client");
                    ClientSessionFactory factory = thailand.connect();
                    ClientSession session = thailand.login(factory)) {
                assertThat(session.isClosed()).isFalse();
            }

            // Artemis would cache the login by user, password and certificate subject, not by certificate
            try (PeerTlsClient twin = clientWith(sameSubject, "twin-client");
                    ClientSessionFactory factory = twin.connect()) {
                assertThatThrownBy(() -> twin.login(factory)).isInstanceOf(ActiveMQSecurityException.class);
            }
        }

        @Test
        void refusesTheApplicationLoginWithAWrongPasswordOnTheInVmConnector() throws Exception {
            try (ServerLocator locator = ActiveMQClient.createServerLocator(network.la.inVmUrl());
                    ClientSessionFactory factory = locator.createSessionFactory()) {
                String user = network.la.applicationCredentials().user();
                assertThatThrownBy(() -> factory.createSession(user, "guessed", false, true, true, false, 0))
                        .isInstanceOf(ActiveMQSecurityException.class);
            }
        }
    }

    @Nested
    class WhatAMappedPeerMayDo {

        private PeerTlsClient thailand;
        private ClientSessionFactory factory;
        private ClientSession session;

        @BeforeEach
        void loginAsThailand() throws Exception {
            thailand = clientWith(network.thTls, "th-client");
            factory = thailand.connect();
            session = thailand.login(factory);
        }

        @AfterEach
        void logout() throws Exception {
            session.close();
            factory.close();
            thailand.close();
        }

        @Test
        void mayDeliverToTheInboundAddress() throws Exception {
            send(BrokerAddresses.INBOUND);
            try (ApplicationClient laos = new ApplicationClient(network.la)) {
                ClientMessage received = laos.receive(BrokerAddresses.INBOUND, Duration.ofSeconds(10)).orElseThrow();
                assertThat(received.getValidatedUserID()).isEqualTo("TH");
            }
        }

        @Test
        void deliversAnAuditCheckpointToInboundAndTheBrokerDivertsItToTheAuditQueueWithThePeersName() throws Exception {
            try (ClientProducer producer = session.createProducer(BrokerAddresses.INBOUND)) {
                ClientMessage checkpoint = session.createMessage(true);
                checkpoint.putStringProperty(BloHeaders.KIND, BloHeaders.CHECKPOINT_KIND);
                checkpoint.putStringProperty(BloHeaders.FROM_NODE, "TH");
                producer.send(checkpoint);
            }
            try (ApplicationClient laos = new ApplicationClient(network.la)) {
                ClientMessage diverted = laos.receive(BrokerAddresses.AUDIT_INBOUND, Duration.ofSeconds(10)).orElseThrow();
                assertThat(diverted.getStringProperty(BloHeaders.KIND)).isEqualTo(BloHeaders.CHECKPOINT_KIND);
                assertThat(diverted.getValidatedUserID()).isEqualTo("TH");
                assertThat(laos.receive(BrokerAddresses.INBOUND, Duration.ofMillis(500))).as("exclusive divert").isEmpty();
            }
        }

        @Test
        void mayNotSendToAnOutboundQueue() {
            assertThatThrownBy(() -> send(BrokerAddresses.outboundTo("TH")))
                    .isInstanceOf(ActiveMQSecurityException.class);
            assertThat(network.la.health().links()).containsExactly(new PeerLinkHealth("TH", false, 0));
        }

        @Test
        void mayNotSendToAnyOtherAddress() {
            assertThatThrownBy(() -> send("blo.anything.else")).isInstanceOf(ActiveMQSecurityException.class);
            assertThatThrownBy(() -> send(BrokerAddresses.DEAD)).isInstanceOf(ActiveMQSecurityException.class);
            assertThatThrownBy(() -> send(BrokerAddresses.AUDIT_INBOUND)).isInstanceOf(ActiveMQSecurityException.class);
        }

        @Test
        void mayNotConsumeTheInboundQueue() {
            assertThatThrownBy(() -> session.createConsumer(BrokerAddresses.INBOUND))
                    .isInstanceOf(ActiveMQSecurityException.class);
        }

        @Test
        void mayNotCreateAQueue() {
            assertThatThrownBy(() -> session.createQueue(QueueConfiguration.of("blo.inbound.copy")
                    .setAddress(BrokerAddresses.INBOUND).setRoutingType(RoutingType.ANYCAST).setDurable(true)))
                    .isInstanceOf(ActiveMQSecurityException.class);
        }

        private void send(String address) throws ActiveMQException {
            try (ClientProducer producer = session.createProducer(address)) {
                ClientMessage message = session.createMessage(true);
                message.putStringProperty("bloMessageId", "01JD0000000000000000000030");
                producer.send(message);
            }
        }
    }
}
