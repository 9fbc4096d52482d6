package org.blohub.hub.registry;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.blohub.crypto.cms.kem.CompositeSignatureAlgorithm;
import org.blohub.crypto.cms.kem.HybridKemAlgorithm;
import org.blohub.crypto.pki.KeyAlgorithm;

/**
 * The keys an office signs and receives with, chosen per office by the registry's {@code cryptoProfile} field
 * (docs/crypto-pq.md). Offices of both profiles exchange with each other.
 */
public enum CryptoProfile {
    /** ECDSA P-256 signatures, ECDH P-256 key agreement: what {@code openssl cms} opens. */
    CLASSIC {
        @Override
        public KeyPair newSigningKeys() {
            return KeyAlgorithm.EC_P256.generateKeyPair();
        }

        @Override
        public KeyPair newEncryptionKeys() {
            return KeyAlgorithm.EC_P256.generateKeyPair();
        }
    },
    /** Composite ML-DSA-65 + ECDSA P-256 signatures, composite ML-KEM-768 + ECDH P-256 key establishment. */
    HYBRID {
        @Override
        public KeyPair newSigningKeys() {
            return CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.generateKeyPair();
        }

        @Override
        public KeyPair newEncryptionKeys() {
            return HybridKemAlgorithm.MLKEM768_ECDH_P256.generateKeyPair();
        }
    };

    public abstract KeyPair newSigningKeys();

    public abstract KeyPair newEncryptionKeys();

    /** What keeps an office's certificates from being this profile's, if anything. */
    public Optional<String> mismatch(X509Certificate signing, X509Certificate encryption) {
        boolean compositeSigning = CompositeSignatureAlgorithm.of(signing.getPublicKey()).isPresent();
        boolean compositeEncryption = HybridKemAlgorithm.of(encryption.getPublicKey()).isPresent();
        boolean hybrid = this == HYBRID;
        if (compositeSigning != hybrid || compositeEncryption != hybrid) {
            return Optional.of("cryptoProfile " + this + " needs " + (hybrid
                    ? "a composite ML-DSA-65 + ECDSA P-256 signing key and a composite ML-KEM-768 + ECDH P-256"
                    + " encryption key"
                    : "classic keys (no composite key; set cryptoProfile: HYBRID for composite ones)")
                    + ", but the signing key is " + signing.getPublicKey().getAlgorithm()
                    + " and the encryption key " + encryption.getPublicKey().getAlgorithm());
        }
        return Optional.empty();
    }
}
