package org.blohub.crypto.detached;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;

/**
 * A rule about who may have signed, checked after the signature verifies and before the signer's
 * certificate path is validated, e.g. "the registry signer must be issued directly by the root".
 */
@FunctionalInterface
public interface SignerRequirement {

    /** Empty when the signer is acceptable, otherwise why not (without key material). */
    Optional<String> refusalFor(X509Certificate signer);

    /** Any signer whose certificate path validates. */
    static SignerRequirement anyTrustedSigner() {
        return signer -> Optional.empty();
    }

    /** The signer's certificate must be issued, and signed, by one of these certificates itself. */
    static SignerRequirement issuedDirectlyBy(Collection<X509Certificate> issuers) {
        List<X509Certificate> candidates = List.copyOf(issuers);
        return signer -> candidates.stream().anyMatch(issuer -> isIssuedBy(signer, issuer))
                ? Optional.empty()
                : Optional.of("signer " + signer.getSubjectX500Principal().getName()
                        + " is not issued directly by " + candidates.stream()
                        .map(issuer -> issuer.getSubjectX500Principal().getName())
                        .reduce((first, second) -> first + " or " + second).orElse("(no issuer)"));
    }

    /** The signer's certificate must be exactly this one, e.g. the one a registry lists for an office. */
    static SignerRequirement isExactly(X509Certificate expected) {
        return signer -> signer.equals(expected)
                ? Optional.empty()
                : Optional.of("signer " + signer.getSubjectX500Principal().getName() + " serial "
                        + signer.getSerialNumber().toString(16) + " is not the expected certificate "
                        + expected.getSubjectX500Principal().getName() + " serial "
                        + expected.getSerialNumber().toString(16));
    }

    private static boolean isIssuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey(), CryptoProvider.bouncyCastle());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
