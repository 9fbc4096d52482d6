package org.blohub.hub.node;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.AbstractConfigurableWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Makes the node's API and pages HTTPS only, TLS 1.2 or 1.3: with the certificate the operator configured
 * ({@code server.ssl.*}, e.g. {@code server.ssl.bundle}) or else the node's own TLS certificate
 * ({@code keys/<NODE>/tls.p12}). Plain HTTP only where {@code blo.http.plain-allowed=true} (the demo, tests, a lab),
 * and then only on a loopback address.
 */
final class WebServerTlsCustomizer implements WebServerFactoryCustomizer<AbstractConfigurableWebServerFactory>, Ordered {

    static final String PLAIN_ALLOWED_PROPERTY = "blo.http.plain-allowed";
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    private static final Logger LOG = LoggerFactory.getLogger(WebServerTlsCustomizer.class);

    private final NodeMaterial material;
    private final KeyStorePassword password;
    private final boolean plainAllowed;

    WebServerTlsCustomizer(NodeMaterial material, KeyStorePassword password, boolean plainAllowed) {
        this.material = material;
        this.password = password;
        this.plainAllowed = plainAllowed;
    }

    /** After Spring Boot's own customizers, so that the operator's {@code server.ssl} is already applied. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(AbstractConfigurableWebServerFactory factory) {
        Optional<Ssl> configured = Optional.ofNullable(factory.getSsl()).filter(ssl -> ssl.isEnabled());
        if (configured.isPresent()) {
            Ssl ssl = configured.get();
            // a bundle brings its own protocols (its options; Tomcat's default is TLS 1.2 and 1.3)
            if (ssl.getBundle() == null && ssl.getEnabledProtocols() == null) {
                ssl.setEnabledProtocols(PROTOCOLS.clone());
            }
            LOG.info("BLO-WEB-012 HTTPS on port {} with the certificate configured in server.ssl", factory.getPort());
        } else if (plainAllowed) {
            servePlainOnLoopback(factory);
        } else {
            factory.setSsl(nodeCertificate());
            LOG.info("BLO-WEB-013 HTTPS on port {} with the node's TLS certificate {}", factory.getPort(),
                    material.tlsKeyStore().toAbsolutePath().normalize());
        }
    }

    private void servePlainOnLoopback(AbstractConfigurableWebServerFactory factory) {
        InetAddress address = Optional.ofNullable(factory.getAddress()).orElse(InetAddress.getLoopbackAddress());
        if (!address.isLoopbackAddress()) {
            throw new NodeStartupException("BLO-WEB-010 node " + material.nodeName() + " refuses to serve plain HTTP on "
                    + address.getHostAddress() + ": " + PLAIN_ALLOWED_PROPERTY + "=true is for a loopback address only."
                    + " Remove server.address (plain HTTP then listens on " + InetAddress.getLoopbackAddress().getHostAddress()
                    + ") or remove " + PLAIN_ALLOWED_PROPERTY + " to serve HTTPS with the node's TLS certificate.");
        }
        factory.setAddress(address);
        LOG.warn("BLO-WEB-011 plain HTTP on {} port {} ({}=true): reachable from this machine only, never in service",
                address.getHostAddress(), factory.getPort(), PLAIN_ALLOWED_PROPERTY);
    }

    private Ssl nodeCertificate() {
        Path keyStore = material.tlsKeyStore().toAbsolutePath().normalize();
        if (!Files.isReadable(keyStore)) {
            throw new NodeStartupException("BLO-WEB-014 node " + material.nodeName() + " cannot serve HTTPS: its TLS key"
                    + " store " + keyStore + " is missing or unreadable. Issue it (java -jar blohub-hub.jar pki issue-tls),"
                    + " or configure server.ssl.bundle with the certificate to use.");
        }
        Ssl ssl = new Ssl();
        ssl.setKeyStore(keyStore.toUri().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(password.value());
        ssl.setKeyAlias(NodeMaterial.TLS_ALIAS);
        ssl.setEnabledProtocols(PROTOCOLS.clone());
        return ssl;
    }
}
