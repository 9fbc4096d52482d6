package org.blohub.crypto.detached;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a document with a detached CMS {@code SignedData} (RFC 5652), DER encoded: the document
 * itself is not embedded, so it stays a plain file next to its signature and
 * {@code openssl cms -verify -binary -content document} can check it.
 *
 * <p>The signature algorithm follows the key: ECDSA with SHA-256 for P-256 (SHA-384 for P-384),
 * SHA-256 with RSA (PKCS#1 v1.5) for RSA, Ed25519 for Ed25519. Signed attributes are content
 * type, message digest, signing time (the clock's now, to the second) and CMS algorithm
 * protection. The credential's whole chain is included as certificates.
 */
public final class DetachedSigner {

    private final Clock clock;

    public DetachedSigner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public byte[] sign(byte[] document, Credential signer) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(signer, "signer");
        String algorithm = SignatureAlgorithms.forKey(signer.certificate().getPublicKey());
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm)
                    .setProvider(CryptoProvider.bouncyCastle())
                    .build(signer.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(CryptoProvider.bouncyCastle()).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTimeAttribute()))
                    .build(contentSigner, signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            CMSSignedData signedData = generator.generate(new CMSProcessableByteArray(document), false);
            return signedData.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new DetachedSigningException("cannot sign document with " + algorithm + " for signer "
                    + signer.certificate().getSubjectX500Principal().getName(), e);
        }
    }

    private AttributeTable signingTimeAttribute() {
        Date signingTime = Date.from(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return new AttributeTable(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(signingTime))));
    }
}
