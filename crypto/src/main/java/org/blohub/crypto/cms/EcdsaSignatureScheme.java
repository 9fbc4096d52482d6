package org.blohub.crypto.cms;

import java.security.PrivateKey;
import java.security.PublicKey;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** ECDSA on a named curve with the hash of matching strength (RFC 5753 / RFC 5758). */
final class EcdsaSignatureScheme implements SignatureScheme {

    private final ASN1ObjectIdentifier curve;
    private final String algorithmName;
    private final ASN1ObjectIdentifier digest;
    private final ASN1ObjectIdentifier signature;

    private EcdsaSignatureScheme(ASN1ObjectIdentifier curve, String algorithmName, ASN1ObjectIdentifier digest,
            ASN1ObjectIdentifier signature) {
        this.curve = curve;
        this.algorithmName = algorithmName;
        this.digest = digest;
        this.signature = signature;
    }

    static EcdsaSignatureScheme p256() {
        return new EcdsaSignatureScheme(SECObjectIdentifiers.secp256r1, "SHA256withECDSA",
                NISTObjectIdentifiers.id_sha256, X9ObjectIdentifiers.ecdsa_with_SHA256);
    }

    static EcdsaSignatureScheme p384() {
        return new EcdsaSignatureScheme(SECObjectIdentifiers.secp384r1, "SHA384withECDSA",
                NISTObjectIdentifiers.id_sha384, X9ObjectIdentifiers.ecdsa_with_SHA384);
    }

    @Override
    public String algorithmName() {
        return algorithmName;
    }

    @Override
    public boolean canSignWith(PrivateKey key) {
        return KeyKind.of(key).is(X9ObjectIdentifiers.id_ecPublicKey, curve);
    }

    @Override
    public boolean signsInTokenFor(PublicKey certifiedKey) {
        return KeyKind.of(certifiedKey).is(X9ObjectIdentifiers.id_ecPublicKey, curve);
    }

    @Override
    public boolean accepts(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm) {
        return digestAlgorithm.getAlgorithm().equals(digest) && signatureAlgorithm.getAlgorithm().equals(signature)
                && ParameterChecks.absent(signatureAlgorithm);
    }
}
