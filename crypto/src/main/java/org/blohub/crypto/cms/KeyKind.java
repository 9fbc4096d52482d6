package org.blohub.crypto.cms;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The type of a key as its encoding names it: the algorithm OID and, for EC keys, the named curve.
 * Read from the standard encodings so it does not depend on which provider made the key object.
 *
 * @param algorithm the key algorithm OID, e.g. id-ecPublicKey, rsaEncryption, id-X25519
 * @param curve     the named curve of an EC key
 */
public record KeyKind(ASN1ObjectIdentifier algorithm, Optional<ASN1ObjectIdentifier> curve) {

    public static KeyKind of(PublicKey key) {
        return of(SubjectPublicKeyInfo.getInstance(encoded(key)).getAlgorithm());
    }

    public static KeyKind of(PrivateKey key) {
        return of(PrivateKeyInfo.getInstance(encoded(key)).getPrivateKeyAlgorithm());
    }

    public static KeyKind of(AlgorithmIdentifier keyAlgorithm) {
        ASN1Encodable parameters = keyAlgorithm.getParameters();
        Optional<ASN1ObjectIdentifier> curve = parameters instanceof ASN1ObjectIdentifier named
                ? Optional.of(named)
                : Optional.empty();
        return new KeyKind(keyAlgorithm.getAlgorithm(), curve);
    }

    public boolean is(ASN1ObjectIdentifier expectedAlgorithm) {
        return algorithm.equals(expectedAlgorithm);
    }

    public boolean is(ASN1ObjectIdentifier expectedAlgorithm, ASN1ObjectIdentifier expectedCurve) {
        return algorithm.equals(expectedAlgorithm) && curve.filter(expectedCurve::equals).isPresent();
    }

    @Override
    public String toString() {
        return curve.map(named -> algorithm.getId() + "/" + named.getId()).orElse(algorithm.getId());
    }

    private static byte[] encoded(Key key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("key has no standard encoding: " + key.getAlgorithm());
        }
        return encoded;
    }
}
