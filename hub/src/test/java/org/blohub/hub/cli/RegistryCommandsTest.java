package org.blohub.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.hub.registry.NetworkCertificates;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.OfficeCertificates;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryPublisher;
import org.blohub.hub.registry.TestNetworkPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code registry validate|sign|diff} on the demo template, modified copies and registries published from it. */
class RegistryCommandsTest {

    private static final Path DEMO_TEMPLATE = Path.of("..", "config", "demo", "network.yaml");
    private static final List<String> DEMO_OFFICES = List.of("TH-MAESAI", "TH-CHIANGKHONG", "TH-CHIANGSAEN",
            "TH-ARANYAPRATHET", "LA-HOUAYXAY", "LA-TONPHEUNG", "MM-TACHILEIK", "KH-BAVET", "KH-POIPET", "VN-MOCBAI");
    // the signature's signing time is checked against the loading node's clock, so both use the wall clock
    private static final Clock CLOCK = Clock.systemUTC();
    private static final TestNetworkPki NETWORK =
            new TestNetworkPki(CLOCK, List.of("TH", "LA", "MM", "KH", "VN"), DEMO_OFFICES,
                    Set.of("LA-TONPHEUNG"));
    private static final String PASSWORD = "signer-test-password";

    @TempDir
    static Path directory;

    private static Path draft;
    private static Path rootPem;
    private static Path signerKey;
    private static Path passwordFile;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void publishAnUnsignedDraftAndStoreTheSigner() throws Exception {
        draft = new RegistryPublisher(CLOCK).publish(DEMO_TEMPLATE, NETWORK.certificates, NETWORK.registrySigner, 7,
                directory.resolve("draft")).registryFile();
        Files.delete(draft.resolveSibling("registry.yaml.p7s"));
        rootPem = directory.resolve("root.pem");
        PemFiles.writeCertificates(rootPem, List.of(NETWORK.pki.root().certificate()));
        signerKey = directory.resolve("registry-signer.p12");
        Pkcs12Files.write(signerKey, NETWORK.registrySigner, "registry-signer", PASSWORD.toCharArray());
        passwordFile = directory.resolve("signer.password");
        Files.writeString(passwordFile, PASSWORD + "\n");
    }

    @Test
    void runsEachSubcommandFromTheRegistryCommandAsTheJarDoes() {
        int exit = new CommandLine(new RegistryCommand()).execute("validate", DEMO_TEMPLATE.toString());

        assertThat(exit).isZero();
    }

    @Nested
    class Validate {

        @Test
        void acceptsTheDemoTemplateAndSaysWhatItDeclares() {
            int exit = run(new ValidateRegistryCommand(print(out), print(err)), DEMO_TEMPLATE.toString());

            assertThat(exit).isZero();
            assertThat(text(out)).contains("valid template, 5 nodes, 10 offices");
        }

        @Test
        void namesFileLineAndFieldOfEveryProblemAndExitsOne() throws Exception {
            Path broken = copyOfTemplate("broken.yaml",
                    "  - id: TH-CHIANGKHONG\n    node: TH\n", "  - id: TH-CHIANGKHONG\n    node: LX\n",
                    "    upToHandlingCode: H3\n", "    upToHandlingCode: H4\n");

            int exit = run(new ValidateRegistryCommand(print(out), print(err)), broken.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(err).lines().toList()).anySatisfy(line -> assertThat(line)
                            .matches("broken\\.yaml line \\d+, field offices\\[1\\]\\.node: node 'LX' is not declared in nodes"))
                    .anySatisfy(line -> assertThat(line)
                            .matches("broken\\.yaml line \\d+, field agreements\\[1\\]\\.upToHandlingCode: .*'H4'.*"));
            assertThat(text(out)).isEmpty();
        }

        @Test
        void checksAPublishedDraftIncludingItsCertificatesAgainstTheRoot() {
            int exit = run(new ValidateRegistryCommand(print(out), print(err)), draft.toString(),
                    "--root", rootPem.toString());

            assertThat(exit).isZero();
            assertThat(text(out)).contains("valid published registry, serial 7, 5 nodes, 10 offices, 8 agreements");
        }

        @Test
        void refusesAPublishedDraftUnderAnotherRoot() throws Exception {
            Path otherRoot = directory.resolve("other-root.pem");
            PemFiles.writeCertificates(otherRoot, List.of(new TestNetworkPki(CLOCK, List.of("TH"), List.of())
                    .pki.root().certificate()));

            int exit = run(new ValidateRegistryCommand(print(out), print(err)), draft.toString(),
                    "--root", otherRoot.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("registry.yaml line").contains("certificateAuthorities[0].certificate");
        }

        @Test
        void asksForTheRootWhenGivenAPublishedDraftWithoutOne() {
            int exit = run(new ValidateRegistryCommand(print(out), print(err)), draft.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("pass --root");
        }
    }

    @Nested
    class Sign {

        @Test
        void writesARegistryTheNodesLoaderAcceptsAndPrintsItsSerialAndDigest() throws Exception {
            Path signed = directory.resolve("signed").resolve("registry.yaml");

            int exit = run(new SignRegistryCommand(print(out), print(err), CLOCK), "--key", signerKey.toString(),
                    "--key-password-file", passwordFile.toString(), "--out", signed.toString(), draft.toString());

            assertThat(exit).as(text(err)).isZero();
            NetworkRegistry loaded = new RegistryLoader(NETWORK.trust(), CLOCK).load(signed);
            assertThat(loaded.serial()).isEqualTo(7);
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(draft)));
            assertThat(text(out)).contains("serial 7").contains("sha256 " + digest);
        }

        @Test
        void producesASignatureThatNoLongerVerifiesOnceTheRegistryIsChanged() throws Exception {
            Path signed = directory.resolve("tampered").resolve("registry.yaml");
            run(new SignRegistryCommand(print(out), print(err), CLOCK), "--key", signerKey.toString(),
                    "--key-password-file", passwordFile.toString(), "--out", signed.toString(), draft.toString());
            Files.writeString(signed, Files.readString(signed).replace("httpPort: 8081", "httpPort: 8091"));

            assertThatThrownBy(() -> new RegistryLoader(NETWORK.trust(), CLOCK).load(signed))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageContaining("SIGNATURE_INVALID");
        }

        @Test
        void refusesToSignATemplateBecauseNodesLoadOnlyThePublishedForm() {
            Path signed = directory.resolve("template-signed.yaml");

            int exit = run(new SignRegistryCommand(print(out), print(err), CLOCK), "--key", signerKey.toString(),
                    "--key-password-file", passwordFile.toString(), "--out", signed.toString(),
                    DEMO_TEMPLATE.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("is a template");
            assertThat(signed).doesNotExist();
        }

        @Test
        void refusesAMalformedDraftWithLineAndFieldAndSignsNothing() throws Exception {
            Path broken = directory.resolve("broken-draft.yaml");
            Files.writeString(broken, Files.readString(draft).replace("httpPort: 8082", "httpPort: 0"));
            Path signed = directory.resolve("broken-signed.yaml");

            int exit = run(new SignRegistryCommand(print(out), print(err), CLOCK), "--key", signerKey.toString(),
                    "--key-password-file", passwordFile.toString(), "--out", signed.toString(), broken.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains("broken-draft.yaml line").contains("field nodes[1].httpPort");
            assertThat(signed).doesNotExist();
            assertThat(Path.of(signed + ".p7s")).doesNotExist();
        }

        @Test
        void namesTheKeyFileWhenItsPasswordIsWrong() throws Exception {
            Path wrong = directory.resolve("wrong.password");
            Files.writeString(wrong, "not-the-password");

            int exit = run(new SignRegistryCommand(print(out), print(err), CLOCK), "--key", signerKey.toString(),
                    "--key-password-file", wrong.toString(), "--out", directory.resolve("x.yaml").toString(),
                    draft.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(err)).contains(signerKey.toString()).contains("cannot read the registry signer");
        }
    }

    @Nested
    class Diff {

        @Test
        void listsOfficesAndAgreementsAddedRemovedAndChangedOneLineEach() throws Exception {
            Path changed = copyOfTemplate("changed.yaml",
                    "    displayName: Mae Sai BLO (Chiang Rai)\n", "    displayName: Mae Sai BLO\n",
                    "  - id: VN-MOCBAI\n", "  - id: LA-NAMNGEUN\n    node: LA\n    displayName: Nam Ngeun BLO\n  - id: VN-MOCBAI\n",
                    "    kinds: [REQUEST, RESPONSE, NOTIFICATION, RECEIPT]\n    upToHandlingCode: H1\n",
                    "    kinds: [REQUEST, RESPONSE, NOTIFICATION, ALERT, RECEIPT]\n    upToHandlingCode: H2\n",
                    """
                      - id: VN-KH-MOCBAI-BAVET-REPLIES-2026
                        from: [VN-MOCBAI]
                        to: [KH-BAVET]
                        direction: ONE_WAY
                        kinds: [RESPONSE]
                        upToHandlingCode: H1
                    """, "");

            int exit = run(new DiffRegistryCommand(print(out), print(err)), DEMO_TEMPLATE.toString(), changed.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(out).lines()).containsExactly(
                    "office added LA-NAMNGEUN",
                    "office changed TH-MAESAI: displayName",
                    "agreement removed VN-KH-MOCBAI-BAVET-REPLIES-2026",
                    "agreement changed TH-LA-CHIANGSAEN-TONPHEUNG-2026: kinds, upToHandlingCode");
        }

        @Test
        void printsNothingAndExitsZeroForTheSameVersion() {
            int exit = run(new DiffRegistryCommand(print(out), print(err)), DEMO_TEMPLATE.toString(),
                    DEMO_TEMPLATE.toString());

            assertThat(exit).isZero();
            assertThat(text(out)).isEmpty();
        }

        @Test
        void namesAReplacedOfficeKeyAndTheNewSerial() throws Exception {
            Credential newSigning = NETWORK.pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Map<String, OfficeCertificates> offices = new HashMap<>(NETWORK.certificates.offices());
            offices.put("TH-MAESAI", new OfficeCertificates(newSigning.certificate(),
                    offices.get("TH-MAESAI").encryption()));
            NetworkCertificates rekeyed = new NetworkCertificates(NETWORK.certificates.nationalCertificateAuthorities(),
                    NETWORK.certificates.nodeTls(), offices, NETWORK.certificates.nodeAuditKeys());
            Path next = new RegistryPublisher(CLOCK).publish(DEMO_TEMPLATE, rekeyed, NETWORK.registrySigner, 8,
                    directory.resolve("next")).registryFile();

            int exit = run(new DiffRegistryCommand(print(out), print(err)), draft.toString(), next.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(text(out).lines()).containsExactly("serial 7 -> 8",
                    "key changed office TH-MAESAI signingCertificate");
        }

        @Test
        void exitsTwoNamingAFileThatIsNotYaml() throws Exception {
            Path garbage = directory.resolve("garbage.yaml");
            Files.writeString(garbage, "domain: [unclosed\n");

            int exit = run(new DiffRegistryCommand(print(out), print(err)), DEMO_TEMPLATE.toString(), garbage.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(text(err)).contains("garbage.yaml").contains("registry validate");
        }
    }

    private static int run(Object command, String... arguments) {
        return new CommandLine(command).execute(arguments);
    }

    private static Path copyOfTemplate(String name, String... replacements) throws Exception {
        String template = Files.readString(DEMO_TEMPLATE);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(template).as("the demo template still contains what the test replaces").contains(replacements[i]);
            template = template.replace(replacements[i], replacements[i + 1]);
        }
        Path copy = directory.resolve(name);
        Files.writeString(copy, template);
        return copy;
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
