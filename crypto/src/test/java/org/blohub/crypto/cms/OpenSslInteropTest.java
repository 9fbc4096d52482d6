package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;
import static org.blohub.crypto.cms.TestNetwork.TACHILEIK;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.blohub.crypto.pki.CertificatePurpose;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.testing.OpenSsl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the default profile is standard CMS: OpenSSL 3 opens what we seal, and we open what
 * OpenSSL seals. The commands are the ones documented in docs/crypto.md.
 */
class OpenSslInteropTest {

    private static final byte[] CONTENT = "{\"kind\":\"ALERT\",\"body\":\"interop \u0e41\u0e21\u0e48\u0e2a\u0e32\u0e22\"}"
            .getBytes(StandardCharsets.UTF_8);

    /** Certificates valid around the real time, since OpenSSL signs with the wall clock. */
    private static final TestNetwork NETWORK = new TestNetwork("Interop", Clock.systemUTC());

    @BeforeAll
    static void requireOpenSsl() {
        assumeThat(OpenSsl.available()).as("openssl on the PATH").isTrue();
    }

    @Nested
    class OpenSslOpensWhatWeSeal {

        @Test
        void decryptsWithTheRecipientKeyAndVerifiesTheSignatureUpToTheRoot(@TempDir Path directory) throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            byte[] envelope = new CmsSealer(Clock.systemUTC())
                    .seal(CONTENT, signing, sender.certificate(), List.of(recipient.certificate()));
            OpenSsl openssl = new OpenSsl(directory);
            openssl.writeCertificates("root.pem", NETWORK.pki().root().certificate());

            decryptToSignedDer(openssl, envelope, recipient);
            String verification = openssl.run("cms", "-verify", "-inform", "DER", "-in", "signed.der",
                    "-CAfile", "root.pem", "-purpose", "any", "-binary", "-out", "content.bin");

            assertThat(verification).contains("Verification successful");
            assertThat(Files.readAllBytes(openssl.path("content.bin"))).isEqualTo(CONTENT);
        }

        @Test
        void eachOfThreeRecipientsSharingOneKeyAgreeRecipientInfoDecryptsWithItsOwnKey(@TempDir Path directory)
                throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            Credential tachileik = NETWORK.encryption(TACHILEIK, KeyAlgorithm.EC_P256);
            byte[] envelope = new CmsSealer(Clock.systemUTC()).seal(CONTENT, signing, sender.certificate(),
                    List.of(houayxay.certificate(), tachileik.certificate()));
            assertThat(EnvelopeInspection.encryptedKeysPerRecipientInfo(envelope)).containsExactly(3);
            OpenSsl openssl = new OpenSsl(directory);
            openssl.writeCertificates("root.pem", NETWORK.pki().root().certificate());

            for (Credential recipient : List.of(sender, houayxay, tachileik)) {
                Files.deleteIfExists(openssl.path("signed.der"));
                Files.deleteIfExists(openssl.path("content.bin"));
                decryptToSignedDer(openssl, envelope, recipient);
                String verification = openssl.run("cms", "-verify", "-inform", "DER", "-in", "signed.der",
                        "-CAfile", "root.pem", "-purpose", "any", "-binary", "-out", "content.bin");

                assertThat(verification).contains("Verification successful");
                assertThat(Files.readAllBytes(openssl.path("content.bin"))).isEqualTo(CONTENT);
            }
        }

        @Test
        void checksTheSignersRevocationWithTheCrlsAppendedToTheRootFile(@TempDir Path directory) throws Exception {
            Instant now = Instant.now();
            Credential signing = NETWORK.issue(MAE_SAI, KeyAlgorithm.EC_P256, CertificatePurpose.OFFICE_SIGNING,
                    now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)));
            Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            byte[] envelope = new CmsSealer(Clock.systemUTC())
                    .seal(CONTENT, signing, recipient.certificate(), List.of());
            OpenSsl openssl = new OpenSsl(directory);
            decryptToSignedDer(openssl, envelope, recipient);
            writeRootAndCrls(openssl, "root-and-crls.pem");

            String beforeRevocation = openssl.run("cms", "-verify", "-inform", "DER", "-in", "signed.der",
                    "-CAfile", "root-and-crls.pem", "-crl_check_all", "-purpose", "any", "-binary", "-out", "content.bin");
            NETWORK.pki().nationalCa("TH").revoke(signing.certificate(), now.minus(Duration.ofMinutes(1)));
            writeRootAndCrls(openssl, "root-and-crls.pem");
            OpenSsl.Result afterRevocation = openssl.attempt("cms", "-verify", "-inform", "DER", "-in", "signed.der",
                    "-CAfile", "root-and-crls.pem", "-crl_check_all", "-purpose", "any", "-binary", "-out", "content.bin");

            assertThat(beforeRevocation).contains("Verification successful");
            assertThat(afterRevocation.exitCode()).isNotZero();
            assertThat(afterRevocation.output()).contains("certificate revoked");
        }

        private void writeRootAndCrls(OpenSsl openssl, String fileName) throws Exception {
            openssl.writeCertificates("root.pem", NETWORK.pki().root().certificate());
            PemFiles.writeCrls(openssl.path("crls.pem"), NETWORK.pki().crls());
            Files.writeString(openssl.path(fileName),
                    Files.readString(openssl.path("root.pem")) + Files.readString(openssl.path("crls.pem")));
        }

        @Test
        void refusesToVerifyWhenTrustingAnotherRoot(@TempDir Path directory) throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            byte[] envelope = new CmsSealer(Clock.systemUTC())
                    .seal(CONTENT, signing, recipient.certificate(), List.of());
            OpenSsl openssl = new OpenSsl(directory);
            openssl.writeCertificates("other-root.pem",
                    new TestNetwork("Other", Clock.systemUTC()).pki().root().certificate());

            decryptToSignedDer(openssl, envelope, recipient);
            OpenSsl.Result verification = openssl.attempt("cms", "-verify", "-inform", "DER", "-in",
                    "signed.der", "-CAfile", "other-root.pem", "-purpose", "any", "-binary", "-out", "content.bin");

            assertThat(verification.exitCode()).isNotZero();
            assertThat(verification.output()).contains("unable to get local issuer certificate");
        }
    }

    @Nested
    class WeOpenWhatOpenSslSeals {

        @Test
        void opensAnEcdsaSignedEcdhEncryptedEnvelopeAndReportsTheOpenSslSigner(@TempDir Path directory)
                throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            OpenSsl openssl = signWithOpenSsl(directory, signing);
            openssl.writeCertificates("r.pem", recipient.certificate());

            openssl.run("cms", "-encrypt", "-binary", "-in", "signed.der", "-aes-256-gcm", "-outform", "DER",
                    "-out", "env.der", "-recip", "r.pem", "-keyopt", "ecdh_kdf_md:sha256");

            OpenedEnvelope opened = NETWORK.opener().open(Files.readAllBytes(openssl.path("env.der")), recipient,
                    "openssl-ec");
            assertThat(opened.content()).isEqualTo(CONTENT);
            assertThat(opened.signerCertificate()).isEqualTo(signing.certificate());
            assertThat(opened.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
        }

        @Test
        void opensAnRsaOaepEncryptedEnvelope(@TempDir Path directory) throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.RSA_3072);
            OpenSsl openssl = signWithOpenSsl(directory, signing);
            openssl.writeCertificates("r.pem", recipient.certificate());

            openssl.run("cms", "-encrypt", "-binary", "-in", "signed.der", "-aes-256-gcm", "-outform", "DER",
                    "-out", "env.der", "-recip", "r.pem", "-keyopt", "rsa_padding_mode:oaep",
                    "-keyopt", "rsa_oaep_md:sha256", "-keyopt", "rsa_mgf1_md:sha256");

            OpenedEnvelope opened = NETWORK.opener().open(Files.readAllBytes(openssl.path("env.der")), recipient,
                    "openssl-rsa");
            assertThat(opened.content()).isEqualTo(CONTENT);
            assertThat(opened.signerCertificate()).isEqualTo(signing.certificate());
        }

        @Test
        void refusesOpenSslsDefaultSha1KeyDerivation(@TempDir Path directory) throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            OpenSsl openssl = signWithOpenSsl(directory, signing);
            openssl.writeCertificates("r.pem", recipient.certificate());

            openssl.run("cms", "-encrypt", "-binary", "-in", "signed.der", "-aes-256-gcm", "-outform", "DER",
                    "-out", "env.der", "-recip", "r.pem");

            byte[] envelope = Files.readAllBytes(openssl.path("env.der"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> NETWORK.opener().open(envelope, recipient, "sha1"))
                    .isInstanceOfSatisfying(OpenRefusedException.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.UNSUPPORTED_ALGORITHM));
        }

        private OpenSsl signWithOpenSsl(Path directory, Credential signing) throws Exception {
            OpenSsl openssl = new OpenSsl(directory);
            Files.write(openssl.path("content.bin"), CONTENT);
            openssl.writeCertificates("s.pem", signing.certificate());
            openssl.writePrivateKey("s.key", signing.privateKey());
            openssl.writeCertificates("ca.pem", signing.chain().get(1));
            openssl.run("cms", "-sign", "-binary", "-nodetach", "-outform", "DER", "-in", "content.bin",
                    "-signer", "s.pem", "-inkey", "s.key", "-certfile", "ca.pem", "-md", "sha256", "-out", "signed.der");
            return openssl;
        }
    }

    /** Decrypts with openssl, as a recipient would, into {@code signed.der}: the SignedData still to verify. */
    private static void decryptToSignedDer(OpenSsl openssl, byte[] envelope, Credential recipient) throws Exception {
        Files.write(openssl.path("env.der"), envelope);
        openssl.writeCertificates("rcpt.pem", recipient.certificate());
        openssl.writePrivateKey("rcpt.key", recipient.privateKey());
        openssl.run("cms", "-decrypt", "-inform", "DER", "-in", "env.der", "-recip", "rcpt.pem",
                "-inkey", "rcpt.key", "-binary", "-out", "signed.der");
    }
}
