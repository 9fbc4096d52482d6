package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LA checks TH's TLS certificate against the CRL of TH's national CA, as a node checks its current CRLs. Once that
 * CRL revokes the certificate, the link is cut both ways and every message stays queued on its sending side.
 */
class RevokedPeerIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final Duration NOTHING_MORE = Duration.ofMillis(1500);

    @TempDir
    Path directory;

    private TwoNodeNetwork network;
    private final AtomicReference<X509CRL> thailandsCrl = new AtomicReference<>();
    private NodeBroker laos;

    @BeforeEach
    void createTheNetwork() {
        network = new TwoNodeNetwork(directory);
        thailandsCrl.set(network.pki.nationalCa("TH").currentCrl());
        laos = network.laChecking(certificate -> Optional.ofNullable(thailandsCrl.get().getRevokedCertificate(certificate))
                .map(entry -> entry.getRevocationDate().toInstant()));
    }

    @AfterEach
    void stopBothNodes() {
        network.close();
        laos.close();
    }

    @Test
    void aCrlAppliedWhileRunningCutsTheLinkBothWaysAndEveryMessageStaysQueued() throws Exception {
        network.th.start();
        laos.start();
        sendFromThailand(1);
        try (ApplicationClient la = new ApplicationClient(laos)) {
            assertThat(la.receive(BrokerAddresses.INBOUND, ARRIVAL)).as("the link works before the revocation").isPresent();
        }
        assertThat(laos.cutLinksOfRevokedPeers()).as("nothing is revoked yet").isEmpty();

        revokeThailandsCertificate();

        assertThat(laos.cutLinksOfRevokedPeers()).containsExactly("TH");
        assertThat(laos.cutLinksOfRevokedPeers()).as("a link is cut once").isEmpty();
        sendFromThailand(3);
        sendFromLaos(2);
        Thread.sleep(NOTHING_MORE.toMillis());
        await().atMost(ARRIVAL).untilAsserted(() -> {
            assertThat(network.th.health().links()).containsExactly(new PeerLinkHealth("LA", false, 3));
            assertThat(laos.health().links()).containsExactly(new PeerLinkHealth("TH", false, 2));
        });
        try (ApplicationClient la = new ApplicationClient(laos);
                ApplicationClient th = new ApplicationClient(network.th)) {
            assertThat(la.receive(BrokerAddresses.INBOUND, NOTHING_MORE)).isEmpty();
            assertThat(th.receive(BrokerAddresses.INBOUND, NOTHING_MORE)).isEmpty();
        }
    }

    @Test
    void aBrokerStartedWithThePeerAlreadyRevokedNeverLinksToIt() throws Exception {
        revokeThailandsCertificate();
        network.th.start();
        laos.start();

        sendFromThailand(2);
        sendFromLaos(1);
        Thread.sleep(NOTHING_MORE.toMillis());

        assertThat(laos.cutLinksOfRevokedPeers()).as("already cut at start").isEmpty();
        assertThat(network.th.health().links()).containsExactly(new PeerLinkHealth("LA", false, 2));
        assertThat(laos.health().links()).containsExactly(new PeerLinkHealth("TH", false, 1));
    }

    private void revokeThailandsCertificate() {
        network.pki.nationalCa("TH").revoke(network.thTls.certificate(), Instant.now().minusSeconds(60));
        thailandsCrl.set(network.pki.nationalCa("TH").currentCrl());
        assertThat(thailandsCrl.get().getRevokedCertificate(network.thTls.certificate())).isNotNull();
    }

    private void sendFromThailand(int count) throws Exception {
        send(network.th, BrokerAddresses.outboundTo("LA"), count);
    }

    private void sendFromLaos(int count) throws Exception {
        send(laos, BrokerAddresses.outboundTo("TH"), count);
    }

    private static void send(NodeBroker broker, String address, int count) throws Exception {
        try (ApplicationClient client = new ApplicationClient(broker)) {
            for (int i = 0; i < count; i++) {
                ClientMessage message = client.newMessage();
                message.putIntProperty("sequence", i);
                client.send(address, message);
            }
        }
    }
}
