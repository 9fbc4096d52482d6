package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.testing.OpenSsl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemFilesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final DevelopmentPki PKI = DevelopmentPki.create("Mekong", Clock.fixed(NOW, ZoneOffset.UTC));
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    static Path sharedDirectory;
    private static Credential office;
    private static Path officeKeyFile;

    @TempDir
    Path directory;

    // Key files cost a deliberately slow key derivation; the tests that only read share one file.
    @BeforeAll
    static void writeOfficeKey() {
        office = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
        officeKeyFile = sharedDirectory.resolve("office.key.pem");
        PemFiles.writeEncryptedPrivateKey(officeKeyFile, office.privateKey(), PASSWORD);
    }

    @Nested
    class Certificates {

        @Test
        void certificateChainReadsBackInOrder() {
            Credential office = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Path file = directory.resolve("chain.pem");

            PemFiles.writeCertificates(file, office.chain());

            assertThat(PemFiles.readCertificates(file)).containsExactlyElementsOf(office.chain());
        }

        @Test
        void opensslParsesTheWrittenCertificate() {
            Credential office = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.ED25519);
            Path file = directory.resolve("cert.pem");
            PemFiles.writeCertificates(file, List.of(office.certificate()));

            OpenSsl.Result result = new OpenSsl(directory).attempt("x509", "-in", file.toString(), "-noout", "-text");

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output())
                    .contains("Subject: C = TH, O = BLO Hub DEMO, CN = TH-MAESAI")
                    .contains("Issuer: C = TH, O = BLO Hub DEMO, CN = BLO Hub TH National CA (DEMO)")
                    .contains("ED25519")
                    .contains("Digital Signature, Non Repudiation");
        }

        @Test
        void opensslVerifiesTheWrittenChainAgainstTheWrittenRoot() {
            Credential office = PKI.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.X25519);
            Path root = directory.resolve("root.pem");
            Path intermediate = directory.resolve("national.pem");
            Path leaf = directory.resolve("leaf.pem");
            PemFiles.writeCertificates(root, List.of(PKI.root().certificate()));
            PemFiles.writeCertificates(intermediate, List.of(PKI.nationalCa("TH").certificate()));
            PemFiles.writeCertificates(leaf, List.of(office.certificate()));

            OpenSsl.Result result = new OpenSsl(directory).attempt("verify",
                    "-attime", String.valueOf(NOW.getEpochSecond()), "-CAfile", root.toString(),
                    "-untrusted", intermediate.toString(), leaf.toString());

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains(": OK");
        }

        @Test
        void refusesFileHoldingSomethingOtherThanCertificates() {
            Path file = directory.resolve("crl.pem");
            PemFiles.writeCrls(file, List.of(PKI.root().currentCrl()));

            assertThatThrownBy(() -> PemFiles.readCertificates(file))
                    .isInstanceOf(PkiException.class)
                    .hasMessageContaining("crl.pem");
        }
    }

    @Nested
    class Crls {

        @Test
        void crlsReadBackWithTheirRevocations() {
            Credential office = PKI.issueOfficeSigning("LA-HUAYXAI", KeyAlgorithm.EC_P256);
            PKI.nationalCa("LA").revoke(office.certificate(), NOW);
            List<X509CRL> crls = List.of(PKI.root().currentCrl(), PKI.nationalCa("LA").currentCrl());
            Path file = directory.resolve("crls.pem");

            PemFiles.writeCrls(file, crls);

            List<X509CRL> read = PemFiles.readCrls(file);
            assertThat(read).containsExactlyElementsOf(crls);
            assertThat(read.get(1).isRevoked(office.certificate())).isTrue();
        }

        @Test
        void opensslParsesTheWrittenCrl() {
            Credential office = PKI.issueOfficeSigning("LA-VIENTIANE", KeyAlgorithm.EC_P256);
            PKI.nationalCa("LA").revoke(office.certificate(), NOW);
            Path file = directory.resolve("crl.pem");
            PemFiles.writeCrls(file, List.of(PKI.nationalCa("LA").currentCrl()));

            OpenSsl.Result result = new OpenSsl(directory).attempt("crl", "-in", file.toString(), "-noout", "-text");

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output())
                    .contains("Issuer: C = LA, O = BLO Hub DEMO, CN = BLO Hub LA National CA (DEMO)")
                    .containsIgnoringCase(office.certificate().getSerialNumber().toString(16))
                    .contains("Key Compromise");
        }
    }

    @Nested
    class Text {

        @Test
        void certificateTextIsWhatTheFileHoldsAndReadsBack() throws Exception {
            Credential office = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Path file = directory.resolve("chain.pem");
            PemFiles.writeCertificates(file, office.chain());

            String text = PemFiles.certificatesPem(office.chain());

            assertThat(text).isEqualTo(Files.readString(file));
            assertThat(PemFiles.certificatesFromPem("chain.pem", text)).containsExactlyElementsOf(office.chain());
        }

        @Test
        void crlTextReadsBack() {
            List<X509CRL> crls = List.of(PKI.root().currentCrl());

            assertThat(PemFiles.crlsFromPem("crls.pem", PemFiles.crlsPem(crls))).containsExactlyElementsOf(crls);
        }

        @Test
        void refusesDamagedBase64NamingTheSource() {
            String text = PemFiles.crlsPem(List.of(PKI.root().currentCrl()));
            String damaged = text.replaceFirst("\n[A-Za-z0-9+/]{8}", "\n!!!!!!!!");

            assertThatThrownBy(() -> PemFiles.crlsFromPem("bundle/crls.pem", damaged))
                    .isInstanceOf(PkiException.class)
                    .hasMessageContaining("bundle/crls.pem");
        }

        @Test
        void refusesCertificateTextHoldingACrl() {
            String crl = PemFiles.crlsPem(List.of(PKI.root().currentCrl()));

            assertThatThrownBy(() -> PemFiles.certificatesFromPem("chain-TH.pem", crl))
                    .isInstanceOf(PkiException.class)
                    .hasMessageContaining("chain-TH.pem")
                    .hasMessageContaining("certificate was expected");
        }
    }

    @Nested
    class PrivateKeys {

        @Test
        void encryptedKeysOfOtherAlgorithmsReadBackWithThePassword() {
            for (KeyAlgorithm algorithm : List.of(KeyAlgorithm.ED25519, KeyAlgorithm.X25519)) {
                var keys = algorithm.generateKeyPair();
                Path file = directory.resolve(algorithm + ".key.pem");

                PemFiles.writeEncryptedPrivateKey(file, keys.getPrivate(), PASSWORD);

                assertThat(PemFiles.readEncryptedPrivateKey(file, PASSWORD).getEncoded())
                        .as(algorithm.name()).isEqualTo(keys.getPrivate().getEncoded());
            }
        }

        @Test
        void encryptedCompositeMlKemKeyReadsBackWithThePassword() {
            var keys = CompositeKeys.mlKem768WithX25519();
            Path file = directory.resolve("composite.key.pem");

            PemFiles.writeEncryptedPrivateKey(file, keys.getPrivate(), PASSWORD);

            assertThat(PemFiles.readEncryptedPrivateKey(file, PASSWORD).getEncoded())
                    .isEqualTo(keys.getPrivate().getEncoded());
        }

        @Test
        void keyReadBackStillSignsForItsCertificate() throws Exception {
            Signature signer = Signature.getInstance("SHA256withECDSA", CryptoProvider.bouncyCastle());
            signer.initSign(PemFiles.readEncryptedPrivateKey(officeKeyFile, PASSWORD));
            signer.update(new byte[] {1, 2, 3});
            byte[] signature = signer.sign();

            Signature verifier = Signature.getInstance("SHA256withECDSA", CryptoProvider.bouncyCastle());
            verifier.initVerify(office.certificate());
            verifier.update(new byte[] {1, 2, 3});
            assertThat(verifier.verify(signature)).isTrue();
        }

        @Test
        void keyFileIsEncryptedAndReadableByTheOwnerOnly() throws Exception {
            assertThat(Files.readString(officeKeyFile)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
                    .doesNotContain("BEGIN PRIVATE KEY").doesNotContain("BEGIN EC PRIVATE KEY");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(officeKeyFile)))
                    .isEqualTo("rw-------");
        }

        @Test
        void wrongPasswordFailsWithOurOwnException() {
            assertThatThrownBy(() -> PemFiles.readEncryptedPrivateKey(officeKeyFile, "wrong".toCharArray()))
                    .isInstanceOf(PkiException.class)
                    .hasMessageContaining("wrong password")
                    .hasMessageContaining("office.key.pem");
        }

        @Test
        void opensslDecryptsTheKeyWithAes256AndPbkdf2() {
            OpenSsl.Result structure = new OpenSsl(directory).attempt("asn1parse", "-in", officeKeyFile.toString());
            OpenSsl.Result decrypted = new OpenSsl(directory).attempt("pkey", "-in", officeKeyFile.toString(),
                    "-passin", "pass:" + new String(PASSWORD), "-noout", "-text");

            assertThat(structure.output()).contains("PBES2").contains("PBKDF2").contains("aes-256-cbc")
                    .contains("hmacWithSHA256");
            assertThat(decrypted.exitCode()).as(decrypted.output()).isZero();
            assertThat(decrypted.output()).contains("ASN1 OID: prime256v1");
        }
    }
}
