package org.blohub.hub.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.pki.TrustStoreFiles;

/**
 * Writes development-PKI credentials into the PKCS#12 files the broker reads, in a test's temp dir.
 *
 * <p>Artemis reads the stores again for every outgoing connection attempt of a bridge. With the
 * crypto module's 600,000 PBKDF2 iterations that costs seconds of CPU per attempt on a loaded
 * 2-core machine, so most tests use the JDK's own PKCS#12 protection; {@link #PKI_MODULE} proves the
 * broker reads the files the node really uses.
 */
enum TlsStoreFiles {

    /** {@code KeyStore.getInstance("PKCS12")} with the JDK's default protection (10,000 iterations). */
    JDK {
        @Override
        void writeKeyStore(Path file, Credential credential, String password) {
            KeyStore store = emptyStore();
            try {
                store.setKeyEntry(ALIAS, credential.privateKey(), password.toCharArray(),
                        credential.chain().toArray(Certificate[]::new));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot put the test key into a key store", e);
            }
            save(store, file, password);
        }

        @Override
        void writeTrustStore(Path file, List<X509Certificate> trustAnchors, String password) {
            KeyStore store = emptyStore();
            try {
                for (int i = 0; i < trustAnchors.size(); i++) {
                    store.setCertificateEntry("anchor-" + i, trustAnchors.get(i));
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot put the test trust anchors into a trust store", e);
            }
            save(store, file, password);
        }
    },

    /** The crypto module's {@link Pkcs12Files} and {@link TrustStoreFiles}, as a node's real stores are written. */
    PKI_MODULE {
        @Override
        void writeKeyStore(Path file, Credential credential, String password) {
            Pkcs12Files.write(file, credential, ALIAS, password.toCharArray());
        }

        @Override
        void writeTrustStore(Path file, List<X509Certificate> trustAnchors, String password) {
            TrustStoreFiles.write(file, trustAnchors, password.toCharArray());
        }
    };

    private static final String ALIAS = "node-tls";

    abstract void writeKeyStore(Path file, Credential credential, String password);

    abstract void writeTrustStore(Path file, List<X509Certificate> trustAnchors, String password);

    Pkcs12Store keyStore(Path file, Credential credential) {
        String password = ApplicationCredentials.randomSecret();
        createParent(file);
        writeKeyStore(file, credential, password);
        return new Pkcs12Store(file, password);
    }

    Pkcs12Store trustStore(Path file, List<X509Certificate> trustAnchors) {
        String password = ApplicationCredentials.randomSecret();
        createParent(file);
        writeTrustStore(file, trustAnchors, password);
        return new Pkcs12Store(file, password);
    }

    private static KeyStore emptyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("no PKCS12 key store in this JDK", e);
        }
    }

    private static void save(KeyStore store, Path file, String password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write test store " + file, e);
        }
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
    }
}
