package org.blohub.crypto.pki;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;

/**
 * Walks from an end-entity certificate to a trust anchor, each step choosing a certificate whose
 * subject is the current issuer and whose key verifies the current signature. Dates, revocation
 * and key usage are checked afterwards, so that a path that exists but is expired is reported as
 * expired rather than as untrusted.
 */
final class IssuerChainBuilder {

    private static final int MAX_PATH_LENGTH = 8;

    private final List<X509Certificate> trustAnchors;
    private final PassedChecks passedChecks;

    IssuerChainBuilder(List<X509Certificate> trustAnchors, PassedChecks passedChecks) {
        this.trustAnchors = List.copyOf(trustAnchors);
        this.passedChecks = passedChecks;
    }

    AnchoredPath build(X509Certificate endEntity, List<X509Certificate> candidates) throws CertificateCheckException {
        if (trustAnchors.contains(endEntity)) {
            return new AnchoredPath(List.of(), endEntity);
        }
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = endEntity;
        while (path.size() < MAX_PATH_LENGTH) {
            path.add(current);
            Optional<X509Certificate> anchor = issuerAmong(current, trustAnchors, List.of());
            if (anchor.isPresent()) {
                return new AnchoredPath(path, anchor.get());
            }
            Optional<X509Certificate> issuer = issuerAmong(current, candidates, path);
            if (issuer.isEmpty()) {
                throw new CertificateCheckException(CertificateProblem.UNTRUSTED,
                        CertificateNames.describe(endEntity) + ": no path to a trust anchor; no known issuer "
                                + current.getIssuerX500Principal().getName() + " verifies "
                                + CertificateNames.describe(current));
            }
            current = issuer.get();
        }
        throw new CertificateCheckException(CertificateProblem.UNTRUSTED,
                CertificateNames.describe(endEntity) + ": no path to a trust anchor within "
                        + MAX_PATH_LENGTH + " certificates");
    }

    private Optional<X509Certificate> issuerAmong(
            X509Certificate subject, List<X509Certificate> candidates, List<X509Certificate> alreadyInPath) {
        return candidates.stream()
                .filter(candidate -> !alreadyInPath.contains(candidate))
                .filter(candidate -> candidate.getSubjectX500Principal().equals(subject.getIssuerX500Principal()))
                .filter(candidate -> signedBy(subject, candidate))
                .findFirst();
    }

    private boolean signedBy(X509Certificate subject, X509Certificate issuer) {
        try {
            passedChecks.verifyOnce(
                    PassedChecks.identify("certificate signature", subject.getEncoded(), issuer.getPublicKey().getEncoded()),
                    () -> subject.verify(issuer.getPublicKey(), CryptoProvider.bouncyCastle()));
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
