package org.blohub.crypto.pki;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link CertificateAuthority} needs to issue a certificate.
 *
 * @param commonName              subject CN, e.g. an office id like {@code TH-MAESAI}
 * @param countryCode             ISO 3166 alpha-2 country of the subject, e.g. {@code TH}
 * @param subjectKey              the public key to certify (any key type Bouncy Castle can encode)
 * @param purpose                 decides key usage, extended key usage and basic constraints
 * @param notBefore               start of validity
 * @param notAfter                end of validity
 * @param subjectAlternativeNames DNS names or IP literals; empty for purposes other than TLS
 */
public record CertificateRequest(
        String commonName,
        String countryCode,
        PublicKey subjectKey,
        CertificatePurpose purpose,
        Instant notBefore,
        Instant notAfter,
        List<String> subjectAlternativeNames) {

    public CertificateRequest {
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be two upper-case letters: " + countryCode);
        }
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " must be after notBefore " + notBefore);
        }
    }
}
