package org.blohub.crypto.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.iana.IANAObjectIdentifiers;
import org.bouncycastle.jcajce.CompositePrivateKey;
import org.bouncycastle.jcajce.CompositePublicKey;

/**
 * Composite post-quantum key pairs assembled from their components. Bouncy Castle 1.87's own
 * composite key pair generators look the provider up by the name "BC", which fails when, as here,
 * the provider is passed explicitly instead of being registered.
 */
final class CompositeKeys {

    private CompositeKeys() {
    }

    static KeyPair mlDsa65WithEcdsaP256() {
        return compose(IANAObjectIdentifiers.id_MLDSA65_ECDSA_P256_SHA512, generate("ML-DSA-65"),
                KeyAlgorithm.EC_P256.generateKeyPair());
    }

    static KeyPair mlKem768WithX25519() {
        return compose(IANAObjectIdentifiers.id_MLKEM768_X25519_SHA3_256, generate("ML-KEM-768"),
                KeyAlgorithm.X25519.generateKeyPair());
    }

    private static KeyPair compose(ASN1ObjectIdentifier algorithm, KeyPair postQuantum, KeyPair traditional) {
        return new KeyPair(
                new CompositePublicKey(algorithm, postQuantum.getPublic(), traditional.getPublic()),
                new CompositePrivateKey(algorithm, postQuantum.getPrivate(), traditional.getPrivate()));
    }

    private static KeyPair generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm, CryptoProvider.bouncyCastle()).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AssertionError("cannot generate " + algorithm + " test key", e);
        }
    }
}
