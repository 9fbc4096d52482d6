package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.blohub.crypto.testing.OpenSsl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustStoreFilesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final DevelopmentPki PKI = DevelopmentPki.create("Mekong", Clock.fixed(NOW, ZoneOffset.UTC));
    private static final char[] PASSWORD = "changeit-but-longer".toCharArray();

    @TempDir
    Path directory;

    @Test
    void javasOwnPkcs12KeyStoreSeesEveryCaAsATrustedCertificateEntry() throws Exception {
        List<X509Certificate> cas = List.of(PKI.root().certificate(), PKI.nationalCa("TH").certificate());
        Path file = directory.resolve("truststore.p12");

        TrustStoreFiles.write(file, cas, PASSWORD);

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, PASSWORD);
        }
        assertThat(Collections.list(keyStore.aliases()))
                .containsExactlyInAnyOrder("blo hub mekong root ca (demo)", "blo hub th national ca (demo)");
        assertThat(keyStore.isCertificateEntry("blo hub mekong root ca (demo)")).isTrue();
        assertThat(keyStore.getCertificate("blo hub mekong root ca (demo)")).isEqualTo(PKI.root().certificate());
    }

    @Test
    void tlsTrustManagerBuiltFromTheFileAcceptsANodeCertificateOfThePki() throws Exception {
        Path file = directory.resolve("truststore.p12");
        TrustStoreFiles.write(file, List.of(PKI.root().certificate()), PASSWORD);
        Credential node = PKI.issueNodeTls("LA-node", List.of("localhost"));

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, PASSWORD);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(keyStore);
        X509TrustManager trustManager = (X509TrustManager) Arrays.stream(factory.getTrustManagers())
                .filter(X509TrustManager.class::isInstance).findFirst().orElseThrow();

        assertThat(trustManager.getAcceptedIssuers()).containsExactly(PKI.root().certificate());
        trustManager.checkServerTrusted(node.chain().toArray(X509Certificate[]::new), "ECDHE_ECDSA");
    }

    @Test
    void certificatesReadBackThroughOurOwnReader() {
        List<X509Certificate> cas = List.of(PKI.root().certificate(), PKI.nationalCa("LA").certificate());
        Path file = directory.resolve("truststore.p12");

        TrustStoreFiles.write(file, cas, PASSWORD);

        assertThat(TrustStoreFiles.read(file, PASSWORD)).containsExactlyInAnyOrderElementsOf(cas);
    }

    @Test
    void opensslReadsTheTrustStore() {
        Path file = directory.resolve("truststore.p12");
        TrustStoreFiles.write(file, List.of(PKI.root().certificate()), PASSWORD);

        OpenSsl.Result result = new OpenSsl(directory).attempt("pkcs12", "-info", "-nokeys", "-in", file.toString(),
                "-passin", "pass:" + new String(PASSWORD));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("subject=O = BLO Hub DEMO, CN = BLO Hub Mekong Root CA (DEMO)")
                .contains("MAC: sha256");
    }
}
