package org.blohub.hub.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.pki.Credential;

/** Writes development-PKI credentials into the PKCS#12 files the broker reads; the files live in a test's temp dir. */
final class TlsStoreFiles {

    private TlsStoreFiles() {
    }

    static Pkcs12Store keyStore(Path file, Credential credential) {
        String password = ApplicationCredentials.randomSecret();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("node-tls", credential.privateKey(), password.toCharArray(),
                    credential.chain().toArray(Certificate[]::new));
            write(store, file, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write test key store " + file, e);
        }
        return new Pkcs12Store(file, password);
    }

    static Pkcs12Store trustStore(Path file, List<X509Certificate> trustAnchors) {
        String password = ApplicationCredentials.randomSecret();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < trustAnchors.size(); i++) {
                store.setCertificateEntry("anchor-" + i, trustAnchors.get(i));
            }
            write(store, file, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write test trust store " + file, e);
        }
        return new Pkcs12Store(file, password);
    }

    private static void write(KeyStore store, Path file, String password) throws GeneralSecurityException, IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
    }
}
