package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.blohub.crypto.testing.OpenSsl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12FilesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final DevelopmentPki PKI = DevelopmentPki.create("Mekong", Clock.fixed(NOW, ZoneOffset.UTC));
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    static Path sharedDirectory;
    private static Credential audit;
    private static Path auditFile;

    @TempDir
    Path directory;

    // PKCS#12 files cost a deliberately slow key derivation; the tests that only read share one file.
    @BeforeAll
    static void writeAuditCredential() {
        audit = PKI.issueAuditSigning("LA-node");
        auditFile = sharedDirectory.resolve("audit.p12");
        Pkcs12Files.write(auditFile, audit, "audit", PASSWORD);
    }

    @Test
    void javasOwnPkcs12KeyStoreLoadsKeyAndChain() throws Exception {
        Credential node = PKI.issueNodeTls("TH-node", List.of("localhost", "127.0.0.1"));
        Path file = directory.resolve("node.p12");

        Pkcs12Files.write(file, node, "th-node", PASSWORD);

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        assertThat(keyStore.getProvider().getName()).isEqualTo("SUN");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, PASSWORD);
        }
        assertThat(keyStore.isKeyEntry("th-node")).isTrue();
        assertThat(keyStore.getKey("th-node", PASSWORD).getEncoded()).isEqualTo(node.privateKey().getEncoded());
        Certificate[] chain = keyStore.getCertificateChain("th-node");
        assertThat(chain).hasSize(3);
        for (int i = 0; i < chain.length; i++) {
            assertThat(chain[i].getEncoded()).isEqualTo(node.chain().get(i).getEncoded());
        }
    }

    @Test
    void ed25519CredentialReadsBackThroughOurOwnReader() {
        Credential read = Pkcs12Files.read(auditFile, "audit", PASSWORD);

        assertThat(read.privateKey().getEncoded()).isEqualTo(audit.privateKey().getEncoded());
        assertThat(read.chain()).containsExactlyElementsOf(audit.chain());
    }

    @Test
    void compositeMlDsaCredentialReadsBackThroughOurOwnReader() {
        KeyPair composite = CompositeKeys.mlDsa65WithEcdsaP256();
        Credential office = PKI.issueOfficeSigning("TH-MAESAI", composite);
        Path file = directory.resolve("pq.p12");

        Pkcs12Files.write(file, office, "pq", PASSWORD);

        assertThat(Pkcs12Files.read(file, "pq", PASSWORD).privateKey().getEncoded())
                .isEqualTo(composite.getPrivate().getEncoded());
    }

    @Test
    void wrongPasswordFailsWithOurOwnException() {
        assertThatThrownBy(() -> Pkcs12Files.read(auditFile, "audit", "wrong".toCharArray()))
                .isInstanceOf(PkiException.class)
                .hasMessageContaining("audit.p12");
    }

    @Test
    void unknownAliasFailsWithOurOwnException() {
        assertThatThrownBy(() -> Pkcs12Files.read(auditFile, "someone-else", PASSWORD))
                .isInstanceOf(PkiException.class)
                .hasMessageContaining("someone-else");
    }

    @Test
    void opensslReadsTheFileAndReportsAes256AndSha256Protection() {
        OpenSsl.Result result = new OpenSsl(directory).attempt("pkcs12", "-info", "-nokeys",
                "-in", auditFile.toString(), "-passin", "pass:" + new String(PASSWORD));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("MAC: sha256")
                .contains("PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC")
                .contains("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC")
                .contains("subject=C = LA, O = BLO Hub DEMO, CN = LA-node")
                .contains("friendlyName: audit");
    }
}
