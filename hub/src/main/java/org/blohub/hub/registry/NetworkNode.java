package org.blohub.hub.registry;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * One country's deployment.
 *
 * @param name           node name, e.g. {@code TH}
 * @param country        ISO 3166 alpha-2 country code
 * @param displayName    e.g. "Thailand"
 * @param broker         where the node's broker accepts bridges
 * @param httpPort       the node's web and REST port
 * @param tlsCertificate the broker's TLS certificate (server and client authentication)
 * @param auditKeys      the verifier keys of the node's audit log and of its cosignatures
 */
public record NetworkNode(
        String name,
        String country,
        String displayName,
        BrokerEndpoint broker,
        int httpPort,
        X509Certificate tlsCertificate,
        NodeAuditKeys auditKeys) {

    public NetworkNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(tlsCertificate, "tlsCertificate");
        Objects.requireNonNull(auditKeys, "auditKeys");
    }
}
