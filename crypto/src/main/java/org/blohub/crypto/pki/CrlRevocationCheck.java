package org.blohub.crypto.pki;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;

/**
 * Checks every certificate of a path against the CRLs of its issuer, at the instant the
 * certificate was used (e.g. the signing time), not at the time of checking.
 *
 * <p>A certificate counts as revoked only if a CRL lists it with a revocation date at or before
 * that instant: a message signed before a laptop was reported stolen stays verifiable, one signed
 * after does not. The JDK's PKIX revocation checker has no such rule, so this check replaces it.
 *
 * <p>A CRL is used only if it names the issuer, its signature verifies with the issuer's key,
 * the issuer's key usage (if present) allows cRLSign, it has no unknown critical extension, and
 * its nextUpdate is not before the instant checked. Without such a CRL the status is unknown.
 * Delta CRLs and indirect CRLs are not supported.
 */
final class CrlRevocationCheck {

    private final List<X509CRL> crls;
    private final PassedChecks passedChecks;

    CrlRevocationCheck(List<X509CRL> crls, PassedChecks passedChecks) {
        this.crls = List.copyOf(crls);
        this.passedChecks = passedChecks;
    }

    void check(AnchoredPath path, Instant at) throws CertificateCheckException {
        for (int index = 0; index < path.certificates().size(); index++) {
            check(path.certificates().get(index), path.issuerOf(index), at);
        }
    }

    private void check(X509Certificate certificate, X509Certificate issuer, Instant at)
            throws CertificateCheckException {
        List<X509CRL> usable = crls.stream().filter(crl -> isUsable(crl, issuer, at)).toList();
        if (usable.isEmpty()) {
            throw new CertificateCheckException(CertificateProblem.REVOCATION_UNKNOWN,
                    CertificateNames.describe(certificate) + ": revocation status unknown at " + at
                            + "; no valid CRL signed by issuer " + CertificateNames.describe(issuer)
                            + " covers that instant");
        }
        for (X509CRL crl : usable) {
            Optional<X509CRLEntry> entry = Optional.ofNullable(crl.getRevokedCertificate(certificate.getSerialNumber()));
            if (entry.isPresent() && !entry.get().getRevocationDate().toInstant().isAfter(at)) {
                throw new CertificateCheckException(CertificateProblem.REVOKED,
                        CertificateNames.describe(certificate) + ": revoked on "
                                + entry.get().getRevocationDate().toInstant()
                                + Optional.ofNullable(entry.get().getRevocationReason())
                                        .map(reason -> " (" + reason + ")").orElse("")
                                + ", at or before " + at);
            }
        }
    }

    private boolean isUsable(X509CRL crl, X509Certificate issuer, Instant at) {
        return crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                && !crl.hasUnsupportedCriticalExtension()
                && mayIssueCrls(issuer)
                && Optional.ofNullable(crl.getNextUpdate()).map(next -> !next.toInstant().isBefore(at)).orElse(true)
                && signedBy(crl, issuer);
    }

    private static boolean mayIssueCrls(X509Certificate issuer) {
        return Optional.ofNullable(issuer.getKeyUsage()).map(KeyUsageBit.CRL_SIGN::isSetIn).orElse(true);
    }

    private boolean signedBy(X509CRL crl, X509Certificate issuer) {
        try {
            passedChecks.verifyOnce(
                    PassedChecks.identify("CRL signature", crl.getEncoded(), issuer.getPublicKey().getEncoded()),
                    () -> crl.verify(issuer.getPublicKey(), CryptoProvider.bouncyCastle()));
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
