package org.blohub.crypto.pki;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/** The signature algorithm a CA uses with its key: the hash matches the strength of the key. */
final class SignatureAlgorithms {

    private static final int P384_FIELD_BITS = 384;

    private SignatureAlgorithms() {
    }

    static String forCaKey(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize() >= P384_FIELD_BITS
                    ? "SHA384withECDSA" : "SHA256withECDSA";
        }
        if (key instanceof RSAPublicKey) {
            return "SHA256withRSA";
        }
        throw new PkiException("a CA key must be EC or RSA, not " + key.getAlgorithm());
    }
}
