package org.blohub.crypto.pki;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.blohub.crypto.CryptoProvider;

/**
 * Decides whether a certificate could be relied on at a given instant, typically the time a
 * message was signed: is there a PKIX path to a trust anchor, was every certificate of it within
 * its validity period then, had none been revoked by then, and does the end-entity key usage allow
 * the intended use.
 *
 * <p>Checks run in that order and the first failure is reported, so an expired certificate with a
 * path to a trust anchor is {@link CertificateProblem#EXPIRED}, not untrusted. Revocation follows
 * {@link CrlRevocationCheck}: every CA of the path needs a CRL, and a revocation dated after the
 * instant checked does not count.
 *
 * <p>A validator is meant to live long and be shared between threads. It remembers signatures that verified
 * ({@link PassedChecks}) and, per presented chain and set of CRLs, the path found and what the CRLs say about it
 * ({@link CheckedPaths}); what depends on the instant is checked on every call.
 */
public final class CertificatePathValidator {

    private final List<X509Certificate> trustAnchors;
    private final List<X509Certificate> intermediates;
    private final byte[] crlSetIdentity;
    private final IssuerChainBuilder chainBuilder;
    private final CrlRevocationCheck revocationCheck;
    private final PassedChecks passedChecks;
    private final CheckedPaths checkedPaths;

    public CertificatePathValidator(
            Collection<X509Certificate> trustAnchors,
            Collection<X509Certificate> intermediates,
            Collection<X509CRL> crls) {
        this(nonEmpty(BouncyCastleCopies.ofCertificates(trustAnchors)), BouncyCastleCopies.ofCertificates(intermediates),
                BouncyCastleCopies.ofCrls(crls), new PassedChecks(PassedChecks.DEFAULT_CAPACITY),
                new CheckedPaths(CheckedPaths.DEFAULT_CAPACITY));
    }

    private CertificatePathValidator(List<X509Certificate> trustAnchors, List<X509Certificate> intermediates,
            List<X509CRL> crls, PassedChecks passedChecks, CheckedPaths checkedPaths) {
        this.trustAnchors = trustAnchors;
        this.intermediates = intermediates;
        this.crlSetIdentity = PassedChecks.identify("CRL set", crlEncodings(crls)).array();
        this.passedChecks = passedChecks;
        this.checkedPaths = checkedPaths;
        this.chainBuilder = new IssuerChainBuilder(trustAnchors, passedChecks);
        this.revocationCheck = new CrlRevocationCheck(crls, passedChecks);
    }

    /**
     * A validator with the same trust anchors and intermediates that checks revocation against these CRLs
     * instead, for when new CRLs arrive. It shares what this one remembers: signatures that verified, and
     * checked paths, which it uses only for exactly the same set of CRLs.
     */
    public CertificatePathValidator withCrls(Collection<X509CRL> newCrls) {
        return new CertificatePathValidator(trustAnchors, intermediates, BouncyCastleCopies.ofCrls(newCrls),
                passedChecks, checkedPaths);
    }

    /**
     * @param presentedChain the end-entity certificate first, then any certificates that may help
     *                       to build the path (e.g. those carried in a CMS message), in any order
     * @param at             the instant the certificate was used, e.g. the signing time
     * @param requirement    what the end-entity key is used for
     */
    public void validate(List<X509Certificate> presentedChain, Instant at, KeyUsageRequirement requirement)
            throws CertificateCheckException {
        if (presentedChain.isEmpty()) {
            throw new IllegalArgumentException("the presented chain must hold at least the end-entity certificate");
        }
        ByteBuffer chainAndCrls = PassedChecks.identify("checked path", crlSetIdentity,
                PassedChecks.identify("presented chain", encodings(presentedChain)).array());
        Optional<CheckedPaths.CheckedPath> known = checkedPaths.find(chainAndCrls);
        if (known.isPresent()) {
            checkValidityPeriods(known.get().path(), at);
            known.get().revocation().check(at);
            checkKeyUsage(known.get().path().endEntity(), requirement);
            return;
        }
        List<X509Certificate> presented;
        try {
            presented = BouncyCastleCopies.ofCertificates(presentedChain);
        } catch (PkiException e) {
            throw new CertificateCheckException(CertificateProblem.UNTRUSTED, e.getMessage(), e);
        }
        List<X509Certificate> candidates = new ArrayList<>(presented.subList(1, presented.size()));
        candidates.addAll(intermediates);

        AnchoredPath path = chainBuilder.build(presented.get(0), candidates);
        checkValidityPeriods(path, at);
        checkPkixRules(path, at);
        PathRevocation revocation = revocationCheck.revocationOf(path);
        checkedPaths.remember(chainAndCrls, new CheckedPaths.CheckedPath(path, revocation));
        revocation.check(at);
        checkKeyUsage(path.endEntity(), requirement);
    }

    private static void checkValidityPeriods(AnchoredPath path, Instant at) throws CertificateCheckException {
        for (X509Certificate certificate : path.withAnchor()) {
            try {
                certificate.checkValidity(Date.from(at));
            } catch (CertificateExpiredException e) {
                throw new CertificateCheckException(CertificateProblem.EXPIRED,
                        CertificateNames.describe(certificate) + ": expired on "
                                + certificate.getNotAfter().toInstant() + ", checked at " + at, e);
            } catch (CertificateNotYetValidException e) {
                throw new CertificateCheckException(CertificateProblem.NOT_YET_VALID,
                        CertificateNames.describe(certificate) + ": not valid before "
                                + certificate.getNotBefore().toInstant() + ", checked at " + at, e);
            }
        }
    }

    /**
     * Signatures, basic constraints, CA key usage, path length and critical extensions (RFC 5280, section 6).
     * A path that passed once passes again: the validity periods, the only part of these rules that
     * depends on the instant, were checked at this instant before.
     */
    private void checkPkixRules(AnchoredPath path, Instant at) throws CertificateCheckException {
        if (path.certificates().isEmpty()) {
            return;
        }
        ByteBuffer check = PassedChecks.identify("PKIX path", encodings(path.withAnchor()));
        try {
            passedChecks.verifyOnce(check, () -> {
                CertPath certPath = CertificateFactory.getInstance("X.509", CryptoProvider.bouncyCastle())
                        .generateCertPath(path.certificates());
                PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(path.anchor(), null)));
                parameters.setRevocationEnabled(false);
                parameters.setDate(Date.from(at));
                CertPathValidator.getInstance("PKIX", CryptoProvider.bouncyCastle()).validate(certPath, parameters);
            });
        } catch (CertPathValidatorException e) {
            X509Certificate atFault = e.getIndex() >= 0 && e.getIndex() < path.certificates().size()
                    ? path.certificates().get(e.getIndex())
                    : path.endEntity();
            throw new CertificateCheckException(CertificateProblem.UNTRUSTED,
                    CertificateNames.describe(atFault) + ": path to trust anchor "
                            + CertificateNames.describe(path.anchor()) + " breaks a PKIX rule: " + e.getMessage(), e);
        } catch (InvalidAlgorithmParameterException e) {
            throw new CertificateCheckException(CertificateProblem.UNTRUSTED,
                    CertificateNames.describe(path.anchor()) + ": unusable as a trust anchor", e);
        } catch (GeneralSecurityException e) {
            throw new CertificateCheckException(CertificateProblem.UNTRUSTED,
                    CertificateNames.describe(path.endEntity()) + ": cannot run PKIX validation", e);
        }
    }

    private static List<X509Certificate> nonEmpty(List<X509Certificate> trustAnchors) {
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is needed");
        }
        return trustAnchors;
    }

    private static byte[][] crlEncodings(List<X509CRL> crls) {
        byte[][] encodings = new byte[crls.size()][];
        for (int index = 0; index < encodings.length; index++) {
            try {
                encodings[index] = crls.get(index).getEncoded();
            } catch (CRLException e) {
                throw new PkiException("cannot encode CRL of " + crls.get(index).getIssuerX500Principal().getName(), e);
            }
        }
        return encodings;
    }

    private static byte[][] encodings(List<X509Certificate> certificates) throws CertificateCheckException {
        byte[][] encodings = new byte[certificates.size()][];
        for (int index = 0; index < encodings.length; index++) {
            try {
                encodings[index] = certificates.get(index).getEncoded();
            } catch (CertificateEncodingException e) {
                throw new CertificateCheckException(CertificateProblem.UNTRUSTED,
                        CertificateNames.describe(certificates.get(index)) + ": cannot be encoded", e);
            }
        }
        return encodings;
    }

    private static void checkKeyUsage(X509Certificate endEntity, KeyUsageRequirement requirement)
            throws CertificateCheckException {
        if (!requirement.isSatisfiedBy(endEntity)) {
            throw new CertificateCheckException(CertificateProblem.WRONG_KEY_USAGE,
                    CertificateNames.describe(endEntity) + ": key usage " + KeyUsageBit.namesSetIn(endEntity.getKeyUsage())
                            + " does not allow " + requirement + " (needs " + requirement.describe() + ")");
        }
    }
}
