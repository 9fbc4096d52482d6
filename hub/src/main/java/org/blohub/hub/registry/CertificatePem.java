package org.blohub.hub.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** One X.509 certificate as PEM text, as the registry embeds it. JDK only. */
final class CertificatePem {

    private CertificatePem() {
    }

    static String encode(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be DER encoded", e);
        }
    }

    /** @throws IllegalArgumentException with a reason when the text is not exactly one X.509 certificate */
    static X509Certificate decode(String pem) {
        try {
            var certificates = CertificateFactory.getInstance("X.509").generateCertificates(
                    new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
            if (certificates.size() != 1) {
                throw new IllegalArgumentException("expected exactly one PEM certificate, found " + certificates.size());
            }
            return (X509Certificate) certificates.iterator().next();
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a readable X.509 certificate: " + e.getMessage(), e);
        }
    }
}
