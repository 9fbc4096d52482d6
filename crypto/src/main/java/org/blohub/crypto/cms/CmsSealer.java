package org.blohub.crypto.cms;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.CollectionStore;

/**
 * Seals content as a CMS AuthEnvelopedData (RFC 5083, AES-256-GCM) whose id-data content is the DER
 * ContentInfo of a SignedData (RFC 5652) with the content encapsulated. The signed attributes are
 * content type, message digest, CMS algorithm protection, the signing time from the clock and the
 * digest of the envelope's RecipientInfos, which are therefore written before the content is signed.
 */
public final class CmsSealer implements Sealer {

    private final Clock clock;
    private final SignatureSchemes signatureSchemes;
    private final RecipientSchemes recipientSchemes;
    private final CertificateConversions conversions = new CertificateConversions(CertificateConversions.DEFAULT_CAPACITY);
    /** Thread-safe: it makes a new digest for every use. */
    private final DigestCalculatorProvider digests = new BcDigestCalculatorProvider();

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
        AuthEnvelopedDataWriter envelope = AuthEnvelopedDataWriter.forRecipients(
                EncryptionRecipients.generators(recipientSchemes, senderEncryptionCertificate, recipientCertificates));
        byte[] signedData = sign(content, signer, RecipientInfosBinding.attributeFor(envelope.recipientInfos()));
        return envelope.write(signedData);
    }

    private byte[] sign(byte[] content, Credential signer, Attribute recipientInfosDigest) throws SealingException {
        SignatureScheme scheme = signatureSchemes.forSigner(signer)
                .orElseThrow(() -> new SealingException("no signature scheme for signing key of type "
                        + KeyKind.of(signer.certificate().getPublicKey())
                        + signer.keyProvider().map(provider -> " in token " + provider.getName()).orElse("")
                        + " (certificate serial " + serialOf(signer.certificate()) + ")"));
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfoGenerator(scheme, signer, recipientInfosDigest));
            generator.addCertificates(new CollectionStore<>(holdersOf(chainWithoutRoot(signer.chain()))));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), true);
            return signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new SealingException("cannot sign with " + scheme.algorithmName() + " as certificate serial "
                    + serialOf(signer.certificate()), e);
        }
    }

    private SignerInfoGenerator signerInfoGenerator(SignatureScheme scheme, Credential signer,
            Attribute recipientInfosDigest) throws OperatorCreationException, CertificateEncodingException {
        Attribute signingTime = new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(clock.instant()))));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(signingTime);
        attributes.add(recipientInfosDigest);
        return new SignerInfoGeneratorBuilder(digests)
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                .build(new JcaContentSignerBuilder(scheme.algorithmName())
                        .setProvider(signer.keyProvider().orElse(CryptoProvider.bouncyCastle()))
                        .build(signer.privateKey()), conversions.holderOf(signer.certificate()));
    }

    private List<X509CertificateHolder> holdersOf(List<X509Certificate> certificates)
            throws CertificateEncodingException {
        List<X509CertificateHolder> holders = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            holders.add(conversions.holderOf(certificate));
        }
        return holders;
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
