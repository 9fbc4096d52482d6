package org.blohub.hub.broker;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Which peer node, if any, a TLS client certificate belongs to. The certificate has already
 * chained to the trust store when this is asked; this decides whether it is a node we know.
 */
@FunctionalInterface
public interface PeerIdentities {

    Optional<String> nodeNameOf(X509Certificate clientCertificate);
}
