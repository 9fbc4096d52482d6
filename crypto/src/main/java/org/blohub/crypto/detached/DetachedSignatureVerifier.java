package org.blohub.crypto.detached;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.CertificateCheckException;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.KeyUsageRequirement;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies a detached CMS {@code SignedData} made by {@link DetachedSigner} (or by
 * {@code openssl cms -sign -binary}) over a document.
 *
 * <p>Order of checks: structure (exactly one signer, its certificate included, signed attributes
 * with a signing time), then the signature over the document, then the signing time against the
 * clock, then the caller's {@link SignerRequirement}, then the signer's certificate path at the signing time with
 * {@link KeyUsageRequirement#SIGNING}. The first failure is reported.
 */
public final class DetachedSignatureVerifier {

    /** How far a signing time may lie ahead of this machine's clock. */
    public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

    private final CertificatePathValidator pathValidator;
    private final Clock clock;

    public DetachedSignatureVerifier(CertificatePathValidator pathValidator, Clock clock) {
        this.pathValidator = Objects.requireNonNull(pathValidator, "pathValidator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Verifies a signature by any signer whose certificate path validates. */
    public VerifiedSignature verify(byte[] document, byte[] signature) throws DetachedSignatureException {
        return verify(document, signature, SignerRequirement.anyTrustedSigner());
    }

    /** Verifies a signature whose signer must also meet {@code requirement}. */
    public VerifiedSignature verify(byte[] document, byte[] signature, SignerRequirement requirement)
            throws DetachedSignatureException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(requirement, "requirement");
        CMSSignedData signedData = parseDetached(document, signature);
        SignerInformation signer = onlySigner(signedData);
        List<X509Certificate> certificates = certificates(signedData);
        X509Certificate signerCertificate = signerCertificate(signedData, signer);
        Instant signingTime = signingTime(signer);

        verifySignature(signer, signerCertificate, signingTime);
        checkNotInFuture(signingTime);
        Optional<String> refusal = requirement.refusalFor(signerCertificate);
        if (refusal.isPresent()) {
            throw new DetachedSignatureException(SignatureFailure.SIGNER_NOT_ALLOWED, refusal.get());
        }
        validatePath(signerCertificate, certificates, signingTime);
        return new VerifiedSignature(signerCertificate, signingTime);
    }

    private static CMSSignedData parseDetached(byte[] document, byte[] signature) throws DetachedSignatureException {
        try {
            CMSSignedData standalone = new CMSSignedData(signature);
            if (standalone.getSignedContent() != null) {
                throw new DetachedSignatureException(SignatureFailure.MALFORMED,
                        "the signature embeds its own content; a detached signature is expected");
            }
            return new CMSSignedData(new CMSProcessableByteArray(document), signature);
        } catch (CMSException | RuntimeException e) {
            throw new DetachedSignatureException(SignatureFailure.MALFORMED,
                    "not a DER-encoded CMS SignedData: " + e.getMessage(), e);
        }
    }

    private static SignerInformation onlySigner(CMSSignedData signedData) throws DetachedSignatureException {
        Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new DetachedSignatureException(SignatureFailure.MALFORMED,
                    "expected exactly one signer, found " + signers.size());
        }
        return signers.iterator().next();
    }

    private static List<X509Certificate> certificates(CMSSignedData signedData) throws DetachedSignatureException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : signedData.getCertificates().getMatches(null)) {
            certificates.add(toX509(holder));
        }
        return certificates;
    }

    @SuppressWarnings("unchecked") // SignerId is a raw Selector
    private static X509Certificate signerCertificate(CMSSignedData signedData, SignerInformation signer)
            throws DetachedSignatureException {
        Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw new DetachedSignatureException(SignatureFailure.MALFORMED,
                    "the signer's certificate is not included in the signature");
        }
        return toX509(matches.iterator().next());
    }

    private static Instant signingTime(SignerInformation signer) throws DetachedSignatureException {
        Optional<AttributeTable> signedAttributes = Optional.ofNullable(signer.getSignedAttributes());
        Optional<Attribute> signingTime = signedAttributes.map(table -> table.get(CMSAttributes.signingTime));
        if (signingTime.isEmpty() || signingTime.get().getAttrValues().size() != 1) {
            throw new DetachedSignatureException(SignatureFailure.MALFORMED,
                    "the signed attributes carry no single signing time");
        }
        ASN1Encodable value = signingTime.get().getAttrValues().getObjectAt(0);
        try {
            return Time.getInstance(value).getDate().toInstant();
        } catch (IllegalArgumentException e) {
            throw new DetachedSignatureException(SignatureFailure.MALFORMED, "the signing time is not a valid Time", e);
        }
    }

    private static void verifySignature(SignerInformation signer, X509Certificate signerCertificate,
            Instant signingTime) throws DetachedSignatureException {
        boolean valid;
        try {
            valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(CryptoProvider.bouncyCastle())
                    .build(signerCertificate));
        } catch (CMSSignerDigestMismatchException e) {
            throw new DetachedSignatureException(SignatureFailure.SIGNATURE_INVALID,
                    "the document does not match the signature (message digest differs): it was changed after signing", e);
        } catch (CMSVerifierCertificateNotValidException e) {
            // Bouncy Castle checks the signer's validity period itself; report it as the path check would.
            boolean early = signingTime.isBefore(signerCertificate.getNotBefore().toInstant());
            throw new DetachedSignatureException(
                    early ? SignatureFailure.SIGNER_NOT_YET_VALID : SignatureFailure.SIGNER_EXPIRED,
                    "the signer's certificate was not valid at the signing time " + signingTime
                            + " (valid " + signerCertificate.getNotBefore().toInstant() + " to "
                            + signerCertificate.getNotAfter().toInstant() + ")", e);
        } catch (OperatorCreationException | CMSException | RuntimeException e) {
            throw new DetachedSignatureException(SignatureFailure.MALFORMED,
                    "cannot check the signature: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new DetachedSignatureException(SignatureFailure.SIGNATURE_INVALID,
                    "the signature value does not verify with the signer's key: the signed attributes or the signature were changed");
        }
    }

    private void checkNotInFuture(Instant signingTime) throws DetachedSignatureException {
        Instant latestAcceptable = clock.instant().plus(ALLOWED_CLOCK_SKEW);
        if (signingTime.isAfter(latestAcceptable)) {
            throw new DetachedSignatureException(SignatureFailure.SIGNING_TIME_IN_FUTURE,
                    "the signing time " + signingTime + " lies ahead of this clock (" + clock.instant()
                            + ") by more than " + ALLOWED_CLOCK_SKEW.toMinutes() + " minutes");
        }
    }

    private void validatePath(X509Certificate signerCertificate, List<X509Certificate> included, Instant signingTime)
            throws DetachedSignatureException {
        List<X509Certificate> presented = new ArrayList<>();
        presented.add(signerCertificate);
        included.stream().filter(certificate -> !certificate.equals(signerCertificate)).forEach(presented::add);
        try {
            pathValidator.validate(presented, signingTime, KeyUsageRequirement.SIGNING);
        } catch (CertificateCheckException e) {
            throw new DetachedSignatureException(failureFor(e), "signer not accepted: " + e.getMessage(), e);
        }
    }

    private static SignatureFailure failureFor(CertificateCheckException e) {
        return switch (e.problem()) {
            case UNTRUSTED -> SignatureFailure.SIGNER_NOT_TRUSTED;
            case REVOKED -> SignatureFailure.SIGNER_REVOKED;
            case EXPIRED -> SignatureFailure.SIGNER_EXPIRED;
            case NOT_YET_VALID -> SignatureFailure.SIGNER_NOT_YET_VALID;
            case WRONG_KEY_USAGE -> SignatureFailure.SIGNER_KEY_USAGE;
            case REVOCATION_UNKNOWN -> SignatureFailure.REVOCATION_UNKNOWN;
        };
    }

    private static X509Certificate toX509(X509CertificateHolder holder) throws DetachedSignatureException {
        try {
            return new JcaX509CertificateConverter().setProvider(CryptoProvider.bouncyCastle()).getCertificate(holder);
        } catch (CertificateException e) {
            throw new DetachedSignatureException(SignatureFailure.MALFORMED, "an included certificate cannot be decoded", e);
        }
    }
}
