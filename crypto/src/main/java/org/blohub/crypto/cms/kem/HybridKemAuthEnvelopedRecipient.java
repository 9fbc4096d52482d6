package org.blohub.crypto.cms.kem;

import java.security.PrivateKey;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.cms.StreamingGcmContent;
import org.bouncycastle.asn1.cms.KEMRecipientInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KEMRecipient;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKEMAuthEnvelopedRecipient;

/**
 * Unlocks the content-encryption key of an AuthEnvelopedData from a composite ML-KEM
 * KEMRecipientInfo: checks that every field is the hybrid profile's, then decapsulates with the
 * composite private key (both components), derives the key-encryption key with HKDF-SHA256 and
 * unwraps. Pass it to {@code KEMRecipientInformation.getContent}.
 *
 * <p>A changed kemct, in either component, yields a different composite secret and so a different
 * key-encryption key; the AES key wrap integrity check then fails with a {@link CMSException}.
 */
public final class HybridKemAuthEnvelopedRecipient implements KEMRecipient {

    private final HybridKemAlgorithm algorithm;
    private final KEMRecipient decapsulation;

    /**
     * @param privateKey a composite ML-KEM private key of the profile; it is re-read from its PKCS#8
     *                   encoding so that both components use the project's provider
     * @throws CompositeKeyException if the key is not a composite ML-KEM key of the profile
     */
    public HybridKemAuthEnvelopedRecipient(PrivateKey privateKey) throws CompositeKeyException {
        this.algorithm = algorithmOf(privateKey);
        this.decapsulation = new JceKEMAuthEnvelopedRecipient(algorithm.privateKey(privateKey.getEncoded()))
                .setProvider(CryptoProvider.bouncyCastle());
    }

    private HybridKemAuthEnvelopedRecipient(HybridKemAlgorithm algorithm, KEMRecipient decapsulation) {
        this.algorithm = algorithm;
        this.decapsulation = decapsulation;
    }

    /** The same checks and decapsulation, with the content decrypted as it streams (see {@link StreamingGcmContent}). */
    public static HybridKemAuthEnvelopedRecipient streaming(PrivateKey privateKey) throws CompositeKeyException {
        HybridKemAlgorithm algorithm = algorithmOf(privateKey);
        return new HybridKemAuthEnvelopedRecipient(algorithm,
                new StreamingKemRecipient(algorithm.privateKey(privateKey.getEncoded())));
    }

    private static HybridKemAlgorithm algorithmOf(PrivateKey privateKey) throws CompositeKeyException {
        return HybridKemAlgorithm.of(privateKey)
                .orElseThrow(() -> new CompositeKeyException("private key of type " + privateKey.getAlgorithm()
                        + " is not a composite ML-KEM key"));
    }

    /**
     * @param keyEncryptionAlgorithm Bouncy Castle passes the kem algorithm with the whole KEMRecipientInfo as its parameters
     */
    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
            AlgorithmIdentifier contentEncryptionAlgorithm, byte[] encryptedContentKey) throws CMSException {
        KEMRecipientInfo recipientInfo = recipientInfo(keyEncryptionAlgorithm);
        Optional<String> violation = HybridKemProfile.violation(recipientInfo, algorithm);
        if (violation.isPresent()) {
            throw new CMSException("KEMRecipientInfo outside the hybrid profile: " + violation.get());
        }
        return decapsulation.getRecipientOperator(keyEncryptionAlgorithm, contentEncryptionAlgorithm,
                encryptedContentKey);
    }

    private static KEMRecipientInfo recipientInfo(AlgorithmIdentifier keyEncryptionAlgorithm) throws CMSException {
        try {
            return KEMRecipientInfo.getInstance(keyEncryptionAlgorithm.getParameters());
        } catch (IllegalArgumentException e) {
            throw new CMSException("KEMRecipientInfo cannot be read", e);
        }
    }
}
