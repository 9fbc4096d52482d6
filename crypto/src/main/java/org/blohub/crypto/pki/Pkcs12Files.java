package org.blohub.crypto.pki;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;

/**
 * A {@link Credential} in a password-protected PKCS#12 file: the private key in a shrouded key
 * bag and the chain in an encrypted safe, both PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC), with an
 * HMAC-SHA256 integrity MAC. Java's own {@code KeyStore.getInstance("PKCS12")} and
 * {@code openssl pkcs12} read these files.
 */
public final class Pkcs12Files {

    private Pkcs12Files() {
    }

    public static void write(Path file, Credential credential, String alias, char[] password) {
        List<PKCS12SafeBag> certificateBags = new ArrayList<>();
        X509Certificate leaf = credential.certificate();
        certificateBags.add(Pkcs12Encoding.localKeyId(Pkcs12Encoding.named(Pkcs12Encoding.certificateBag(leaf), alias),
                leaf).build());
        for (X509Certificate issuer : credential.chain().subList(1, credential.chain().size())) {
            certificateBags.add(Pkcs12Encoding.certificateBag(issuer).build());
        }
        PKCS12SafeBag keyBag = Pkcs12Encoding.localKeyId(Pkcs12Encoding.named(
                new JcaPKCS12SafeBagBuilder(credential.privateKey(), PasswordProtection.encryptor(password)), alias),
                leaf).build();
        Pkcs12Encoding.write(file, certificateBags, List.of(keyBag), password);
    }

    /** Reads the credential stored under the alias; fails with {@link PkiException} on a wrong password. */
    public static Credential read(Path file, String alias, char[] password) {
        KeyStore keyStore = Pkcs12Encoding.load(file, password);
        try {
            Optional<Key> key = Optional.ofNullable(keyStore.getKey(alias, password));
            if (key.isEmpty() || !(key.get() instanceof PrivateKey privateKey)) {
                throw new PkiException(file + " holds no private key under alias " + alias);
            }
            Optional<Certificate[]> storedChain = Optional.ofNullable(keyStore.getCertificateChain(alias));
            if (storedChain.isEmpty() || storedChain.get().length == 0) {
                throw new PkiException(file + " holds no certificate chain under alias " + alias);
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : storedChain.get()) {
                chain.add((X509Certificate) certificate);
            }
            return new Credential(privateKey, chain.get(0), chain);
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot read the key under alias " + alias + " from " + file, e);
        }
    }
}
