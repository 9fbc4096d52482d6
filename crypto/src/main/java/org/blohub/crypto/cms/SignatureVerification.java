package org.blohub.crypto.cms;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The inner half of opening: checks the SignedData against the profile (encapsulated id-data, one
 * signer, one signing time, accepted algorithms, signer certificate present) and verifies the
 * signature with the signer certificate's key. Whether that certificate is trusted is not its job.
 */
final class SignatureVerification {

    private static final int MAX_CHAIN_LENGTH = 8;

    private final SignatureSchemes signatureSchemes;
    private final CertificateConversions conversions;
    private final SignerVerifiers verifiers;

    SignatureVerification(SignatureSchemes signatureSchemes, CertificateConversions conversions) {
        this.signatureSchemes = signatureSchemes;
        this.conversions = conversions;
        this.verifiers = new SignerVerifiers(CertificateConversions.DEFAULT_CAPACITY);
    }

    /** A signature that verified, what it vouches for, and the signed attributes it covers. */
    record VerifiedSignature(byte[] content, List<X509Certificate> signerChain, Instant signingTime,
            String algorithmName, AttributeTable signedAttributes) {
    }

    VerifiedSignature verify(byte[] signedBytes, Refusals refuse) throws OpenRefusedException {
        CMSSignedData signed = parse(StrictDer.parse(signedBytes, "signed content", refuse), refuse);
        if (!signed.getSignedContentTypeOID().equals(CMSObjectIdentifiers.data.getId())
                || signed.getSignedContent() == null || !(signed.getSignedContent().getContent() instanceof byte[])) {
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
        checkSignature(signer, certificate(signerHolder, refuse), refuse);
        return new VerifiedSignature(content, chainFrom(signerHolder, certificates, refuse), signingTime,
                scheme.algorithmName(), signer.getSignedAttributes());
    }

    private static CMSSignedData parse(ASN1Primitive primitive, Refusals refuse) throws OpenRefusedException {
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

    /** Verified against the bare public key: validity at the signing time is the path check's job. */
    private void checkSignature(SignerInformation signer, X509Certificate certificate, Refusals refuse)
            throws OpenRefusedException {
        boolean valid;
        try {
            valid = signer.verify(verifiers.forCertificate(certificate));
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
    private List<X509Certificate> chainFrom(X509CertificateHolder signer,
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

    private X509Certificate certificate(X509CertificateHolder holder, Refusals refuse)
            throws OpenRefusedException {
        try {
            return conversions.certificateOf(holder);
        } catch (CertificateException e) {
            throw refuse.because(RefusalCode.MALFORMED, "a certificate in the message cannot be read", e);
        }
    }
}
