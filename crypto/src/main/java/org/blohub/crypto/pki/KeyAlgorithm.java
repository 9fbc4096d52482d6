package org.blohub.crypto.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;

/** The key types the development PKI generates for offices and nodes. */
public enum KeyAlgorithm {
    EC_P256("EC", new ECGenParameterSpec("secp256r1")),
    EC_P384("EC", new ECGenParameterSpec("secp384r1")),
    RSA_3072("RSA", new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4)),
    ED25519("Ed25519"),
    X25519("X25519");

    private final String jcaName;
    private final Optional<AlgorithmParameterSpec> parameters;

    KeyAlgorithm(String jcaName) {
        this.jcaName = jcaName;
        this.parameters = Optional.empty();
    }

    KeyAlgorithm(String jcaName, AlgorithmParameterSpec parameters) {
        this.jcaName = jcaName;
        this.parameters = Optional.of(parameters);
    }

    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(jcaName, CryptoProvider.bouncyCastle());
            if (parameters.isPresent()) {
                generator.initialize(parameters.get());
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot generate " + name() + " key pair", e);
        }
    }
}
