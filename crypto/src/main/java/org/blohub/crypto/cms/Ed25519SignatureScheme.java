package org.blohub.crypto.cms;

import java.security.PrivateKey;

import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Ed25519 (RFC 8419): with signed attributes the message digest must be SHA-512. */
final class Ed25519SignatureScheme implements SignatureScheme {

    @Override
    public String algorithmName() {
        return "Ed25519";
    }

    @Override
    public boolean canSignWith(PrivateKey key) {
        return KeyKind.of(key).is(EdECObjectIdentifiers.id_Ed25519);
    }

    @Override
    public boolean accepts(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm) {
        return digestAlgorithm.getAlgorithm().equals(NISTObjectIdentifiers.id_sha512)
                && signatureAlgorithm.getAlgorithm().equals(EdECObjectIdentifiers.id_Ed25519)
                && ParameterChecks.absent(signatureAlgorithm);
    }
}
