package org.blohub.crypto.cms.kem;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import javax.crypto.KeyAgreement;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.CMSORIforKEMOtherInfo;
import org.bouncycastle.asn1.cms.KEMRecipientInfo;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESWrapEngine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.jcajce.CompositePrivateKey;
import org.bouncycastle.jcajce.CompositePublicKey;
import org.bouncycastle.util.encoders.Hex;

/**
 * An independent reading of a composite ML-KEM KEMRecipientInfo, written from the specifications
 * rather than through the production code: decapsulates each component on its own, combines the
 * secrets as draft-ietf-lamps-pq-composite-kem-17 section 3.4 says, derives the key-encryption key
 * as RFC 9629 section 5 with HKDF-SHA256 says, and unwraps the content-encryption key (RFC 3394).
 */
final class DraftCompositeKemDecapsulation {

    static final byte[] X25519_LABEL = Hex.decode("5c2e2f2f5e5c");
    static final byte[] P256_LABEL = "MLKEM768-P256".getBytes(US_ASCII);

    private final HybridKemAlgorithm algorithm;
    private final byte[] mlkemCiphertext;
    private final byte[] traditionalCiphertext;
    private final byte[] traditionalPublicKey;
    private final PrivateKey mlkemPrivateKey;
    private final PrivateKey traditionalPrivateKey;

    DraftCompositeKemDecapsulation(HybridKemAlgorithm algorithm, byte[] compositeCiphertext,
            PublicKey compositePublicKey, PrivateKey compositePrivateKey) {
        int split = HybridKemAlgorithm.postQuantumCiphertextLength();
        this.algorithm = algorithm;
        this.mlkemCiphertext = Arrays.copyOfRange(compositeCiphertext, 0, split);
        this.traditionalCiphertext = Arrays.copyOfRange(compositeCiphertext, split, compositeCiphertext.length);
        PublicKey traditional = ((CompositePublicKey) compositePublicKey).getPublicKeys().get(1);
        this.traditionalPublicKey = SubjectPublicKeyInfo.getInstance(traditional.getEncoded()).getPublicKeyData().getBytes();
        this.mlkemPrivateKey = ((CompositePrivateKey) compositePrivateKey).getPrivateKeys().get(0);
        this.traditionalPrivateKey = ((CompositePrivateKey) compositePrivateKey).getPrivateKeys().get(1);
    }

    /** ML-KEM-768.Decaps of the first 1088 bytes of kemct with the ML-KEM component alone. */
    byte[] mlkemSecret() throws IOException {
        MLKEMPrivateKeyParameters parameters = (MLKEMPrivateKeyParameters) PrivateKeyFactory.createKey(
                mlkemPrivateKey.getEncoded());
        return new MLKEMExtractor(parameters).extractSecret(mlkemCiphertext);
    }

    /** X25519 or ECDH P-256 between the traditional component and the ephemeral key in the rest of kemct. */
    byte[] traditionalSecret() throws GeneralSecurityException, IOException {
        KeyAgreement agreement = KeyAgreement.getInstance(
                algorithm == HybridKemAlgorithm.MLKEM768_X25519 ? "X25519" : "ECDH", CryptoProvider.bouncyCastle());
        agreement.init(traditionalPrivateKey);
        agreement.doPhase(ephemeralPublicKey(), true);
        return agreement.generateSecret();
    }

    /** ss = SHA3-256(mlkemSS || tradSS || tradCT || tradPK || Label). */
    byte[] combine(byte[] mlkemSecret, byte[] traditionalSecret) throws GeneralSecurityException {
        return combine(mlkemSecret, traditionalSecret, traditionalCiphertext, traditionalPublicKey, label());
    }

    static byte[] combine(byte[] mlkemSecret, byte[] traditionalSecret, byte[] traditionalCiphertext,
            byte[] traditionalPublicKey, byte[] label) throws GeneralSecurityException {
        MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
        for (byte[] part : new byte[][] {mlkemSecret, traditionalSecret, traditionalCiphertext, traditionalPublicKey, label}) {
            sha3.update(part);
        }
        return sha3.digest();
    }

    /**
     * KEK = HKDF-SHA256(salt = "", IKM = ss, info = DER(CMSORIforKEMOtherInfo), L = kekLength), then
     * AES key unwrap of encryptedKey. Fails with {@link InvalidCipherTextException} if the KEK is wrong.
     */
    static byte[] unwrapContentKey(byte[] sharedSecret, KEMRecipientInfo recipientInfo)
            throws IOException, InvalidCipherTextException {
        byte[] info = new CMSORIforKEMOtherInfo(recipientInfo.getWrap(), recipientInfo.getKekLength())
                .getEncoded(ASN1Encoding.DER);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(sharedSecret, new byte[0], info));
        byte[] keyEncryptionKey = new byte[recipientInfo.getKekLength()];
        hkdf.generateBytes(keyEncryptionKey, 0, keyEncryptionKey.length);
        AESWrapEngine unwrap = new AESWrapEngine();
        unwrap.init(false, new KeyParameter(keyEncryptionKey));
        byte[] encryptedKey = recipientInfo.getEncryptedKey().getOctets();
        return unwrap.unwrap(encryptedKey, 0, encryptedKey.length);
    }

    private byte[] label() {
        return algorithm == HybridKemAlgorithm.MLKEM768_X25519 ? X25519_LABEL : P256_LABEL;
    }

    private PublicKey ephemeralPublicKey() throws GeneralSecurityException, IOException {
        AlgorithmIdentifier keyAlgorithm = algorithm == HybridKemAlgorithm.MLKEM768_X25519
                ? new AlgorithmIdentifier(EdECObjectIdentifiers.id_X25519)
                : new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1);
        byte[] encoded = new SubjectPublicKeyInfo(keyAlgorithm, traditionalCiphertext).getEncoded(ASN1Encoding.DER);
        return KeyFactory.getInstance(algorithm == HybridKemAlgorithm.MLKEM768_X25519 ? "X25519" : "EC",
                CryptoProvider.bouncyCastle()).generatePublic(new X509EncodedKeySpec(encoded));
    }
}
