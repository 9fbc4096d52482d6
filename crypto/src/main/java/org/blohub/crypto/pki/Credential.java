package org.blohub.crypto.pki;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A private key with its certificate and the chain that vouches for it.
 *
 * @param privateKey  the subject's private key; a handle only when the key lives in a token
 * @param certificate the subject's certificate
 * @param chain       the certificate first, then each issuer up to and including the root
 * @param keyProvider the provider that must perform every operation with the private key, when that is not
 *                    Bouncy Castle: the PKCS#11 provider of the token holding it
 */
public record Credential(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain,
        Optional<Provider> keyProvider) {

    public Credential {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(keyProvider, "keyProvider");
        chain = List.copyOf(chain);
        if (chain.isEmpty() || !chain.get(0).equals(certificate)) {
            throw new IllegalArgumentException("the chain must start with the credential's own certificate");
        }
    }

    /** A key Bouncy Castle can use directly, such as one read from a PKCS#12 file. */
    public Credential(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {
        this(privateKey, certificate, chain, Optional.empty());
    }

    /** A key that stays in a token: signing and key agreement go through the token's provider. */
    public static Credential inToken(Provider tokenProvider, PrivateKey privateKey, X509Certificate certificate,
            List<X509Certificate> chain) {
        return new Credential(privateKey, certificate, chain, Optional.of(tokenProvider));
    }

    public KeyPair keyPair() {
        return new KeyPair(certificate.getPublicKey(), privateKey);
    }

    @Override
    public String toString() {
        return "Credential[" + certificate.getSubjectX500Principal().getName()
                + keyProvider.map(provider -> ", in token " + provider.getName()).orElse("") + "]";
    }
}
