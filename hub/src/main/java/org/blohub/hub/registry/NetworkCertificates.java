package org.blohub.hub.registry;

import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * The certificates a publisher puts into the registry.
 *
 * @param nationalCertificateAuthorities country code to national CA certificate
 * @param nodeTls                        node name to broker TLS certificate
 * @param offices                        office id to its signing and encryption certificates
 * @param nodeAuditKeys                  node name to its audit log and witness verifier keys
 */
public record NetworkCertificates(
        Map<String, X509Certificate> nationalCertificateAuthorities,
        Map<String, X509Certificate> nodeTls,
        Map<String, OfficeCertificates> offices,
        Map<String, NodeAuditKeys> nodeAuditKeys) {

    public NetworkCertificates {
        nationalCertificateAuthorities = Map.copyOf(nationalCertificateAuthorities);
        nodeTls = Map.copyOf(nodeTls);
        offices = Map.copyOf(offices);
        nodeAuditKeys = Map.copyOf(nodeAuditKeys);
    }
}
