package org.blohub.crypto.pki;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * How key files are protected by a password: PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC for
 * encryption (OpenSSL 3's default for PKCS#8), and for PKCS#12 an HMAC-SHA256 integrity MAC,
 * which Java's own "PKCS12" key store reads since JDK 12.
 */
final class PasswordProtection {

    /** PBKDF2-HMAC-SHA256 iterations, as OWASP's password storage guidance recommends. */
    static final int ITERATIONS = 600_000;

    private PasswordProtection() {
    }

    static OutputEncryptor encryptor(char[] password) {
        requireUsable(password);
        try {
            return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(CryptoProvider.bouncyCastle())
                    .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                    .setIterationCount(ITERATIONS)
                    .build(password);
        } catch (OperatorCreationException e) {
            throw new PkiException("cannot set up AES-256-CBC/PBKDF2 password encryption", e);
        }
    }

    static InputDecryptorProvider decryptor(char[] password) {
        requireUsable(password);
        return new JcePKCSPBEInputDecryptorProviderBuilder()
                .setProvider(CryptoProvider.bouncyCastle()).build(password);
    }

    static JcePKCS12MacCalculatorBuilder pkcs12Mac() {
        return new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                .setProvider(CryptoProvider.bouncyCastle())
                .setIterationCount(ITERATIONS);
    }

    private static void requireUsable(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a non-empty password is required to protect key files");
        }
    }
}
