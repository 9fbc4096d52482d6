package org.blohub.crypto.cms;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.blohub.crypto.pki.CertificateCheckException;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyUsageRequirement;

/**
 * Opens envelopes made by {@link CmsSealer} or by {@code openssl cms} in the same profile: checks the
 * outer structure and decrypts with the recipient's key, verifies the single signature and the
 * signed digest of the RecipientInfos, then checks the signer's certificate path at the signed
 * signing time. Every failure becomes an
 * {@link OpenRefusedException}; no other exception leaves {@link #open}.
 */
public final class CmsOpener implements Opener {

    private final CertificatePathValidator trust;
    private final EnvelopeDecryption decryption;
    private final SignatureVerification signatureVerification;

    public CmsOpener(CertificatePathValidator trust) {
        this(trust, SignatureSchemes.standard(), RecipientSchemes.standard());
    }

    public CmsOpener(CertificatePathValidator trust, SignatureSchemes signatureSchemes,
            RecipientSchemes recipientSchemes) {
        this.trust = Objects.requireNonNull(trust, "trust");
        CertificateConversions conversions = new CertificateConversions(CertificateConversions.DEFAULT_CAPACITY);
        this.decryption = new EnvelopeDecryption(Objects.requireNonNull(recipientSchemes, "recipientSchemes"),
                conversions);
        this.signatureVerification = new SignatureVerification(
                Objects.requireNonNull(signatureSchemes, "signatureSchemes"), conversions);
    }

    @Override
    public OpenedEnvelope open(byte[] envelope, Credential recipient, String label) throws OpenRefusedException {
        Objects.requireNonNull(recipient, "recipient");
        Refusals refuse = new Refusals(label);
        try {
            EnvelopeDecryption.DecryptedEnvelope decrypted = decryption.decrypt(envelope, recipient, refuse);
            SignatureVerification.VerifiedSignature signature =
                    signatureVerification.verify(decrypted.signedData(), refuse);
            RecipientInfosBinding.check(signature.signedAttributes(), decrypted.recipientInfos(), refuse);
            checkPath(signature.signerChain(), signature.signingTime(), refuse);
            return new OpenedEnvelope(signature.content(), signature.signerChain().get(0), signature.signerChain(),
                    signature.signingTime(), sha256(signature.content()), signature.algorithmName());
        } catch (RuntimeException e) {
            throw refuse.because(RefusalCode.MALFORMED, "unreadable structure (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private void checkPath(List<X509Certificate> chain, Instant signingTime, Refusals refuse)
            throws OpenRefusedException {
        try {
            trust.validate(chain, signingTime, KeyUsageRequirement.SIGNING);
        } catch (CertificateCheckException e) {
            RefusalCode code = switch (e.problem()) {
                case UNTRUSTED -> RefusalCode.UNTRUSTED_SIGNER;
                case REVOKED -> RefusalCode.SIGNER_REVOKED;
                case EXPIRED -> RefusalCode.CERTIFICATE_EXPIRED;
                case NOT_YET_VALID -> RefusalCode.CERTIFICATE_NOT_YET_VALID;
                case WRONG_KEY_USAGE -> RefusalCode.WRONG_KEY_USAGE;
                case REVOCATION_UNKNOWN -> RefusalCode.REVOCATION_UNKNOWN;
            };
            throw refuse.because(code, "signer certificate serial " + chain.get(0).getSerialNumber().toString(16)
                    + " at signing time " + signingTime + ": " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
