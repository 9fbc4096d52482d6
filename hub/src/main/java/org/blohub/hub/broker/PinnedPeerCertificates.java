package org.blohub.hub.broker;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises each peer node by the SHA-256 fingerprint of its exact TLS certificate. A different
 * certificate with the same subject, even from the same CA, is not recognised.
 */
public final class PinnedPeerCertificates implements PeerIdentities {

    private final Map<String, String> nodeNameByFingerprint;
    private final Map<String, X509Certificate> certificateByNodeName;

    private PinnedPeerCertificates(Map<String, String> nodeNameByFingerprint,
            Map<String, X509Certificate> certificateByNodeName) {
        this.nodeNameByFingerprint = Map.copyOf(nodeNameByFingerprint);
        this.certificateByNodeName = Map.copyOf(certificateByNodeName);
    }

    /** @param certificateByNodeName each peer node's name and its TLS certificate */
    public static PinnedPeerCertificates of(Map<String, X509Certificate> certificateByNodeName) {
        Map<String, String> byFingerprint = new HashMap<>();
        certificateByNodeName.forEach((nodeName, certificate) -> {
            String previous = byFingerprint.put(fingerprint(certificate), NodeNames.requireValid(nodeName));
            if (previous != null) {
                throw new IllegalArgumentException(
                        "one certificate is pinned for two nodes: " + previous + " and " + nodeName);
            }
        });
        return new PinnedPeerCertificates(byFingerprint, certificateByNodeName);
    }

    @Override
    public Optional<String> nodeNameOf(X509Certificate clientCertificate) {
        return Optional.ofNullable(nodeNameByFingerprint.get(fingerprint(clientCertificate)));
    }

    /** The certificate pinned for a peer node, if it is one. */
    public Optional<X509Certificate> certificateOf(String nodeName) {
        return Optional.ofNullable(certificateByNodeName.get(nodeName));
    }

    /** Lower-case hex SHA-256 of the DER certificate, as {@code openssl x509 -fingerprint -sha256} shows it without colons. */
    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new BrokerException("cannot fingerprint certificate " + certificate.getSubjectX500Principal(), e);
        }
    }
}
