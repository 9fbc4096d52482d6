package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;

/** What the node's web server listens with: HTTPS by default, the operator's certificate if configured, plain HTTP on loopback only. */
class WebServerTlsCustomizerTest {

    @TempDir
    Path directory;

    private NodeMaterial material;
    private final TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(8443);

    @BeforeEach
    void nodeWithATlsKeyStore() throws Exception {
        material = new NodeMaterial(directory, "TH");
        Files.createDirectories(material.keys());
        Files.writeString(material.tlsKeyStore(), "key store bytes");
    }

    @Nested
    class ByDefault {

        @Test
        void servesHttpsWithTheNodesTlsKeyStoreAndTls12OrLater() {
            customizer(false).customize(factory);

            Ssl ssl = factory.getSsl();
            assertThat(Ssl.isEnabled(ssl)).isTrue();
            assertThat(ssl.getKeyStore()).isEqualTo(material.tlsKeyStore().toAbsolutePath().toUri().toString());
            assertThat(ssl.getKeyStoreType()).isEqualTo("PKCS12");
            assertThat(ssl.getKeyStorePassword()).isEqualTo("node-password");
            assertThat(ssl.getKeyAlias()).isEqualTo(NodeMaterial.TLS_ALIAS);
            assertThat(ssl.getEnabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
        }

        @Test
        void refusesToStartWithoutTheTlsKeyStoreNamingItAndHowToIssueIt() throws Exception {
            Files.delete(material.tlsKeyStore());

            assertThatThrownBy(() -> customizer(false).customize(factory))
                    .isInstanceOf(NodeStartupException.class)
                    .hasMessageContaining("BLO-WEB-014")
                    .hasMessageContaining(material.tlsKeyStore().toAbsolutePath().toString())
                    .hasMessageContaining("pki issue-tls").hasMessageContaining("server.ssl.bundle");
        }
    }

    @Nested
    class OperatorCertificate {

        @Test
        void keepsTheConfiguredBundleWithItsOwnProtocols() {
            factory.setSsl(Ssl.forBundle("web"));

            customizer(false).customize(factory);

            assertThat(factory.getSsl().getBundle()).isEqualTo("web");
            assertThat(factory.getSsl().getKeyStore()).isNull();
            assertThat(factory.getSsl().getEnabledProtocols()).isNull();
        }

        @Test
        void limitsAConfiguredKeyStoreToTls12OrLaterUnlessTheOperatorChoseProtocols() {
            Ssl keyStore = new Ssl();
            keyStore.setKeyStore("file:/etc/blohub/web.p12");
            factory.setSsl(keyStore);
            Ssl chosen = new Ssl();
            chosen.setKeyStore("file:/etc/blohub/web.p12");
            chosen.setEnabledProtocols(new String[] {"TLSv1.3"});
            TomcatServletWebServerFactory other = new TomcatServletWebServerFactory(8443);
            other.setSsl(chosen);

            customizer(true).customize(factory);
            customizer(true).customize(other);

            assertThat(factory.getSsl().getKeyStore()).isEqualTo("file:/etc/blohub/web.p12");
            assertThat(factory.getSsl().getEnabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
            assertThat(other.getSsl().getEnabledProtocols()).containsExactly("TLSv1.3");
            assertThat(factory.getAddress()).as("plain-allowed does not move an HTTPS server to loopback").isNull();
        }
    }

    @Nested
    class PlainHttpAllowed {

        @Test
        void listensOnTheLoopbackAddressOnly() {
            customizer(true).customize(factory);

            assertThat(Ssl.isEnabled(factory.getSsl())).isFalse();
            assertThat(factory.getAddress().isLoopbackAddress()).isTrue();
        }

        @Test
        void refusesAnAddressOtherThanLoopbackSayingWhatToRemove() throws Exception {
            factory.setAddress(InetAddress.getByName("192.0.2.10"));

            assertThatThrownBy(() -> customizer(true).customize(factory))
                    .isInstanceOf(NodeStartupException.class)
                    .hasMessageContaining("BLO-WEB-010").hasMessageContaining("192.0.2.10")
                    .hasMessageContaining("Remove server.address");
        }
    }

    private WebServerTlsCustomizer customizer(boolean plainAllowed) {
        return new WebServerTlsCustomizer(material, new KeyStorePassword("node-password"), plainAllowed);
    }
}
