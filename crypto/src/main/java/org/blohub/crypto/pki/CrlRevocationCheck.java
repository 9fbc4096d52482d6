package org.blohub.crypto.pki;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
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
 *
 * <p>Everything but the instant is read once per path into a {@link PathRevocation}, which applies the
 * instant's part of the rule.
 */
final class CrlRevocationCheck {

    private final List<X509CRL> crls;
    private final PassedChecks passedChecks;

    CrlRevocationCheck(List<X509CRL> crls, PassedChecks passedChecks) {
        this.crls = List.copyOf(crls);
        this.passedChecks = passedChecks;
    }

    /** What these CRLs say about each certificate of the path, for any instant. */
    PathRevocation revocationOf(AnchoredPath path) {
        List<PathRevocation.CertificateRevocation> certificates = new ArrayList<>();
        for (int index = 0; index < path.certificates().size(); index++) {
            X509Certificate certificate = path.certificates().get(index);
            X509Certificate issuer = path.issuerOf(index);
            List<PathRevocation.CrlStatement> statements = crls.stream()
                    .filter(crl -> isIssuersVerifiedCrl(crl, issuer))
                    .map(crl -> statementAbout(crl, certificate))
                    .toList();
            certificates.add(new PathRevocation.CertificateRevocation(CertificateNames.describe(certificate),
                    CertificateNames.describe(issuer), statements));
        }
        return new PathRevocation(certificates);
    }

    private static PathRevocation.CrlStatement statementAbout(X509CRL crl, X509Certificate certificate) {
        Optional<X509CRLEntry> entry = Optional.ofNullable(crl.getRevokedCertificate(certificate.getSerialNumber()));
        return new PathRevocation.CrlStatement(
                Optional.ofNullable(crl.getNextUpdate()).map(Date::toInstant),
                entry.map(revoked -> revoked.getRevocationDate().toInstant()),
                entry.flatMap(revoked -> Optional.ofNullable(revoked.getRevocationReason())));
    }

    private boolean isIssuersVerifiedCrl(X509CRL crl, X509Certificate issuer) {
        return crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                && !crl.hasUnsupportedCriticalExtension()
                && mayIssueCrls(issuer)
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
