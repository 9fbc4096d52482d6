package org.blohub.crypto.cms.kem;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.iana.IANAObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jcajce.CompositePrivateKey;
import org.bouncycastle.jcajce.CompositePublicKey;

/**
 * The composite ML-KEM algorithms of the post-quantum hybrid profile
 * (draft-ietf-lamps-pq-composite-kem-17). One key pair holds an ML-KEM-768 key and a traditional
 * key; the shared secret is SHA3-256 over both component secrets, so it stays secret while either
 * component holds.
 */
public enum HybridKemAlgorithm {

    /** id-MLKEM768-X25519-SHA3-256 (1.3.6.1.5.5.7.6.58): the default for new office keys. */
    MLKEM768_X25519(IANAObjectIdentifiers.id_MLKEM768_X25519_SHA3_256, "MLKEM768-X25519-SHA3-256", "X25519",
            Optional.empty(), 32),

    /** id-MLKEM768-ECDH-P256-SHA3-256 (1.3.6.1.5.5.7.6.59): both components FIPS-approved. */
    MLKEM768_ECDH_P256(IANAObjectIdentifiers.id_MLKEM768_ECDH_P256_SHA3_256, "MLKEM768-ECDH-P256-SHA3-256", "EC",
            Optional.of(new ECGenParameterSpec("secp256r1")), 65);

    private static final String POST_QUANTUM_COMPONENT = "ML-KEM-768";
    private static final int POST_QUANTUM_CIPHERTEXT_LENGTH = 1088;

    private final ASN1ObjectIdentifier oid;
    private final String jcaName;
    private final String traditionalComponent;
    private final Optional<AlgorithmParameterSpec> traditionalParameters;
    private final int traditionalCiphertextLength;

    HybridKemAlgorithm(ASN1ObjectIdentifier oid, String jcaName, String traditionalComponent,
            Optional<AlgorithmParameterSpec> traditionalParameters, int traditionalCiphertextLength) {
        this.oid = oid;
        this.jcaName = jcaName;
        this.traditionalComponent = traditionalComponent;
        this.traditionalParameters = traditionalParameters;
        this.traditionalCiphertextLength = traditionalCiphertextLength;
    }

    /** The composite OID, used alike in the SubjectPublicKeyInfo, the PKCS#8 key and the KEMRecipientInfo kem field. */
    public ASN1ObjectIdentifier oid() {
        return oid;
    }

    /** The Bouncy Castle algorithm name, e.g. {@code MLKEM768-X25519-SHA3-256}. */
    public String jcaName() {
        return jcaName;
    }

    /** Length of the ML-KEM-768 part at the start of a composite ciphertext (FIPS 203). */
    public static int postQuantumCiphertextLength() {
        return POST_QUANTUM_CIPHERTEXT_LENGTH;
    }

    /**
     * Length of a composite ciphertext: the ML-KEM-768 ciphertext followed by the traditional one
     * (the raw X25519 ephemeral public key, or the uncompressed P-256 ephemeral point).
     */
    public int ciphertextLength() {
        return POST_QUANTUM_CIPHERTEXT_LENGTH + traditionalCiphertextLength;
    }

    /**
     * A fresh composite key pair. Both components are generated here with the explicit provider:
     * Bouncy Castle's own composite KeyPairGenerator looks up a globally registered "BC" provider,
     * which this project does not register.
     */
    public KeyPair generateKeyPair() {
        Provider provider = CryptoProvider.bouncyCastle();
        try {
            KeyPair postQuantum = KeyPairGenerator.getInstance(POST_QUANTUM_COMPONENT, provider).generateKeyPair();
            KeyPairGenerator traditionalGenerator = KeyPairGenerator.getInstance(traditionalComponent, provider);
            if (traditionalParameters.isPresent()) {
                traditionalGenerator.initialize(traditionalParameters.get());
            }
            KeyPair traditional = traditionalGenerator.generateKeyPair();
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

    /** The composite private key of a PKCS#8 encoding (ML-KEM seed || traditional key), bound to the explicit provider. */
    public PrivateKey privateKey(byte[] pkcs8) throws CompositeKeyException {
        try {
            requireAlgorithm(PrivateKeyInfo.getInstance(pkcs8).getPrivateKeyAlgorithm(), "private key");
            return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CompositeKeyException("cannot decode " + jcaName + " private key", e);
        }
    }

    /** The algorithm named by a key's algorithm identifier, if it is one of ours. */
    public static Optional<HybridKemAlgorithm> of(AlgorithmIdentifier keyAlgorithm) {
        return Arrays.stream(values())
                .filter(algorithm -> algorithm.oid.equals(keyAlgorithm.getAlgorithm()))
                .findFirst();
    }

    /** The algorithm of a public key, read from its SubjectPublicKeyInfo encoding. */
    public static Optional<HybridKemAlgorithm> of(PublicKey key) {
        return Optional.ofNullable(key.getEncoded())
                .flatMap(encoded -> of(SubjectPublicKeyInfo.getInstance(encoded).getAlgorithm()));
    }

    /** The algorithm of a private key, read from its PKCS#8 encoding. */
    public static Optional<HybridKemAlgorithm> of(PrivateKey key) {
        return Optional.ofNullable(key.getEncoded())
                .flatMap(encoded -> of(PrivateKeyInfo.getInstance(encoded).getPrivateKeyAlgorithm()));
    }

    private void requireAlgorithm(AlgorithmIdentifier keyAlgorithm, String what) throws CompositeKeyException {
        if (!oid.equals(keyAlgorithm.getAlgorithm()) || keyAlgorithm.getParameters() != null) {
            throw new CompositeKeyException(what + " is " + keyAlgorithm.getAlgorithm().getId() + ", not " + jcaName
                    + " (" + oid.getId() + ") with absent parameters");
        }
    }

    private KeyFactory keyFactory() throws GeneralSecurityException {
        return KeyFactory.getInstance(jcaName, CryptoProvider.bouncyCastle());
    }
}
