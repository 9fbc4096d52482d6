package org.blohub.crypto.cms;

import java.security.PrivateKey;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * RSA PKCS#1 v1.5 with SHA-256, accepted from national PKIs. The signature algorithm may be given as
 * rsaEncryption (as OpenSSL writes it) or sha256WithRSAEncryption.
 */
final class RsaPkcs1SignatureScheme implements SignatureScheme {

    @Override
    public String algorithmName() {
        return "SHA256withRSA";
    }

    @Override
    public boolean canSignWith(PrivateKey key) {
        return KeyKind.of(key).is(PKCSObjectIdentifiers.rsaEncryption);
    }

    @Override
    public boolean accepts(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm) {
        return digestAlgorithm.getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
                && (signatureAlgorithm.getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption)
                        || signatureAlgorithm.getAlgorithm().equals(PKCSObjectIdentifiers.sha256WithRSAEncryption))
                && ParameterChecks.absentOrNull(signatureAlgorithm);
    }
}
