package org.blohub.hub.registry;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** The checks the registry makes on the certificates it embeds. JDK only. */
final class CertificateRules {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;

    private CertificateRules() {
    }

    /** Issued and signed by {@code issuer} itself. */
    static boolean isIssuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static boolean isCertificateAuthority(X509Certificate certificate) {
        return certificate.getBasicConstraints() >= 0;
    }

    /** digitalSignature or nonRepudiation, or no key usage extension at all (RFC 5280, 4.2.1.3). */
    static boolean allowsSigning(X509Certificate certificate) {
        return hasAnyKeyUsage(certificate, DIGITAL_SIGNATURE, NON_REPUDIATION);
    }

    /** keyAgreement or keyEncipherment, or no key usage extension at all. */
    static boolean allowsKeyEstablishment(X509Certificate certificate) {
        return hasAnyKeyUsage(certificate, KEY_AGREEMENT, KEY_ENCIPHERMENT);
    }

    private static boolean hasAnyKeyUsage(X509Certificate certificate, int... bits) {
        Optional<boolean[]> keyUsage = Optional.ofNullable(certificate.getKeyUsage());
        if (keyUsage.isEmpty()) {
            return true;
        }
        for (int bit : bits) {
            if (bit < keyUsage.get().length && keyUsage.get()[bit]) {
                return true;
            }
        }
        return false;
    }
}
