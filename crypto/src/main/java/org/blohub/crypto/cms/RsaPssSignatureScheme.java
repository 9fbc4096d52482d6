package org.blohub.crypto.cms;

import java.security.PrivateKey;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** RSASSA-PSS with SHA-256, MGF1 with SHA-256 and a 32-byte salt (RFC 4056); the default for RSA signers. */
final class RsaPssSignatureScheme implements SignatureScheme {

    @Override
    public String algorithmName() {
        return "SHA256withRSAandMGF1";
    }

    @Override
    public boolean canSignWith(PrivateKey key) {
        return KeyKind.of(key).is(PKCSObjectIdentifiers.rsaEncryption);
    }

    @Override
    public boolean accepts(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm) {
        if (!digestAlgorithm.getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
                || !signatureAlgorithm.getAlgorithm().equals(PKCSObjectIdentifiers.id_RSASSA_PSS)
                || signatureAlgorithm.getParameters() == null) {
            return false;
        }
        RSASSAPSSparams parameters = RSASSAPSSparams.getInstance(signatureAlgorithm.getParameters());
        AlgorithmIdentifier mask = parameters.getMaskGenAlgorithm();
        return parameters.getHashAlgorithm().getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
                && mask.getAlgorithm().equals(PKCSObjectIdentifiers.id_mgf1)
                && AlgorithmIdentifier.getInstance(mask.getParameters()).getAlgorithm()
                        .equals(NISTObjectIdentifiers.id_sha256);
    }
}
