package org.blohub.hub.broker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;

/**
 * Thailand (TH) and Laos (LA) nodes, each with its own broker, data directory and loopback TLS port,
 * bridged to each other over mutual TLS 1.3 with certificates from one development PKI.
 */
final class TwoNodeNetwork implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";
    static final List<String> LOOPBACK_NAMES = List.of("localhost", LOOPBACK);
    /** Short retries so a restarted peer is found again within a second or so. */
    static final LinkRetry FAST_RETRY = new LinkRetry(Duration.ofMillis(200), 2.0, Duration.ofSeconds(1));

    final DevelopmentPki pki;
    final Path directory;
    final Credential thTls;
    final Credential laTls;
    final Pkcs12Store trustStore;
    final BrokerSettings thSettings;
    final BrokerSettings laSettings;
    final NodeBroker th;
    final NodeBroker la;

    TwoNodeNetwork(Path directory) {
        this(directory, TlsStoreFiles.JDK);
    }

    TwoNodeNetwork(Path directory, TlsStoreFiles storeFiles) {
        this.directory = directory;
        this.pki = DevelopmentPki.create("Mekong", Clock.systemUTC());
        this.thTls = pki.issueNodeTls("TH-BROKER", LOOPBACK_NAMES);
        this.laTls = pki.issueNodeTls("LA-BROKER", LOOPBACK_NAMES);
        this.trustStore = storeFiles.trustStore(directory.resolve("tls/truststore.p12"), List.of(pki.root().certificate()));
        int thPort = FreeBrokerPorts.next();
        int laPort = FreeBrokerPorts.next();
        this.thSettings = new BrokerSettings("TH", directory.resolve("th-data"), LOOPBACK, thPort,
                storeFiles.keyStore(directory.resolve("tls/th.p12"), thTls), trustStore,
                List.of(new Peer("LA", LOOPBACK, laPort)), FAST_RETRY);
        this.laSettings = new BrokerSettings("LA", directory.resolve("la-data"), LOOPBACK, laPort,
                storeFiles.keyStore(directory.resolve("tls/la.p12"), laTls), trustStore,
                List.of(new Peer("TH", LOOPBACK, thPort)), FAST_RETRY);
        this.th = new NodeBroker(thSettings, PinnedPeerCertificates.of(Map.of("LA", laTls.certificate())));
        this.la = new NodeBroker(laSettings, PinnedPeerCertificates.of(Map.of("TH", thTls.certificate())));
    }

    /** LA's broker on the same data directory and port, but recognising no peer certificate. */
    NodeBroker laRecognisingNobody() {
        return new NodeBroker(laSettings, PinnedPeerCertificates.of(Map.of()));
    }

    /** LA's broker on the same data directory and port, asking {@code revocation} about TH's certificate. */
    NodeBroker laChecking(PeerRevocation revocation) {
        return new NodeBroker(laSettings, PinnedPeerCertificates.of(Map.of("TH", thTls.certificate())),
                ForwardingListener.NONE, revocation);
    }

    @Override
    public void close() {
        th.close();
        la.close();
    }
}
