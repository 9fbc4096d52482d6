package org.blohub.crypto.cms;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an opened envelope holds once decrypted and verified.
 *
 * @param content            the signed content
 * @param signerCertificate  the certificate of the key that signed it
 * @param signerChain        the signer's certificate first, then the issuers found in the message
 * @param signingTime        the signing time from the signed attributes, at which the path was checked
 * @param contentDigest      SHA-256 of the content
 * @param signatureAlgorithm the JCA name of the signature algorithm, e.g. {@code SHA256withECDSA}
 */
public record OpenedEnvelope(byte[] content, X509Certificate signerCertificate, List<X509Certificate> signerChain,
        Instant signingTime, byte[] contentDigest, String signatureAlgorithm) {

    public OpenedEnvelope {
        content = content.clone();
        Objects.requireNonNull(signerCertificate, "signerCertificate");
        signerChain = List.copyOf(signerChain);
        Objects.requireNonNull(signingTime, "signingTime");
        contentDigest = contentDigest.clone();
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public byte[] contentDigest() {
        return contentDigest.clone();
    }
}
