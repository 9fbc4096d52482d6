package org.blohub.crypto.cms;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import java.util.List;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds envelopes with Bouncy Castle directly, bypassing the sealer, to present the opener with
 * structures the sealer would never make.
 */
final class HandMadeEnvelopes {

    private HandMadeEnvelopes() {
    }

    /** A SignedData ContentInfo (DER) with the given signers, each signing with its preferred algorithm. */
    static byte[] signedData(byte[] content, boolean encapsulate, boolean withSigningTime, boolean withCertificates,
            String algorithm, Credential... signers) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        for (Credential signer : signers) {
            generator.addSignerInfoGenerator(signerInfo(signer, algorithm, withSigningTime));
            if (withCertificates) {
                generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            }
        }
        return generator.generate(new CMSProcessableByteArray(content), encapsulate).toASN1Structure()
                .getEncoded(ASN1Encoding.DER);
    }

    static byte[] signedData(byte[] content, Credential signer) throws Exception {
        return signedData(content, true, true, true, "SHA256withECDSA", signer);
    }

    private static SignerInfoGenerator signerInfo(Credential signer, String algorithm, boolean withSigningTime)
            throws Exception {
        CMSAttributeTableGenerator attributes = withSigningTime
                ? new DefaultSignedAttributeTableGenerator(new AttributeTable(new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(Date.from(TestNetwork.NOW))))))
                : parameters -> new DefaultSignedAttributeTableGenerator().getAttributes(parameters)
                        .remove(CMSAttributes.signingTime);
        return new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(CryptoProvider.bouncyCastle()).build())
                .setSignedAttributeGenerator(attributes)
                .build(new JcaContentSignerBuilder(algorithm).setProvider(CryptoProvider.bouncyCastle())
                        .build(signer.privateKey()), signer.certificate());
    }

    /** AuthEnvelopedData of the payload for one EC P-256 recipient, with the given content cipher and ECDH scheme. */
    static byte[] authEnveloped(byte[] payload, X509Certificate recipient, ASN1ObjectIdentifier contentCipher,
            ASN1ObjectIdentifier agreement) throws Exception {
        CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(ecdh(recipient, agreement));
        OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(contentCipher)
                .setProvider(CryptoProvider.bouncyCastle()).build();
        return generator.generate(new CMSProcessableByteArray(payload), encryptor).toASN1Structure()
                .getEncoded(ASN1Encoding.DER);
    }

    /** AuthEnvelopedData in the default profile for one EC P-256 recipient. */
    static byte[] authEnveloped(byte[] payload, X509Certificate recipient) throws Exception {
        return authEnveloped(payload, recipient, CMSAlgorithm.AES256_GCM, CMSAlgorithm.ECDH_SHA256KDF);
    }

    /** AuthEnvelopedData for one RSA recipient with RSA PKCS#1 v1.5 key transport (Bouncy Castle's default). */
    static byte[] authEnvelopedWithRsaPkcs1(byte[] payload, X509Certificate recipient) throws Exception {
        CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient)
                .setProvider(CryptoProvider.bouncyCastle()));
        OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                .setProvider(CryptoProvider.bouncyCastle()).build();
        return generator.generate(new CMSProcessableByteArray(payload), encryptor).toASN1Structure()
                .getEncoded(ASN1Encoding.DER);
    }

    /** Plain EnvelopedData with triple DES for one EC P-256 recipient. */
    static byte[] envelopedWithTripleDes(byte[] payload, X509Certificate recipient) throws Exception {
        CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(ecdh(recipient, CMSAlgorithm.ECDH_SHA256KDF));
        return generator.generate(new CMSProcessableByteArray(payload),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.DES_EDE3_CBC).setProvider(CryptoProvider.bouncyCastle())
                        .build())
                .toASN1Structure().getEncoded(ASN1Encoding.DER);
    }

    private static RecipientInfoGenerator ecdh(X509Certificate recipient, ASN1ObjectIdentifier agreement)
            throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", CryptoProvider.bouncyCastle());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair originator = generator.generateKeyPair();
        return new JceKeyAgreeRecipientInfoGenerator(agreement, originator.getPrivate(), originator.getPublic(),
                CMSAlgorithm.AES256_WRAP).setProvider(CryptoProvider.bouncyCastle()).addRecipient(recipient);
    }

    /** A copy of the bytes with one bit flipped. */
    static byte[] flipBit(byte[] bytes, int index, int bit) {
        byte[] copy = bytes.clone();
        copy[index] ^= (byte) (1 << bit);
        return copy;
    }

    /** The position of the first occurrence of {@code part} in {@code whole}. */
    static int indexOf(byte[] whole, byte[] part) {
        outer:
        for (int i = 0; i <= whole.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (whole[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("part not found");
    }
}
