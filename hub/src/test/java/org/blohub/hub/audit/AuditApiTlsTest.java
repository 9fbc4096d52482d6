package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A node serving HTTPS with its node TLS certificate is reached with the regional root, and not without it. */
class AuditApiTlsTest {

    private final DevelopmentPki pki = DevelopmentPki.create("Mekong", Clock.systemUTC());
    private HttpsServer peer;

    @BeforeEach
    void startAPeerServingItsNodeCertificate() throws Exception {
        Credential tls = pki.issueNodeTls("LA-node", List.of("localhost", "127.0.0.1"));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("node-tls", tls.privateKey(), "pw".toCharArray(), tls.chain().toArray(Certificate[]::new));
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "pw".toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(keyManagers.getKeyManagers(), null, null);
        peer = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.setHttpsConfigurator(new HttpsConfigurator(server));
        peer.createContext("/api/audit/checkpoint", exchange -> {
            byte[] body = "checkpoint".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        peer.start();
    }

    @AfterEach
    void stopThePeer() {
        peer.stop(0);
    }

    @Test
    void reachesAPeerWhoseCertificateTheRegionalRootIssued() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(AuditApiTls.trusting(
                List.of(pki.root().certificate()))).build();

        HttpResponse<String> response = client.send(checkpoint(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("checkpoint");
    }

    @Test
    void refusesThatPeerWithTheJvmTrustAlone() {
        HttpClient client = HttpClient.newBuilder().sslContext(AuditApiTls.trusting(List.of())).build();

        assertThatThrownBy(() -> client.send(checkpoint(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    private HttpRequest checkpoint() {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + peer.getAddress().getPort()
                + "/api/audit/checkpoint")).GET().build();
    }
}
