package org.blohub.crypto.cms.kem;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.iana.IANAObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jcajce.CompositePrivateKey;
import org.bouncycastle.jcajce.CompositePublicKey;

/**
 * The composite signature of the post-quantum hybrid profile (draft-ietf-lamps-pq-composite-sigs,
 * draft-ietf-lamps-cms-composite-sigs): an ML-DSA-65 and an ECDSA P-256 signature over the same
 * message, both of which must verify.
 */
public enum CompositeSignatureAlgorithm {

    /** id-MLDSA65-ECDSA-P256-SHA512 (1.3.6.1.5.5.7.6.45); in CMS with the SHA-512 message digest. */
    MLDSA65_ECDSA_P256(IANAObjectIdentifiers.id_MLDSA65_ECDSA_P256_SHA512, "MLDSA65-ECDSA-P256-SHA512",
            NISTObjectIdentifiers.id_sha512);

    private final ASN1ObjectIdentifier oid;
    private final String jcaName;
    private final ASN1ObjectIdentifier cmsDigest;

    CompositeSignatureAlgorithm(ASN1ObjectIdentifier oid, String jcaName, ASN1ObjectIdentifier cmsDigest) {
        this.oid = oid;
        this.jcaName = jcaName;
        this.cmsDigest = cmsDigest;
    }

    /** The composite OID, used alike for the key and as the signature algorithm. */
    public ASN1ObjectIdentifier oid() {
        return oid;
    }

    /** The Bouncy Castle signature and key algorithm name, e.g. {@code MLDSA65-ECDSA-P256-SHA512}. */
    public String jcaName() {
        return jcaName;
    }

    /** The message digest algorithm of a CMS SignerInfo signed with this algorithm. */
    public ASN1ObjectIdentifier cmsDigest() {
        return cmsDigest;
    }

    /**
     * A fresh composite key pair, generated component by component with the explicit provider
     * (Bouncy Castle's composite KeyPairGenerator needs a globally registered "BC" provider).
     */
    public KeyPair generateKeyPair() {
        Provider provider = CryptoProvider.bouncyCastle();
        try {
            KeyPair postQuantum = KeyPairGenerator.getInstance("ML-DSA-65", provider).generateKeyPair();
            KeyPairGenerator ecdsa = KeyPairGenerator.getInstance("EC", provider);
            ecdsa.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair traditional = ecdsa.generateKeyPair();
            PublicKey publicKey = CompositePublicKey.builder(oid)
                    .addPublicKey(postQuantum.getPublic(), provider)
                    .addPublicKey(traditional.getPublic(), provider)
                    .build();
            PrivateKey privateKey = CompositePrivateKey.builder(oid)
                    .addPrivateKey(postQuantum.getPrivate(), provider)
                    .addPrivateKey(traditional.getPrivate(), provider)
                    .build();
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Bouncy Castle provider cannot generate " + jcaName + " components", e);
        }
    }

    /** The algorithm named by a key or signature algorithm identifier, if it is one of ours. */
    public static Optional<CompositeSignatureAlgorithm> of(AlgorithmIdentifier algorithm) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.oid.equals(algorithm.getAlgorithm()))
                .findFirst();
    }

    /** The algorithm of a public key, read from its SubjectPublicKeyInfo encoding. */
    public static Optional<CompositeSignatureAlgorithm> of(PublicKey key) {
        return Optional.ofNullable(key.getEncoded())
                .flatMap(encoded -> of(SubjectPublicKeyInfo.getInstance(encoded).getAlgorithm()));
    }

    /** The algorithm of a private key, read from its PKCS#8 encoding. */
    public static Optional<CompositeSignatureAlgorithm> of(PrivateKey key) {
        return Optional.ofNullable(key.getEncoded())
                .flatMap(encoded -> of(PrivateKeyInfo.getInstance(encoded).getPrivateKeyAlgorithm()));
    }
}
