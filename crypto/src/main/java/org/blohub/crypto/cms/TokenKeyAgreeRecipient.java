package org.blohub.crypto.cms;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import javax.crypto.KeyAgreement;
import javax.crypto.spec.SecretKeySpec;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ecc.ECCCMSSharedInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipient;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.engines.AESWrapEngine;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.KDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.Pack;

/**
 * Unlocks an ECDH KeyAgreeRecipientInfo (RFC 5753, ANSI X9.63 KDF, AES-256 key wrap) with a private key held in a
 * token. The token's provider does only the plain ECDH the token offers; Bouncy Castle's combined
 * "ECDH with KDF" algorithms are not in a PKCS#11 provider, so the KDF over the ECC-CMS-SharedInfo and the
 * key unwrap are done here, and the content is decrypted by {@link StreamingGcmContent}.
 */
final class TokenKeyAgreeRecipient implements KeyAgreeRecipient {

    private static final int KEY_WRAP_BITS = 256;

    private final Credential recipient;

    TokenKeyAgreeRecipient(Credential recipient) {
        this.recipient = recipient;
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
            AlgorithmIdentifier contentEncryptionAlgorithm, SubjectPublicKeyInfo senderPublicKey,
            ASN1OctetString userKeyingMaterial, byte[] encryptedContentKey) throws CMSException {
        AlgorithmIdentifier wrap = AlgorithmIdentifier.getInstance(keyEncryptionAlgorithm.getParameters());
        if (!CMSAlgorithm.AES256_WRAP.equals(wrap.getAlgorithm())) {
            throw new CMSException("key wrap " + wrap.getAlgorithm().getId() + " is not AES-256 key wrap");
        }
        byte[] sharedSecret = sharedSecret(senderPublicKey);
        byte[] keyEncryptionKey = new byte[KEY_WRAP_BITS / 8];
        byte[] contentKey = null;
        try {
            KDF2BytesGenerator kdf = new KDF2BytesGenerator(kdfDigest(keyEncryptionAlgorithm.getAlgorithm()));
            kdf.init(new KDFParameters(sharedSecret, sharedInfo(wrap, userKeyingMaterial)));
            kdf.generateBytes(keyEncryptionKey, 0, keyEncryptionKey.length);
            AESWrapEngine unwrap = new AESWrapEngine();
            unwrap.init(false, new KeyParameter(keyEncryptionKey));
            contentKey = unwrap.unwrap(encryptedContentKey, 0, encryptedContentKey.length);
            return StreamingGcmContent.decryptingOperator(contentEncryptionAlgorithm,
                    new SecretKeySpec(contentKey, "AES"));
        } catch (InvalidCipherTextException e) {
            throw new CMSException("the content-encryption key does not unwrap", e);
        } finally {
            Arrays.fill(sharedSecret, (byte) 0);
            Arrays.fill(keyEncryptionKey, (byte) 0);
            if (contentKey != null) {
                Arrays.fill(contentKey, (byte) 0);
            }
        }
    }

    /** Tells Bouncy Castle the curve when the originator key comes without parameters. */
    @Override
    public AlgorithmIdentifier getPrivateKeyAlgorithmIdentifier() {
        return ourPublicKeyInfo().getAlgorithm();
    }

    private byte[] sharedSecret(SubjectPublicKeyInfo senderPublicKey) throws CMSException {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH", recipient.keyProvider().orElseThrow());
            agreement.init(recipient.privateKey());
            agreement.doPhase(originatorKey(senderPublicKey), true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CMSException("ECDH in the token failed for certificate serial "
                    + recipient.certificate().getSerialNumber().toString(16), e);
        }
    }

    /** The originator key on our curve, as a JCA key any provider accepts. */
    private PublicKey originatorKey(SubjectPublicKeyInfo senderPublicKey) throws GeneralSecurityException {
        SubjectPublicKeyInfo withCurve = senderPublicKey.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier
                ? senderPublicKey
                : new SubjectPublicKeyInfo(ourPublicKeyInfo().getAlgorithm(), senderPublicKey.getPublicKeyData());
        try {
            return KeyFactory.getInstance("EC", CryptoProvider.bouncyCastle())
                    .generatePublic(new X509EncodedKeySpec(withCurve.getEncoded(ASN1Encoding.DER)));
        } catch (IOException e) {
            throw new GeneralSecurityException("originator key cannot be encoded", e);
        }
    }

    private SubjectPublicKeyInfo ourPublicKeyInfo() {
        return SubjectPublicKeyInfo.getInstance(recipient.certificate().getPublicKey().getEncoded());
    }

    private static byte[] sharedInfo(AlgorithmIdentifier wrap, ASN1OctetString userKeyingMaterial) throws CMSException {
        byte[] keyLength = Pack.intToBigEndian(KEY_WRAP_BITS);
        ECCCMSSharedInfo info = userKeyingMaterial == null
                ? new ECCCMSSharedInfo(wrap, keyLength)
                : new ECCCMSSharedInfo(wrap, userKeyingMaterial.getOctets(), keyLength);
        try {
            return info.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new CMSException("ECC-CMS-SharedInfo cannot be encoded", e);
        }
    }

    private static Digest kdfDigest(ASN1ObjectIdentifier agreement) throws CMSException {
        if (CMSAlgorithm.ECDH_SHA256KDF.equals(agreement)) {
            return new SHA256Digest();
        }
        if (CMSAlgorithm.ECDH_SHA384KDF.equals(agreement)) {
            return new SHA384Digest();
        }
        throw new CMSException("key agreement " + agreement.getId() + " is outside the accepted profiles");
    }
}
