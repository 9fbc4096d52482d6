package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.utils.PasswordMaskingUtil;
import org.junit.jupiter.api.Test;

class PeerTlsTransportTest {

    private static final BrokerSettings THAILAND = new BrokerSettings("TH", Path.of("data"), "127.0.0.1", 61617,
            new Pkcs12Store(Path.of("th.p12"), "key-store-secret"), new Pkcs12Store(Path.of("trust.p12"), "trust-store-secret"),
            List.of(new Peer("LA", "la.example", 61618)));

    @Test
    void acceptsOnlyTls13WithAClientCertificateAndOnlyTheCoreProtocol() {
        Map<String, Object> params = PeerTlsTransport.acceptor(THAILAND).getParams();

        assertThat(params).containsEntry(TransportConstants.SSL_ENABLED_PROP_NAME, true)
                .containsEntry(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, "TLSv1.3")
                .containsEntry(TransportConstants.NEED_CLIENT_AUTH_PROP_NAME, true)
                .containsEntry(TransportConstants.PROTOCOLS_PROP_NAME, "CORE")
                .containsEntry(TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PKCS12")
                .containsEntry(TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, "PKCS12");
    }

    @Test
    void connectsToAPeerWithTls13AndChecksItsHostName() {
        TransportConfiguration connector = PeerTlsTransport.connector(
                THAILAND.peers().get(0), THAILAND.keyStore(), THAILAND.trustStore());

        assertThat(connector.getParams()).containsEntry(TransportConstants.HOST_PROP_NAME, "la.example")
                .containsEntry(TransportConstants.PORT_PROP_NAME, 61618)
                .containsEntry(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, "TLSv1.3")
                .containsEntry(TransportConstants.VERIFY_HOST_PROP_NAME, true);
    }

    @Test
    void neverPutsAStorePasswordInClearInTheTransportParameters() throws Exception {
        Map<String, Object> params = PeerTlsTransport.acceptor(THAILAND).getParams();
        String keyStorePassword = (String) params.get(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME);

        assertThat(params.values()).doesNotContain("key-store-secret", "trust-store-secret");
        assertThat(PasswordMaskingUtil.resolveMask(null, keyStorePassword, null)).isEqualTo("key-store-secret");
    }
}
