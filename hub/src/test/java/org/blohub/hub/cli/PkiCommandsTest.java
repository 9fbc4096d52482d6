package org.blohub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.blohub.crypto.cms.kem.CompositeSignatureAlgorithm;
import org.blohub.crypto.cms.kem.HybridKemAlgorithm;
import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.CertificateCheckException;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.CertificateProblem;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyUsageRequirement;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.pki.TrustStoreFiles;
import org.blohub.crypto.testing.OpenSsl;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.CryptoProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code pki}: a regional root and a national CA made by the commands, then office and node TLS certificates,
 * revocations and CRLs, each checked with the crypto module's path validator as a receiving node checks them.
 */
class PkiCommandsTest {

    private static final String CA_PASSWORD = "ca-test-password";
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path passwordFile;
    private Path rootDirectory;
    private Path nationalDirectory;
    private NodeMaterial material;

    /** The root and the Thai national CA, made once by the commands (key encryption is slow) and copied into each test. */
    @TempDir
    static Path madeOnce;

    @BeforeAll
    static void createRootAndThaiNationalCa() throws Exception {
        Path password = madeOnce.resolve("ca.password");
        Files.writeString(password, CA_PASSWORD + "\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertThat(new CommandLine(new CreateRootCommand(print(log), print(log), CLOCK)).execute("--organization",
                "Mekong BLO Network", "--name", "Mekong Root CA", "--out", madeOnce.resolve("root").toString(),
                "--out-password-file", password.toString())).as(log.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(new CommandLine(new CreateNationalCaCommand(print(log), print(log), CLOCK)).execute(
                "--ca-key", madeOnce.resolve("root/ca.key.pem").toString(),
                "--ca-cert", madeOnce.resolve("root/ca.pem").toString(), "--ca-password-file", password.toString(),
                "--country", "TH", "--name", "TH National CA", "--out", madeOnce.resolve("th-ca").toString(),
                "--out-password-file", password.toString())).as(log.toString(StandardCharsets.UTF_8)).isZero();
    }

    @BeforeEach
    void copyTheCas() throws Exception {
        passwordFile = directory.resolve("ca.password");
        Files.writeString(passwordFile, CA_PASSWORD + "\n");
        rootDirectory = copy(madeOnce.resolve("root"), directory.resolve("root"));
        nationalDirectory = copy(madeOnce.resolve("th-ca"), directory.resolve("th-ca"));
        material = new NodeMaterial(directory.resolve("material"), "TH");
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    @Test
    void runsEachSubcommandFromThePkiCommandAsTheJarDoes() {
        int exit = new CommandLine(new PkiCommand()).execute("crl", "--ca-key",
                nationalDirectory.resolve("ca.key.pem").toString(), "--ca-cert", nationalDirectory.resolve("ca.pem").toString(),
                "--ca-password-file", passwordFile.toString());

        assertThat(exit).isZero();
    }

    @Nested
    class CreateRoot {

        @Test
        void writesASelfSignedP384RootWithAnEncryptedKeyAndAnEmptyCrl() throws Exception {
            X509Certificate root = root();

            assertThat(root.getSubjectX500Principal().getName()).isEqualTo("CN=Mekong Root CA,O=Mekong BLO Network");
            root.verify(root.getPublicKey());
            assertThat(root.getBasicConstraints()).isEqualTo(1);
            assertThat(root.getSigAlgName()).isEqualTo("SHA384WITHECDSA");
            assertThat(DevelopmentPki.isDemoMaterial(root)).isFalse();
            assertThat(PemFiles.readEncryptedPrivateKey(rootDirectory.resolve("ca.key.pem"), CA_PASSWORD.toCharArray()))
                    .isNotNull();
            assertThat(Files.getPosixFilePermissions(rootDirectory.resolve("ca.key.pem")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            X509CRL crl = PemFiles.readCrls(rootDirectory.resolve("crl.pem")).get(0);
            crl.verify(root.getPublicKey());
            assertThat(crl.getRevokedCertificates()).isNull();
        }

        @Test
        void refusesADirectoryThatHoldsACaKeyAlready() throws Exception {
            byte[] before = Files.readAllBytes(rootDirectory.resolve("ca.key.pem"));

            int exit = run(CreateRootCommand::new, "--organization", "Other", "--name", "Other Root",
                    "--out", rootDirectory.toString(), "--out-password-file", passwordFile.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains(rootDirectory.resolve("ca.key.pem").toString(), "choose another --out directory");
            assertThat(Files.readAllBytes(rootDirectory.resolve("ca.key.pem"))).isEqualTo(before);
        }

        @Test
        void refusesWithoutAPasswordNamingBothWaysToGiveOne() {
            int exit = run(CreateRootCommand::new, "--organization", "Other", "--name", "Other Root",
                    "--out", directory.resolve("other").toString());

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("--out-password-file", NewCaFiles.PASSWORD_VARIABLE);
        }
    }

    @Nested
    class CreateNationalCa {

        @Test
        void issuesACountryCaUnderTheRootWithPathLengthZero() throws Exception {
            List<X509Certificate> chain = PemFiles.readCertificates(nationalDirectory.resolve("ca.pem"));

            assertThat(chain).hasSize(2);
            assertThat(chain.get(1)).isEqualTo(root());
            assertThat(chain.get(0).getSubjectX500Principal().getName())
                    .isEqualTo("CN=TH National CA,O=Mekong BLO Network,C=TH");
            assertThat(chain.get(0).getBasicConstraints()).isZero();
            chain.get(0).verify(root().getPublicKey());
            PemFiles.readCrls(nationalDirectory.resolve("crl.pem")).get(0).verify(chain.get(0).getPublicKey());
        }

        @Test
        void refusesToIssueANationalCaWithANationalCa() {
            int exit = run(CreateNationalCaCommand::new, caOptions("--country", "LA", "--name", "LA National CA",
                    "--out", directory.resolve("la-ca").toString(), "--out-password-file", passwordFile.toString()));

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("is not a root CA");
            assertThat(directory.resolve("la-ca")).doesNotExist();
        }

        @Test
        void refusesACountryThatIsNotTwoLetters() {
            int exit = run(CreateNationalCaCommand::new, "--ca-key", rootDirectory.resolve("ca.key.pem").toString(),
                    "--ca-cert", rootDirectory.resolve("ca.pem").toString(), "--ca-password-file", passwordFile.toString(),
                    "--country", "Thailand", "--name", "X", "--out", directory.resolve("x").toString(),
                    "--out-password-file", passwordFile.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("--country 'Thailand' must be two upper-case letters");
        }
    }

    @Nested
    class IssueOffice {

        @Test
        void writesSigningAndEncryptionKeyStoresWhereTheNodeReadsThemAndBothValidate() throws Exception {
            assertThat(issueOffice("TH-MAESAI")).as(errors()).isZero();

            char[] password = Files.readString(material.password()).strip().toCharArray();
            Credential signing = Pkcs12Files.read(material.officeSigning("TH-MAESAI"), NodeMaterial.SIGNING_ALIAS, password);
            Credential encryption = Pkcs12Files.read(material.officeEncryption("TH-MAESAI"),
                    NodeMaterial.ENCRYPTION_ALIAS, password);
            validator().validate(signing.chain(), CLOCK.instant(), KeyUsageRequirement.SIGNING);
            validator().validate(encryption.chain(), CLOCK.instant(), KeyUsageRequirement.KEY_ESTABLISHMENT);
            assertThat(signing.certificate().getSubjectX500Principal().getName())
                    .isEqualTo("CN=TH-MAESAI,O=Mekong BLO Network,C=TH");
            assertThat(signing.certificate().getKeyUsage()[0]).as("digitalSignature").isTrue();
            assertThat(encryption.certificate().getKeyUsage()[4]).as("keyAgreement").isTrue();
            assertThat(encryption.certificate().getKeyUsage()[0]).as("digitalSignature").isFalse();
            assertThat(PemFiles.readCertificates(NodeKeyStoreFiles.certificateFile(material.officeSigning("TH-MAESAI"))))
                    .containsExactly(signing.certificate());
            assertThat(Files.getPosixFilePermissions(material.password()))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(output()).contains("signingCertificate", "encryptionCertificate");
        }

        @Test
        void issuesPostQuantumHybridKeysThatValidateAndMatchTheRegistrysHybridProfile() throws Exception {
            assertThat(issueOffice("TH-MAESAI", "--profile", "HYBRID")).as(errors()).isZero();

            char[] password = Files.readString(material.password()).strip().toCharArray();
            Credential signing = Pkcs12Files.read(material.officeSigning("TH-MAESAI"), NodeMaterial.SIGNING_ALIAS, password);
            Credential encryption = Pkcs12Files.read(material.officeEncryption("TH-MAESAI"),
                    NodeMaterial.ENCRYPTION_ALIAS, password);
            validator().validate(signing.chain(), CLOCK.instant(), KeyUsageRequirement.SIGNING);
            validator().validate(encryption.chain(), CLOCK.instant(), KeyUsageRequirement.KEY_ESTABLISHMENT);
            assertThat(CompositeSignatureAlgorithm.of(signing.certificate().getPublicKey()))
                    .contains(CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256);
            assertThat(HybridKemAlgorithm.of(encryption.certificate().getPublicKey()))
                    .contains(HybridKemAlgorithm.MLKEM768_ECDH_P256);
            assertThat(CryptoProfile.HYBRID.mismatch(signing.certificate(), encryption.certificate())).isEmpty();
            assertThat(CryptoProfile.CLASSIC.mismatch(signing.certificate(), encryption.certificate())).isPresent();
        }

        @Test
        void usesTheNodesExistingKeyStorePassword() throws Exception {
            Files.createDirectories(material.keys());
            Files.writeString(material.password(), "the-node-password\n");

            assertThat(issueOffice("TH-MAESAI")).as(errors()).isZero();

            assertThatCode(() -> Pkcs12Files.read(material.officeSigning("TH-MAESAI"), NodeMaterial.SIGNING_ALIAS,
                    "the-node-password".toCharArray())).doesNotThrowAnyException();
        }

        @Test
        void refusesAnOfficeOfAnotherCountryThanTheCas() {
            int exit = issueOffice("LA-HOUAYXAY");

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("--office LA-HOUAYXAY does not start with TH-");
            assertThat(material.officeSigning("LA-HOUAYXAY")).doesNotExist();
        }

        @Test
        void refusesToIssueWithTheRegionalRoot() {
            int exit = run(IssueOfficeCommand::new, "--ca-key", rootDirectory.resolve("ca.key.pem").toString(),
                    "--ca-cert", rootDirectory.resolve("ca.pem").toString(), "--ca-password-file", passwordFile.toString(),
                    "--material", material.directory().toString(), "--node", "TH", "--office", "TH-MAESAI");

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("is the regional root", "pki create-ca");
        }

        @Test
        void replacesExistingKeyStoresOnlyWhenAsked() throws Exception {
            assertThat(issueOffice("TH-MAESAI")).isZero();
            byte[] first = Files.readAllBytes(material.officeSigning("TH-MAESAI"));

            assertThat(issueOffice("TH-MAESAI")).isEqualTo(1);
            assertThat(errors()).contains(material.officeSigning("TH-MAESAI").toString(), "pki revoke", "--replace");
            assertThat(Files.readAllBytes(material.officeSigning("TH-MAESAI"))).isEqualTo(first);

            assertThat(issueOffice("TH-MAESAI", "--replace")).isZero();
            assertThat(Files.readAllBytes(material.officeSigning("TH-MAESAI"))).isNotEqualTo(first);
        }

        @Test
        void refusesAWrongCaPasswordNamingTheKeyFile() throws Exception {
            Files.writeString(passwordFile, "wrong");

            int exit = issueOffice("TH-MAESAI");

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains(nationalDirectory.resolve("ca.key.pem").toString(), "wrong password");
        }

        @Test
        void refusesAPemKeyWithoutItsChainSayingWhichOptionToAdd() {
            int exit = run(IssueOfficeCommand::new, "--ca-key", nationalDirectory.resolve("ca.key.pem").toString(),
                    "--ca-password-file", passwordFile.toString(), "--material", material.directory().toString(),
                    "--node", "TH", "--office", "TH-MAESAI");

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("--ca-cert is missing", nationalDirectory.resolve("ca.pem").toString());
        }
    }

    @Nested
    class ExistingCaInPkcs12 {

        @Test
        void issuesWithANationalCaKeptInAPkcs12File() throws Exception {
            CertificateAuthority root = CertificateAuthority.createRegionalRoot("Existing PKI", "Existing Root", CLOCK);
            CertificateAuthority national = root.createNationalCa("Existing TH CA", "TH");
            Path p12 = directory.resolve("existing/th-ca.p12");
            Files.createDirectories(p12.getParent());
            Pkcs12Files.write(p12, national.credential(), "ca", CA_PASSWORD.toCharArray());

            int exit = run(IssueOfficeCommand::new, "--ca-key", p12.toString(), "--ca-password-file",
                    passwordFile.toString(), "--material", material.directory().toString(), "--node", "TH",
                    "--office", "TH-MAESAI");

            assertThat(exit).as(errors()).isZero();
            Credential signing = Pkcs12Files.read(material.officeSigning("TH-MAESAI"), NodeMaterial.SIGNING_ALIAS,
                    Files.readString(material.password()).toCharArray());
            new CertificatePathValidator(List.of(root.certificate()), List.of(),
                    List.of(root.currentCrl(), national.currentCrl()))
                    .validate(signing.chain(), CLOCK.instant(), KeyUsageRequirement.SIGNING);
            assertThat(signing.certificate().getIssuerX500Principal()).isEqualTo(national.certificate().getSubjectX500Principal());
        }
    }

    @Nested
    class IssueNodeTls {

        @Test
        void writesTheTlsKeyStoreAndTrustStoreThatJavaAndOpensslAccept() throws Exception {
            int exit = run(IssueNodeTlsCommand::new, caOptions("--material", material.directory().toString(),
                    "--node", "TH", "--host", "th.blohub.example", "--host", "10.0.0.5"));

            assertThat(exit).as(errors()).isZero();
            char[] password = Files.readString(material.password()).toCharArray();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(material.tlsKeyStore())) {
                keyStore.load(in, password);
            }
            X509Certificate tls = (X509Certificate) keyStore.getCertificate(NodeMaterial.TLS_ALIAS);
            assertThat(keyStore.getCertificateChain(NodeMaterial.TLS_ALIAS)).hasSize(3);
            assertThat(tls.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
            assertThat(tls.getSubjectAlternativeNames().stream().map(name -> (Object) name.get(1)).toList())
                    .containsExactly((Object) "th.blohub.example", "10.0.0.5");
            assertThat(TrustStoreFiles.read(material.trustStore(), password)).containsExactly(root());

            assumeThat(OpenSsl.available()).as("openssl on the PATH").isTrue();
            OpenSsl openssl = new OpenSsl(directory);
            String verified = openssl.run("verify", "-purpose", "sslserver", "-x509_strict",
                    "-CAfile", rootDirectory.resolve("ca.pem").toString(),
                    "-untrusted", nationalDirectory.resolve("ca.pem").toString(),
                    NodeKeyStoreFiles.certificateFile(material.tlsKeyStore()).toString());
            assertThat(verified).contains(": OK");
        }

        @Test
        void refusesAHostThatIsNoDnsNameOrAddress() {
            int exit = run(IssueNodeTlsCommand::new, caOptions("--material", material.directory().toString(),
                    "--node", "TH", "--host", "th blohub/example"));

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("--host 'th blohub/example' must be a DNS name or an IP address");
            assertThat(material.tlsKeyStore()).doesNotExist();
        }
    }

    @Nested
    class RevokeAndCrl {

        @Test
        void aRevokedSigningCertificateIsRefusedFromTheRevocationTimeOnAndValidBefore() throws Exception {
            assertThat(issueOffice("TH-MAESAI")).isZero();
            Instant revokedAt = CLOCK.instant().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
            Path nodeCrls = directory.resolve("material/pki/crls.pem");
            Files.createDirectories(nodeCrls.getParent());
            PemFiles.writeCrls(nodeCrls, PemFiles.readCrls(rootDirectory.resolve("crl.pem")));

            int exit = run(RevokeCertificateCommand::new, caOptions("--certificate", signingCertificate().toString(),
                    "--at", revokedAt.toString(), "--crls", nodeCrls.toString()));

            assertThat(exit).as(errors()).isZero();
            List<X509CRL> published = PemFiles.readCrls(nodeCrls);
            assertThat(published).extracting(crl -> crl.getIssuerX500Principal().getName())
                    .containsExactlyInAnyOrder("CN=Mekong Root CA,O=Mekong BLO Network",
                            "CN=TH National CA,O=Mekong BLO Network,C=TH");
            CertificatePathValidator validator = new CertificatePathValidator(List.of(root()), List.of(), published);
            List<X509Certificate> chain = signingChain();
            assertThatCode(() -> validator.validate(chain, revokedAt.minusSeconds(1), KeyUsageRequirement.SIGNING))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> validator.validate(chain, revokedAt, KeyUsageRequirement.SIGNING))
                    .isInstanceOfSatisfying(CertificateCheckException.class,
                            e -> assertThat(e.problem()).isEqualTo(CertificateProblem.REVOKED));
        }

        @Test
        void revocationsAreKeptAcrossCommandsAndEachCrlHasTheNextNumber() throws Exception {
            assertThat(issueOffice("TH-MAESAI")).isZero();
            assertThat(issueOffice("TH-CHIANGKHONG")).isZero();
            Path first = signingCertificate();
            Path second = NodeKeyStoreFiles.certificateFile(material.officeSigning("TH-CHIANGKHONG"));

            assertThat(run(RevokeCertificateCommand::new, caOptions("--certificate", first.toString()))).isZero();
            assertThat(run(RevokeCertificateCommand::new, caOptions("--certificate", second.toString()))).isZero();
            assertThat(run(PublishCrlCommand::new, caOptions())).isZero();

            X509CRL crl = PemFiles.readCrls(nationalDirectory.resolve("crl.pem")).get(0);
            assertThat(crl.getRevokedCertificate(PemFiles.readCertificates(first).get(0).getSerialNumber())).isNotNull();
            assertThat(crl.getRevokedCertificate(PemFiles.readCertificates(second).get(0).getSerialNumber())).isNotNull();
            assertThat(output()).contains("number 4,");
            assertThat(crl.getNextUpdate().toInstant()).isAfter(CLOCK.instant().plus(Duration.ofDays(6)));
        }

        @Test
        void refusesToRevokeACertificateAnotherCaIssued() throws Exception {
            Credential foreign = DevelopmentPki.create("Other", CLOCK).issueOfficeSigning("TH-MAESAI",
                    org.blohub.crypto.pki.KeyAlgorithm.EC_P256);
            Path foreignFile = directory.resolve("foreign.pem");
            PemFiles.writeCertificates(foreignFile, List.of(foreign.certificate()));
            byte[] stateBefore = Files.readAllBytes(nationalDirectory.resolve(CaState.FILE_NAME));

            int exit = run(RevokeCertificateCommand::new, caOptions("--certificate", foreignFile.toString()));

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains(foreignFile.toString(), "was not issued by", "use the CA that issued it");
            assertThat(Files.readAllBytes(nationalDirectory.resolve(CaState.FILE_NAME))).isEqualTo(stateBefore);
        }

        @Test
        void refusesARevocationTimeInTheFuture() throws Exception {
            assertThat(issueOffice("TH-MAESAI")).isZero();

            int exit = run(RevokeCertificateCommand::new, caOptions("--certificate", signingCertificate().toString(),
                    "--at", CLOCK.instant().plus(Duration.ofHours(1)).toString()));

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("is in the future");
        }

        @Test
        void refusesToMoveAnExistingRevocationLater() throws Exception {
            assertThat(issueOffice("TH-MAESAI")).isZero();
            Instant compromised = CLOCK.instant().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
            assertThat(run(RevokeCertificateCommand::new, caOptions("--certificate", signingCertificate().toString(),
                    "--at", compromised.toString()))).isZero();

            int exit = run(RevokeCertificateCommand::new, caOptions("--certificate", signingCertificate().toString()));

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).contains("revoked already since " + compromised);
            X509CRL crl = PemFiles.readCrls(nationalDirectory.resolve("crl.pem")).get(0);
            assertThat(crl.getRevokedCertificates()).singleElement()
                    .satisfies(entry -> assertThat(entry.getRevocationDate().toInstant()).isEqualTo(compromised));
        }

        private Path signingCertificate() {
            return NodeKeyStoreFiles.certificateFile(material.officeSigning("TH-MAESAI"));
        }

        private List<X509Certificate> signingChain() throws Exception {
            return Pkcs12Files.read(material.officeSigning("TH-MAESAI"), NodeMaterial.SIGNING_ALIAS,
                    Files.readString(material.password()).toCharArray()).chain();
        }
    }

    private int issueOffice(String office, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--material", material.directory().toString(), "--node", "TH",
                "--office", office));
        arguments.addAll(List.of(more));
        return run(IssueOfficeCommand::new, caOptions(arguments.toArray(String[]::new)));
    }

    /** The Thai national CA's options followed by the given ones. */
    private String[] caOptions(String... more) {
        List<String> arguments = new ArrayList<>(List.of("--ca-key", nationalDirectory.resolve("ca.key.pem").toString(),
                "--ca-cert", nationalDirectory.resolve("ca.pem").toString(), "--ca-password-file", passwordFile.toString()));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    private CertificatePathValidator validator() throws Exception {
        List<X509CRL> crls = new ArrayList<>(PemFiles.readCrls(rootDirectory.resolve("crl.pem")));
        crls.addAll(PemFiles.readCrls(nationalDirectory.resolve("crl.pem")));
        return new CertificatePathValidator(List.of(root()), List.of(), crls);
    }

    private X509Certificate root() {
        return PemFiles.readCertificates(rootDirectory.resolve("ca.pem")).get(0);
    }

    private int run(TriFunction command, String... arguments) {
        err.reset();
        return new CommandLine(command.apply(print(out), print(err), CLOCK)).execute(arguments);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface TriFunction {
        Object apply(PrintStream out, PrintStream err, Clock clock);
    }
}
