package org.blohub.crypto.pki;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate and the chain that vouches for it.
 *
 * @param privateKey  the subject's private key
 * @param certificate the subject's certificate
 * @param chain       the certificate first, then each issuer up to and including the root
 */
public record Credential(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    public Credential {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
        if (chain.isEmpty() || !chain.get(0).equals(certificate)) {
            throw new IllegalArgumentException("the chain must start with the credential's own certificate");
        }
    }

    public KeyPair keyPair() {
        return new KeyPair(certificate.getPublicKey(), privateKey);
    }
}
