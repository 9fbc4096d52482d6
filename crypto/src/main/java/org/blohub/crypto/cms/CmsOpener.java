package org.blohub.crypto.cms;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.CertificateCheckException;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyUsageRequirement;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.PKIXRecipientId;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Opens envelopes made by {@link CmsSealer} or by {@code openssl cms} in the same profile: checks the
 * outer structure, decrypts with the recipient's key, verifies the single signature and then the
 * signer's certificate path at the signed signing time. Every failure becomes an
 * {@link OpenRefusedException}; no other exception leaves {@link #open}.
 */
public final class CmsOpener implements Opener {

    private static final int MAX_CHAIN_LENGTH = 8;

    private final CertificatePathValidator trust;
    private final SignatureSchemes signatureSchemes;
    private final RecipientSchemes recipientSchemes;

    public CmsOpener(CertificatePathValidator trust) {
        this(trust, SignatureSchemes.standard(), RecipientSchemes.standard());
    }

    public CmsOpener(CertificatePathValidator trust, SignatureSchemes signatureSchemes,
            RecipientSchemes recipientSchemes) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.signatureSchemes = Objects.requireNonNull(signatureSchemes, "signatureSchemes");
        this.recipientSchemes = Objects.requireNonNull(recipientSchemes, "recipientSchemes");
    }

    @Override
    public OpenedEnvelope open(byte[] envelope, Credential recipient, String label) throws OpenRefusedException {
        Objects.requireNonNull(recipient, "recipient");
        Refusals refuse = new Refusals(label);
        try {
            byte[] signedData = decrypt(envelope, recipient, refuse);
            return verify(signedData, refuse);
        } catch (RuntimeException e) {
            throw refuse.because(RefusalCode.MALFORMED, "unreadable structure (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private byte[] decrypt(byte[] envelope, Credential recipient, Refusals refuse) throws OpenRefusedException {
        ContentInfo contentInfo = ContentInfo.getInstance(strictDer(envelope, "envelope", refuse));
        if (contentInfo.getContentType().equals(CMSObjectIdentifiers.envelopedData)) {
            throw refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM,
                    "EnvelopedData is not accepted, only AuthEnvelopedData with AES-256-GCM");
        }
        if (!contentInfo.getContentType().equals(CMSObjectIdentifiers.authEnvelopedData)) {
            throw refuse.because(RefusalCode.MALFORMED, "content type " + contentInfo.getContentType().getId()
                    + " is not AuthEnvelopedData");
        }
        AuthEnvelopedData structure = AuthEnvelopedData.getInstance(contentInfo.getContent());
        if (structure.getVersion().intValueExact() != 0 || structure.getOriginatorInfo() != null) {
            throw refuse.because(RefusalCode.MALFORMED, "AuthEnvelopedData version or originator info outside the profile");
        }
        checkRecipientInfoVersions(structure, refuse);
        if (!structure.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getAlgorithm()
                .equals(CMSAlgorithm.AES256_GCM)) {
            throw refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM, "content encryption "
                    + structure.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getAlgorithm().getId()
                    + " is not AES-256-GCM");
        }
        if (!structure.getAuthEncryptedContentInfo().getContentType().equals(CMSObjectIdentifiers.data)) {
            throw refuse.because(RefusalCode.MALFORMED, "encrypted content type is not id-data");
        }
        CMSAuthEnvelopedData parsed = parse(contentInfo, refuse);
        RecipientInformation ours = ourRecipientInfo(parsed, recipient.certificate())
                .orElseThrow(() -> refuse.because(RefusalCode.NOT_A_RECIPIENT, "no RecipientInfo for certificate serial "
                        + recipient.certificate().getSerialNumber().toString(16)));
        RecipientScheme scheme = recipientSchemes.forPrivateKey(recipient.privateKey())
                .orElseThrow(() -> refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM,
                        "no recipient scheme for our key type " + KeyKind.of(recipient.privateKey())));
        if (!scheme.accepts(ours)) {
            throw refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM, "key encryption "
                    + ours.getKeyEncryptionAlgOID() + " is outside the accepted profiles");
        }
        try {
            return ours.getContent(scheme.recipient(recipient.privateKey()));
        } catch (CMSException | RuntimeException e) {
            throw refuse.because(RefusalCode.TAMPERED, "key unwrap or authentication tag check failed", e);
        }
    }

    private OpenedEnvelope verify(byte[] signedBytes, Refusals refuse) throws OpenRefusedException {
        CMSSignedData signed = parseSigned(strictDer(signedBytes, "signed content", refuse), refuse);
        if (!signed.getSignedContentTypeOID().equals(CMSObjectIdentifiers.data.getId())
                || !(signed.getSignedContent() != null && signed.getSignedContent().getContent() instanceof byte[])) {
            throw refuse.because(RefusalCode.MALFORMED, "signed content is not encapsulated id-data");
        }
        byte[] content = (byte[]) signed.getSignedContent().getContent();
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw refuse.because(RefusalCode.MALFORMED, "expected exactly one signer, found " + signers.size());
        }
        SignerInformation signer = signers.iterator().next();
        Instant signingTime = signingTime(signer, refuse);
        SignatureScheme scheme = signatureSchemes.forSignerInfo(signer.getDigestAlgorithmID(),
                signer.toASN1Structure().getDigestEncryptionAlgorithm())
                .orElseThrow(() -> refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM, "signature algorithm "
                        + signer.getEncryptionAlgOID() + " with digest " + signer.getDigestAlgOID()
                        + " is outside the accepted profiles"));
        List<X509CertificateHolder> certificates = List.copyOf(signed.getCertificates().getMatches(null));
        X509CertificateHolder signerHolder = certificates.stream()
                .filter(holder -> signer.getSID().match(holder))
                .findFirst()
                .orElseThrow(() -> refuse.because(RefusalCode.MALFORMED, "the signer's certificate is not in the message"));
        X509Certificate signerCertificate = certificate(signerHolder, refuse);
        checkSignature(signer, signerCertificate, refuse);
        List<X509Certificate> chain = chainFrom(signerHolder, certificates, refuse);
        checkPath(chain, signingTime, refuse);
        return new OpenedEnvelope(content, signerCertificate, chain, signingTime, sha256(content),
                scheme.algorithmName());
    }

    private static ASN1Primitive strictDer(byte[] bytes, String what, Refusals refuse) throws OpenRefusedException {
        if (bytes == null || bytes.length == 0) {
            throw refuse.because(RefusalCode.MALFORMED, what + " is empty");
        }
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(bytes);
            if (!Arrays.equals(primitive.getEncoded(ASN1Encoding.DER), bytes)) {
                throw refuse.because(RefusalCode.MALFORMED, what + " is not in DER");
            }
            return primitive;
        } catch (IOException e) {
            throw refuse.because(RefusalCode.MALFORMED, what + " is not valid ASN.1", e);
        }
    }

    /** Bouncy Castle ignores these unauthenticated version numbers; RFC 5652 fixes them, so we check them. */
    private static void checkRecipientInfoVersions(AuthEnvelopedData structure, Refusals refuse)
            throws OpenRefusedException {
        for (ASN1Encodable element : structure.getRecipientInfos()) {
            ASN1Encodable info = RecipientInfo.getInstance(element).getInfo();
            boolean valid = true;
            if (info instanceof KeyAgreeRecipientInfo keyAgreement) {
                valid = keyAgreement.getVersion().hasValue(3);
            } else if (info instanceof KeyTransRecipientInfo keyTransport) {
                valid = keyTransport.getVersion().hasValue(0) || keyTransport.getVersion().hasValue(2);
            }
            if (!valid) {
                throw refuse.because(RefusalCode.MALFORMED, "a RecipientInfo has a version RFC 5652 does not allow");
            }
        }
    }

    private static CMSAuthEnvelopedData parse(ContentInfo contentInfo, Refusals refuse) throws OpenRefusedException {
        try {
            return new CMSAuthEnvelopedData(contentInfo);
        } catch (CMSException e) {
            throw refuse.because(RefusalCode.MALFORMED, "AuthEnvelopedData cannot be read", e);
        }
    }

    private static CMSSignedData parseSigned(ASN1Primitive primitive, Refusals refuse) throws OpenRefusedException {
        ContentInfo contentInfo = ContentInfo.getInstance(primitive);
        if (!contentInfo.getContentType().equals(CMSObjectIdentifiers.signedData)) {
            throw refuse.because(RefusalCode.MALFORMED, "decrypted content is not a SignedData");
        }
        try {
            return new CMSSignedData(contentInfo);
        } catch (CMSException e) {
            throw refuse.because(RefusalCode.MALFORMED, "SignedData cannot be read", e);
        }
    }

    private static Optional<RecipientInformation> ourRecipientInfo(CMSAuthEnvelopedData envelope,
            X509Certificate certificate) {
        X509CertificateHolder holder = holder(certificate);
        return envelope.getRecipientInfos().getRecipients().stream()
                .filter(info -> matches(info.getRID(), holder) && namesIssuerExactly(info.getRID(), holder))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Selector<?> recipientId, X509CertificateHolder holder) {
        return ((Selector<X509CertificateHolder>) recipientId).match(holder);
    }

    /**
     * Bouncy Castle compares issuer names as RFC 5280 does, ignoring case and string types. The
     * recipient identifier is not authenticated, so we want it byte for byte as we issued it.
     */
    private static boolean namesIssuerExactly(RecipientId recipientId, X509CertificateHolder holder) {
        if (!(recipientId instanceof PKIXRecipientId pkixId) || pkixId.getIssuer() == null) {
            return true;
        }
        try {
            return Arrays.equals(pkixId.getIssuer().getEncoded(ASN1Encoding.DER),
                    holder.getIssuer().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            return false;
        }
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new JcaX509CertificateHolder(certificate);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException("recipient certificate cannot be encoded", e);
        }
    }

    private static Instant signingTime(SignerInformation signer, Refusals refuse) throws OpenRefusedException {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            throw refuse.because(RefusalCode.MALFORMED, "the SignerInfo has no signed attributes");
        }
        if (attributes.getAll(CMSAttributes.signingTime).size() != 1) {
            throw refuse.because(RefusalCode.MALFORMED, "the signed attributes must hold exactly one signing time");
        }
        Attribute attribute = attributes.get(CMSAttributes.signingTime);
        if (attribute.getAttrValues().size() != 1) {
            throw refuse.because(RefusalCode.MALFORMED, "the signing time attribute must hold exactly one value");
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static X509Certificate certificate(X509CertificateHolder holder, Refusals refuse)
            throws OpenRefusedException {
        try {
            return new JcaX509CertificateConverter().setProvider(CryptoProvider.bouncyCastle()).getCertificate(holder);
        } catch (CertificateException e) {
            throw refuse.because(RefusalCode.MALFORMED, "a certificate in the message cannot be read", e);
        }
    }

    /** Verified against the bare public key: validity at the signing time is the path check's job. */
    private static void checkSignature(SignerInformation signer, X509Certificate certificate, Refusals refuse)
            throws OpenRefusedException {
        boolean valid;
        try {
            valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(CryptoProvider.bouncyCastle())
                    .build(certificate.getPublicKey()));
        } catch (OperatorCreationException e) {
            throw refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM, "cannot verify with the signer's key type", e);
        } catch (CMSException | RuntimeException e) {
            throw refuse.because(RefusalCode.TAMPERED, "signature or message digest does not verify", e);
        }
        if (!valid) {
            throw refuse.because(RefusalCode.TAMPERED, "signature does not verify");
        }
    }

    /** The signer's certificate, then its issuers as far as the message's certificates reach. */
    private static List<X509Certificate> chainFrom(X509CertificateHolder signer,
            List<X509CertificateHolder> certificates, Refusals refuse) throws OpenRefusedException {
        List<X509CertificateHolder> chain = new ArrayList<>(List.of(signer));
        X509CertificateHolder current = signer;
        while (chain.size() < MAX_CHAIN_LENGTH && !current.getIssuer().equals(current.getSubject())) {
            X509CertificateHolder child = current;
            Optional<X509CertificateHolder> issuer = certificates.stream()
                    .filter(candidate -> candidate.getSubject().equals(child.getIssuer()) && !chain.contains(candidate))
                    .findFirst();
            if (issuer.isEmpty()) {
                break;
            }
            chain.add(issuer.get());
            current = issuer.get();
        }
        List<X509Certificate> converted = new ArrayList<>();
        for (X509CertificateHolder holder : chain) {
            converted.add(certificate(holder, refuse));
        }
        return List.copyOf(converted);
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

    /** Builds refusals that all name the same envelope. */
    private record Refusals(String label) {

        OpenRefusedException because(RefusalCode code, String cause) {
            return new OpenRefusedException(code, label, cause);
        }

        OpenRefusedException because(RefusalCode code, String cause, Throwable underlying) {
            return new OpenRefusedException(code, label, cause, underlying);
        }
    }
}
