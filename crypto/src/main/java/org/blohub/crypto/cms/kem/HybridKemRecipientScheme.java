package org.blohub.crypto.cms.kem;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;

import org.blohub.crypto.cms.RecipientScheme;
import org.blohub.crypto.cms.SealingException;
import org.bouncycastle.cms.KEMRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;

/**
 * The post-quantum hybrid recipient: composite ML-KEM-768 with X25519 or ECDH P-256 in one RFC 9629
 * KEMRecipientInfo. Chosen for every certificate and private key that holds a composite ML-KEM key,
 * so an office is in the hybrid profile by having such an encryption certificate.
 */
public final class HybridKemRecipientScheme implements RecipientScheme {

    @Override
    public boolean encryptsTo(PublicKey key) {
        return HybridKemAlgorithm.of(key).isPresent();
    }

    @Override
    public RecipientInfoGenerator recipientInfoGenerator(X509Certificate recipient) throws SealingException {
        try {
            return HybridKemRecipientInfoGenerator.forCertificate(recipient);
        } catch (CompositeKeyException e) {
            throw new SealingException("cannot encrypt to composite ML-KEM recipient certificate serial "
                    + recipient.getSerialNumber().toString(16), e);
        }
    }

    @Override
    public boolean decryptsWith(PrivateKey key) {
        return HybridKemAlgorithm.of(key).isPresent();
    }

    /** kem, kdf and ukm here; kemct length, kekLength and wrap when the recipient sees the whole KEMRecipientInfo. */
    @Override
    public boolean accepts(RecipientInformation recipientInfo) {
        return recipientInfo instanceof KEMRecipientInformation kem
                && HybridKemAlgorithm.of(kem.getKeyEncryptionAlgorithm())
                        .filter(algorithm -> HybridKemProfile.violation(kem, algorithm).isEmpty())
                        .isPresent();
    }

    /**
     * @throws IllegalArgumentException if the key is not a readable composite ML-KEM key, which
     *                                  {@link #decryptsWith} has ruled out for keys it accepted
     */
    @Override
    public Recipient recipient(PrivateKey key) {
        try {
            return new HybridKemAuthEnvelopedRecipient(key);
        } catch (CompositeKeyException e) {
            throw new IllegalArgumentException("not a usable composite ML-KEM private key", e);
        }
    }

    @Override
    public Recipient streamingRecipient(PrivateKey key) {
        try {
            return HybridKemAuthEnvelopedRecipient.streaming(key);
        } catch (CompositeKeyException e) {
            throw new IllegalArgumentException("not a usable composite ML-KEM private key", e);
        }
    }
}
