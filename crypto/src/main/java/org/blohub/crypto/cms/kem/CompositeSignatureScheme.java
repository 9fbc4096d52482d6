package org.blohub.crypto.cms.kem;

import java.security.PrivateKey;

import org.blohub.crypto.cms.SignatureScheme;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The post-quantum hybrid signature: composite ML-DSA-65 + ECDSA P-256 (draft-ietf-lamps-pq-composite-sigs)
 * in a CMS SignerInfo with the SHA-512 message digest (draft-ietf-lamps-cms-composite-sigs). Chosen
 * for every composite signing key, so an office signs in the hybrid profile by having such a key.
 */
public final class CompositeSignatureScheme implements SignatureScheme {

    private final CompositeSignatureAlgorithm algorithm;

    private CompositeSignatureScheme(CompositeSignatureAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    public static CompositeSignatureScheme mldsa65EcdsaP256() {
        return new CompositeSignatureScheme(CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256);
    }

    @Override
    public String algorithmName() {
        return algorithm.jcaName();
    }

    @Override
    public boolean canSignWith(PrivateKey key) {
        return CompositeSignatureAlgorithm.of(key).filter(algorithm::equals).isPresent();
    }

    @Override
    public boolean accepts(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm) {
        return digestAlgorithm.getAlgorithm().equals(algorithm.cmsDigest())
                && new AlgorithmIdentifier(algorithm.oid()).equals(signatureAlgorithm);
    }
}
