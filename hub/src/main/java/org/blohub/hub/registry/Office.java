package org.blohub.hub.registry;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A Border Liaison Office.
 *
 * @param id                    e.g. {@code TH-MAESAI}: country code, dash, site code
 * @param node                  name of the node that hosts the office (holds its private keys)
 * @param displayName           e.g. "Mae Sai BLO"
 * @param signingCertificate    verifies the office's signatures
 * @param encryptionCertificate what senders encrypt to for this office
 */
public record Office(
        String id,
        String node,
        String displayName,
        X509Certificate signingCertificate,
        X509Certificate encryptionCertificate) {

    public Office {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(signingCertificate, "signingCertificate");
        Objects.requireNonNull(encryptionCertificate, "encryptionCertificate");
    }

    /** The country code the office id starts with. */
    public String country() {
        return id.substring(0, 2);
    }
}
