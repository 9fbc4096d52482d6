package org.blohub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.hub.audit.NodeAuditKeyFiles;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.registry.TwoNodeRegistryTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A registry made only with the commands: the root and two national CAs, the registry signer, node TLS and office
 * certificates, audit keys ({@code pki}), then {@code registry assemble} and {@code registry sign}; the result is
 * loaded with the node's own {@link RegistryLoader}.
 */
class RegistryFromPkiCommandsTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final String PASSWORD = "walkthrough-test-password";
    private static final String TEMPLATE = TwoNodeRegistryTemplate.of("blo.test.example", "H2");

    @TempDir
    static Path directory;

    private static Path password;
    private static Path template;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void makeTheCasTheNodesCertificatesAndTheirAuditKeys() throws Exception {
        password = directory.resolve("ca.password");
        Files.writeString(password, PASSWORD + "\n");
        template = directory.resolve("network.yaml");
        Files.writeString(template, TEMPLATE);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        require(log, new CommandLine(new CreateRootCommand(print(log), print(log), CLOCK)).execute("--organization",
                "Test BLO Network", "--name", "Test Root CA", "--out", path("root"), "--out-password-file", path("ca.password")));
        for (String country : List.of("TH", "LA")) {
            require(log, new CommandLine(new CreateNationalCaCommand(print(log), print(log), CLOCK)).execute(
                    rootOptions("--country", country, "--name", country + " National CA", "--out", path(country),
                            "--out-password-file", path("ca.password"))));
        }
        require(log, new CommandLine(new IssueRegistrySignerCommand(print(log), print(log), CLOCK)).execute(rootOptions(
                "--name", "Test Registry Signer", "--out", path("signer/registry-signer.p12"),
                "--out-password-file", path("ca.password"))));
        issueNode(log, "TH", "TH-CHIANGKHONG");
        issueNode(log, "LA", "LA-HOUAYXAY");
    }

    private static void issueNode(ByteArrayOutputStream log, String node, String office) {
        String[] ca = {"--ca-key", path(node + "/ca.key.pem"), "--ca-cert", path(node + "/ca.pem"), "--ca-password-file",
                path("ca.password")};
        require(log, new CommandLine(new IssueNodeTlsCommand(print(log), print(log), CLOCK)).execute(with(ca,
                "--material", path("material"), "--node", node, "--host", "localhost")));
        require(log, new CommandLine(new IssueOfficeCommand(print(log), print(log), CLOCK)).execute(with(ca,
                "--material", path("material"), "--node", node, "--office", office)));
        require(log, new CommandLine(new CreateAuditKeysCommand(print(log), print(log))).execute("--data-dir",
                path("data-" + node), "--domain", "blo.test.example", "--node", node));
    }

    @Test
    void runsTheNewSubcommandsFromThePkiAndRegistryCommandsAsTheJarDoes() {
        int keys = new CommandLine(new PkiCommand()).execute("create-audit-keys", "--data-dir", path("data-MM"),
                "--domain", "blo.test.example", "--node", "MM");
        int assemble = new CommandLine(new RegistryCommand()).execute("assemble", "--serial", "3", "--ca",
                path("TH/ca.pem"), "--ca", path("LA/ca.pem"), "--material", path("material"), "--audit-keys",
                path("data-TH/audit"), "--audit-keys", path("data-LA/audit"), "--out", path("via-jar/registry.yaml"),
                template.toString());

        assertThat(keys).isZero();
        assertThat(directory.resolve("data-MM/audit/log.key")).exists();
        assertThat(assemble).isZero();
        assertThat(directory.resolve("via-jar/registry.yaml")).content().startsWith("#").contains("serial: 3");
    }

    @Nested
    class CreateAuditKeys {

        @Test
        void keepsExistingKeysAndPrintsTheSameVerifierKeysAgain() throws Exception {
            Path vkey = directory.resolve("data-TH/audit/log.key.vkey");
            String before = Files.readString(vkey).strip();

            int exit = run(new CreateAuditKeysCommand(print(out), print(err)), "--data-dir", path("data-TH"), "--domain",
                    "blo.test.example", "--node", "TH");

            assertThat(exit).isZero();
            assertThat(text(out)).contains("auditLogKey " + before).contains("auditWitnessKey blo.test.example/TH/witness+");
            assertThat(Files.readString(vkey).strip()).isEqualTo(before);
        }

        @Test
        void refusesKeysOfAnotherNodeInTheDataDirectory() {
            int exit = run(new CreateAuditKeysCommand(print(out), print(err)), "--data-dir", path("data-TH"), "--domain",
                    "blo.test.example", "--node", "LA");

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains(path("data-TH/audit/log.key"), "blo.test.example/TH/audit");
        }
    }

    @Nested
    class IssueRegistrySigner {

        @Test
        void issuesAnEcP256SignerDirectlyUnderTheRootForSignaturesOnly() throws Exception {
            Credential signer = signer();
            X509Certificate certificate = signer.certificate();

            assertThat(certificate.getSubjectX500Principal().getName())
                    .isEqualTo("CN=Test Registry Signer,O=Test BLO Network,C=ZZ");
            assertThat(certificate.getIssuerX500Principal()).isEqualTo(root().getSubjectX500Principal());
            certificate.verify(root().getPublicKey());
            assertThat(certificate.getPublicKey()).isInstanceOf(ECPublicKey.class);
            assertThat(((ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField().getFieldSize())
                    .isEqualTo(256);
            // digitalSignature and nonRepudiation only; no CA, no extended key usage
            assertThat(certificate.getKeyUsage()).containsExactly(true, true, false, false, false, false, false, false, false);
            assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
            assertThat(certificate.getExtendedKeyUsage()).isNull();
            assertThat(signer.chain()).containsExactly(certificate, root());
            assertThat(PemFiles.readCertificates(directory.resolve("signer/registry-signer.pem"))).containsExactly(certificate);
        }

        @Test
        void refusesANationalCaAsIssuerBecauseNodesAcceptOnlyASignerIssuedByTheRoot() {
            Path refused = directory.resolve("refused/registry-signer.p12");

            int exit = run(new IssueRegistrySignerCommand(print(out), print(err), CLOCK), "--ca-key",
                    path("TH/ca.key.pem"), "--ca-cert", path("TH/ca.pem"), "--ca-password-file", path("ca.password"),
                    "--name", "Test Registry Signer", "--out", refused.toString(), "--out-password-file", path("ca.password"));

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("--ca-key " + path("TH/ca.key.pem"), "is not the regional root",
                    "issued directly by the root");
            assertThat(refused).doesNotExist();
        }

        @Test
        void refusesToOverwriteAnExistingSignerWithoutReplace() throws Exception {
            byte[] before = Files.readAllBytes(directory.resolve("signer/registry-signer.p12"));

            int exit = run(new IssueRegistrySignerCommand(print(out), print(err), CLOCK), rootOptions("--name",
                    "Test Registry Signer", "--out", path("signer/registry-signer.p12"), "--out-password-file",
                    path("ca.password")));

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("exists already", "--replace");
            assertThat(Files.readAllBytes(directory.resolve("signer/registry-signer.p12"))).isEqualTo(before);
        }
    }

    @Nested
    class AssembleAndSign {

        @Test
        void aRegistryAssembledFromTheCommandsFilesAndSignedByTheIssuedSignerLoadsOnANode() throws Exception {
            Path signed = assembleAndSign("ok", signerFile());

            NetworkRegistry registry = new RegistryLoader(trust(), CLOCK).load(signed);

            assertThat(registry.serial()).isEqualTo(1);
            assertThat(registry.nationalCertificateAuthorities()).containsOnlyKeys("TH", "LA");
            assertThat(registry.office("LA-HOUAYXAY")).isPresent();
            assertThat(registry.node("TH").orElseThrow().auditKeys().logKey().encoded()).isEqualTo(
                    Files.readString(NodeAuditKeyFiles.logKeyFile(directory.resolve("data-TH")).resolveSibling("log.key.vkey"))
                            .strip());
        }

        @Test
        void aRegistrySignedByTheSignerOfAnotherRootIsRefusedByTheNode() throws Exception {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            require(log, new CommandLine(new CreateRootCommand(print(log), print(log), CLOCK)).execute("--organization",
                    "Test BLO Network", "--name", "Test Root CA", "--out", path("impostor-root"), "--out-password-file",
                    path("ca.password")));
            require(log, new CommandLine(new IssueRegistrySignerCommand(print(log), print(log), CLOCK)).execute("--ca-key",
                    path("impostor-root/ca.key.pem"), "--ca-cert", path("impostor-root/ca.pem"), "--ca-password-file",
                    path("ca.password"), "--name", "Test Registry Signer", "--out", path("impostor/registry-signer.p12"),
                    "--out-password-file", path("ca.password")));
            Path draft = assemble("impostor");
            // the impostor's own sign refuses already: the draft's certificates do not chain to its root
            assertThat(run(new SignRegistryCommand(print(out), print(err), CLOCK), "--key",
                    path("impostor/registry-signer.p12"), "--key-password-file", path("ca.password"), "--out",
                    path("impostor/registry.yaml"), draft.toString())).isEqualTo(1);
            Path signed = directory.resolve("impostor/signed-anyway/registry.yaml");
            Files.createDirectories(signed.getParent());
            Files.copy(draft, signed);
            Credential impostor = Pkcs12Files.read(directory.resolve("impostor/registry-signer.p12"),
                    IssueRegistrySignerCommand.ALIAS, PASSWORD.toCharArray());
            Files.write(signed.resolveSibling("registry.yaml.p7s"),
                    new DetachedSigner(CLOCK).sign(Files.readAllBytes(signed), impostor));

            assertThatThrownBy(() -> new RegistryLoader(trust(), CLOCK).load(signed))
                    .isInstanceOf(RegistryException.class).hasMessageContaining("SIGNER_NOT");
        }

        @Test
        void namesWhatIsMissingWhenANodesCertificatesAreNotInTheMaterialGiven() {
            int exit = run(new AssembleRegistryCommand(print(out), print(err), CLOCK), "--serial", "1", "--ca",
                    path("TH/ca.pem"), "--ca", path("LA/ca.pem"), "--material", path("nowhere"), "--audit-keys",
                    path("data-TH/audit"), "--audit-keys", path("data-LA/audit"), "--out", path("missing/registry.yaml"),
                    template.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("missing", "TLS certificate of node TH", "certificates of office LA-HOUAYXAY");
            assertThat(directory.resolve("missing/registry.yaml")).doesNotExist();
        }

        @Test
        void refusesAuditKeysOfANodeGivenTwice() {
            int exit = run(new AssembleRegistryCommand(print(out), print(err), CLOCK), "--serial", "1", "--ca",
                    path("TH/ca.pem"), "--ca", path("LA/ca.pem"), "--material", path("material"), "--audit-keys",
                    path("data-TH/audit"), "--audit-keys", path("data-TH/audit"), "--out", path("twice/registry.yaml"),
                    template.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("--audit-keys " + path("data-TH/audit"), "second set of audit keys of node TH");
        }

        private Path assembleAndSign(String name, Path signerKey) {
            Path draft = assemble(name);
            Path signed = directory.resolve(name + "/published/registry.yaml");
            assertThat(run(new SignRegistryCommand(print(out), print(err), CLOCK), "--key", signerKey.toString(),
                    "--key-password-file", path("ca.password"), "--out", signed.toString(), draft.toString()))
                    .as(text(err)).isZero();
            return signed;
        }

        private Path assemble(String name) {
            Path draft = directory.resolve(name + "/draft/registry.yaml");
            assertThat(run(new AssembleRegistryCommand(print(out), print(err), CLOCK), "--serial", "1", "--ca",
                    path("TH/ca.pem"), "--ca", path("LA/ca.pem"), "--material", path("material"), "--audit-keys",
                    path("data-TH/audit"), "--audit-keys", path("data-LA/audit"), "--out", draft.toString(),
                    template.toString())).as(text(err)).isZero();
            assertThat(text(out)).contains("serial 1: 2 nodes, 2 offices");
            return draft;
        }
    }

    private static RegistryTrust trust() {
        List<X509CRL> crls = new ArrayList<>(PemFiles.readCrls(directory.resolve("root/crl.pem")));
        return new RegistryTrust(List.of(root()), crls);
    }

    private static Credential signer() {
        return Pkcs12Files.read(signerFile(), IssueRegistrySignerCommand.ALIAS, PASSWORD.toCharArray());
    }

    private static Path signerFile() {
        return directory.resolve("signer/registry-signer.p12");
    }

    private static X509Certificate root() {
        return PemFiles.readCertificates(directory.resolve("root/ca.pem")).get(0);
    }

    private static String[] rootOptions(String... more) {
        return with(new String[] {"--ca-key", path("root/ca.key.pem"), "--ca-cert", path("root/ca.pem"),
                "--ca-password-file", path("ca.password")}, more);
    }

    private static String[] with(String[] first, String... more) {
        List<String> arguments = new ArrayList<>(List.of(first));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    private static String path(String relative) {
        return directory.resolve(relative).toString();
    }

    private int run(Object command, String... arguments) {
        out.reset();
        err.reset();
        return new CommandLine(command).execute(arguments);
    }

    private static void require(ByteArrayOutputStream log, int exit) {
        assertThat(exit).as(log.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
