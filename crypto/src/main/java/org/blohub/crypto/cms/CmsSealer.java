package org.blohub.crypto.cms;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals content as a CMS AuthEnvelopedData (RFC 5083, AES-256-GCM) whose id-data content is the DER
 * ContentInfo of a SignedData (RFC 5652) with the content encapsulated. The signed attributes are
 * content type, message digest, CMS algorithm protection and the signing time from the clock.
 */
public final class CmsSealer implements Sealer {

    private final Clock clock;
    private final SignatureSchemes signatureSchemes;
    private final RecipientSchemes recipientSchemes;

    public CmsSealer(Clock clock) {
        this(clock, SignatureSchemes.standard(), RecipientSchemes.standard());
    }

    public CmsSealer(Clock clock, SignatureSchemes signatureSchemes, RecipientSchemes recipientSchemes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signatureSchemes = Objects.requireNonNull(signatureSchemes, "signatureSchemes");
        this.recipientSchemes = Objects.requireNonNull(recipientSchemes, "recipientSchemes");
    }

    @Override
    public byte[] seal(byte[] content, Credential signer, X509Certificate senderEncryptionCertificate,
            List<X509Certificate> recipientCertificates) throws SealingException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(senderEncryptionCertificate, "senderEncryptionCertificate");
        Objects.requireNonNull(recipientCertificates, "recipientCertificates");
        byte[] signedData = sign(content, signer);
        return encrypt(signedData, recipientsWithSender(senderEncryptionCertificate, recipientCertificates));
    }

    private byte[] sign(byte[] content, Credential signer) throws SealingException {
        SignatureScheme scheme = signatureSchemes.forKey(signer.privateKey())
                .orElseThrow(() -> new SealingException("no signature scheme for signing key of type "
                        + KeyKind.of(signer.privateKey()) + " (certificate serial " + serialOf(signer.certificate()) + ")"));
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfoGenerator(scheme, signer));
            generator.addCertificates(new JcaCertStore(chainWithoutRoot(signer.chain())));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), true);
            return signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new SealingException("cannot sign with " + scheme.algorithmName() + " as certificate serial "
                    + serialOf(signer.certificate()), e);
        }
    }

    private SignerInfoGenerator signerInfoGenerator(SignatureScheme scheme, Credential signer)
            throws OperatorCreationException, CertificateEncodingException {
        Attribute signingTime = new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(clock.instant()))));
        return new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(CryptoProvider.bouncyCastle()).build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(signingTime)))
                .build(new JcaContentSignerBuilder(scheme.algorithmName())
                        .setProvider(CryptoProvider.bouncyCastle())
                        .build(signer.privateKey()), signer.certificate());
    }

    private byte[] encrypt(byte[] signedData, List<X509Certificate> recipients) throws SealingException {
        CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
        for (X509Certificate recipient : recipients) {
            RecipientScheme scheme = recipientSchemes.forCertificate(recipient)
                    .orElseThrow(() -> new SealingException("cannot encrypt to recipient certificate serial "
                            + serialOf(recipient) + ": unsupported key type " + KeyKind.of(recipient.getPublicKey())));
            generator.addRecipientInfoGenerator(scheme.recipientInfoGenerator(recipient));
        }
        try {
            OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(
                    CMSAlgorithm.AES256_GCM).setProvider(CryptoProvider.bouncyCastle()).build();
            return generator.generate(new CMSProcessableByteArray(signedData), encryptor)
                    .toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (CMSException | IOException e) {
            throw new SealingException("cannot encrypt for " + recipients.size() + " recipients", e);
        }
    }

    /** The sender's own encryption certificate first, then each distinct recipient once. */
    private static List<X509Certificate> recipientsWithSender(X509Certificate sender, List<X509Certificate> recipients) {
        Set<X509Certificate> distinct = new LinkedHashSet<>();
        distinct.add(sender);
        distinct.addAll(recipients);
        return new ArrayList<>(distinct);
    }

    /** Receivers hold the root as their trust anchor; sending it would only invite trusting what came with the message. */
    private static List<X509Certificate> chainWithoutRoot(List<X509Certificate> chain) {
        return chain.stream()
                .filter(certificate -> !certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .toList();
    }

    private static String serialOf(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }
}
