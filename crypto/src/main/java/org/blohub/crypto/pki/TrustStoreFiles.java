package org.blohub.crypto.pki;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bouncycastle.pkcs.PKCS12SafeBag;

/**
 * A PKCS#12 trust store of CA certificates, e.g. for the TLS links between nodes. Each certificate
 * is a trusted-certificate entry for Java's own PKCS12 key store (and thus for
 * {@code TrustManagerFactory}), aliased by its lower-case subject CN.
 */
public final class TrustStoreFiles {

    private TrustStoreFiles() {
    }

    public static void write(Path file, List<X509Certificate> trustedCertificates, char[] password) {
        if (trustedCertificates.isEmpty()) {
            throw new IllegalArgumentException("a trust store needs at least one certificate");
        }
        Set<String> aliases = new HashSet<>();
        List<PKCS12SafeBag> bags = new ArrayList<>();
        for (X509Certificate certificate : trustedCertificates) {
            String alias = uniqueAlias(CertificateNames.commonName(certificate).toLowerCase(Locale.ROOT), aliases);
            bags.add(Pkcs12Encoding.trusted(Pkcs12Encoding.named(Pkcs12Encoding.certificateBag(certificate), alias))
                    .build());
        }
        Pkcs12Encoding.write(file, bags, List.of(), password);
    }

    public static List<X509Certificate> read(Path file, char[] password) {
        KeyStore keyStore = Pkcs12Encoding.load(file, password);
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (String alias : Collections.list(keyStore.aliases())) {
                if (keyStore.isCertificateEntry(alias)) {
                    certificates.add((X509Certificate) keyStore.getCertificate(alias));
                }
            }
            return List.copyOf(certificates);
        } catch (KeyStoreException e) {
            throw new PkiException("cannot list trusted certificates in " + file, e);
        }
    }

    private static String uniqueAlias(String wanted, Set<String> taken) {
        String alias = wanted;
        for (int suffix = 2; !taken.add(alias); suffix++) {
            alias = wanted + " (" + suffix + ")";
        }
        return alias;
    }
}
