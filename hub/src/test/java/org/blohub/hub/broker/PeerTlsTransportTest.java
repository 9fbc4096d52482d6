package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.api.config.ActiveMQDefaultConfiguration;
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
        assertThat(PasswordMaskingUtil.resolveMask(null, keyStorePassword, codecOf(params))).isEqualTo("key-store-secret");
    }

    @Test
    void everyRandomStorePasswordResolvesBackAsArtemisResolvesIt() throws Exception {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 3000; i++) {
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            Map<String, Object> params = PeerTlsTransport.connector(THAILAND.peers().get(0),
                    new Pkcs12Store(Path.of("th.p12"), password), THAILAND.trustStore()).getParams();

            assertThat(PasswordMaskingUtil.resolveMask(null,
                    (String) params.get(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME), codecOf(params)))
                    .as("password #%d", i).isEqualTo(password);
        }
    }

    private static String codecOf(Map<String, Object> params) {
        return (String) params.get(ActiveMQDefaultConfiguration.getPropPasswordCodec());
    }
}
