package org.blohub.crypto.detached;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;

/** Picks the JCA signature algorithm that matches a signer's key, the digest sized to the curve. */
final class SignatureAlgorithms {

    private SignatureAlgorithms() {
    }

    static String forKey(PublicKey key) {
        if (key instanceof ECPublicKey ecKey) {
            int fieldSize = ecKey.getParams().getCurve().getField().getFieldSize();
            if (fieldSize <= 256) {
                return "SHA256withECDSA";
            }
            return fieldSize <= 384 ? "SHA384withECDSA" : "SHA512withECDSA";
        }
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new DetachedSigningException(
                    "cannot sign with a " + key.getAlgorithm() + " key: use an EC, RSA or Ed25519 signing key");
        };
    }
}
