package org.blohub.crypto.cms;

import java.security.PrivateKey;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The post-quantum hybrid signature: composite ML-DSA-65 with ECDSA P-256 and SHA-512
 * (id-MLDSA65-ECDSA-P256-SHA512, 1.3.6.1.5.5.7.6.45, draft-ietf-lamps-pq-composite-sigs), both
 * halves must verify. With signed attributes the message digest is SHA-512.
 */
final class CompositeMlDsaSignatureScheme implements SignatureScheme {

    static final ASN1ObjectIdentifier MLDSA65_ECDSA_P256_SHA512 = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.6.45");

    @Override
    public String algorithmName() {
        return "MLDSA65-ECDSA-P256-SHA512";
    }

    @Override
    public boolean canSignWith(PrivateKey key) {
        return KeyKind.of(key).is(MLDSA65_ECDSA_P256_SHA512);
    }

    @Override
    public boolean accepts(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm) {
        return digestAlgorithm.getAlgorithm().equals(NISTObjectIdentifiers.id_sha512)
                && signatureAlgorithm.getAlgorithm().equals(MLDSA65_ECDSA_P256_SHA512)
                && AlgorithmParameters.absent(signatureAlgorithm);
    }
}
