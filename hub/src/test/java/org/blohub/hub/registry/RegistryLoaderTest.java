package org.blohub.hub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryLoaderTest {

    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String TEMPLATE = """
            domain: blo.mekong.example
            nodes:
              - name: TH
                country: TH
                displayName: Thailand
                broker: { host: 127.0.0.1, port: 61617 }
                httpPort: 8081
              - name: LA
                country: LA
                displayName: Lao PDR
                broker: { host: 127.0.0.1, port: 61618 }
                httpPort: 8082
            offices:
              - id: TH-MAESAI
                node: TH
                displayName: Mae Sai BLO
              - id: TH-CHIANGKHONG
                node: TH
                displayName: Chiang Khong BLO
              - id: LA-HOUAYXAY
                node: LA
                displayName: Houayxay BLO
            agreements:
              - id: TH-LA-2026
                from: [TH-CHIANGKHONG]
                to: [LA-HOUAYXAY]
                direction: BOTH_WAYS
                kinds: [REQUEST, RESPONSE, NOTIFICATION, ALERT, RECEIPT]
                upToHandlingCode: H3
                replyBy: { FLASH: 4h, ROUTINE: 30d }
              - id: TH-LA-MAESAI-2026
                from: [TH-MAESAI]
                to: [LA-HOUAYXAY]
                direction: ONE_WAY
                kinds: [REQUEST]
                upToHandlingCode: H1
            """;

    private static final TestNetworkPki NETWORK = new TestNetworkPki(CLOCK, List.of("TH", "LA"),
            List.of("TH-MAESAI", "TH-CHIANGKHONG", "LA-HOUAYXAY"));

    @TempDir
    Path directory;

    private Path registryFile;
    private Path signatureFile;
    private String publishedText;

    @BeforeEach
    void publishTheTestNetwork() throws Exception {
        Path template = directory.resolve("network.yaml");
        Files.writeString(template, TEMPLATE);
        PublishedRegistry published = new RegistryPublisher(CLOCK)
                .publish(template, NETWORK.certificates, NETWORK.registrySigner, 7, directory.resolve("out"));
        registryFile = published.registryFile();
        signatureFile = published.signatureFile();
        publishedText = Files.readString(registryFile);
    }

    private RegistryLoader loader() {
        return new RegistryLoader(NETWORK.trust(), CLOCK);
    }

    @Nested
    class AGoodlySignedRegistry {

        @Test
        void loadsWithEveryNodeOfficeCertificateAndAgreement() throws Exception {
            NetworkRegistry registry = loader().load(registryFile, signatureFile);

            assertThat(registry.serial()).isEqualTo(7);
            assertThat(registry.issuedAt()).isEqualTo(NOW);
            assertThat(registry.domain()).isEqualTo("blo.mekong.example");
            assertThat(registry.nodes()).extracting(NetworkNode::name).containsExactly("TH", "LA");
            assertThat(registry.node("LA").orElseThrow().broker()).isEqualTo(new BrokerEndpoint("127.0.0.1", 61618));
            assertThat(registry.node("LA").orElseThrow().httpPort()).isEqualTo(8082);
            assertThat(registry.node("TH").orElseThrow().tlsCertificate())
                    .isEqualTo(NETWORK.certificates.nodeTls().get("TH"));
            assertThat(registry.office("TH-MAESAI").orElseThrow().signingCertificate())
                    .isEqualTo(NETWORK.officeSigning.get("TH-MAESAI").certificate());
            assertThat(registry.office("LA-HOUAYXAY").orElseThrow().encryptionCertificate())
                    .isEqualTo(NETWORK.certificates.offices().get("LA-HOUAYXAY").encryption());
            assertThat(registry.nationalCertificateAuthority("TH")).contains(NETWORK.pki.nationalCa("TH").certificate());
            assertThat(registry.node("TH").orElseThrow().auditKeys())
                    .isEqualTo(NETWORK.certificates.nodeAuditKeys().get("TH"));
            assertThat(registry.node("LA").orElseThrow().auditKeys().logKey())
                    .isEqualTo(NETWORK.auditLogSigners.get("LA").verifierKey());
            assertThat(registry.agreements()).extracting(Agreement::id).containsExactly("TH-LA-2026", "TH-LA-MAESAI-2026");
            assertThat(registry.agreements().get(1)).isEqualTo(new Agreement("TH-LA-MAESAI-2026",
                    List.of("TH-MAESAI"), List.of("LA-HOUAYXAY"), AgreementDirection.ONE_WAY,
                    java.util.Set.of(MessageKind.REQUEST), HandlingCode.H1));
            assertThat(registry.agreements().get(0).replyByLimits())
                    .isEqualTo(java.util.Map.of(Priority.FLASH, Duration.ofHours(4), Priority.ROUTINE, Duration.ofDays(30)));
            assertThat(registry.replyByLimit("LA-HOUAYXAY", "TH-CHIANGKHONG", Priority.FLASH))
                    .contains(new AgreedReplyLimit("TH-LA-2026", Duration.ofHours(4)));
            assertThat(registry.replyByLimit("TH-MAESAI", "LA-HOUAYXAY", Priority.FLASH)).isEmpty();
        }

        @Test
        void answersWhichNodeHostsAnOfficeAndWhichOfficesANodeHosts() throws Exception {
            NetworkRegistry registry = loader().load(registryFile);

            assertThat(registry.nodeOf("LA-HOUAYXAY").map(NetworkNode::name)).contains("LA");
            assertThat(registry.nodeOf("XX-FOO")).isEmpty();
            assertThat(registry.officesOf("TH")).extracting(Office::id).containsExactly("TH-MAESAI", "TH-CHIANGKHONG");
            assertThat(registry.officesOf("MM")).isEmpty();
        }
    }

    @Nested
    class ASignatureThatFails {

        @Test
        void refusesARegistryWithOneChangedByteNamingTheFileAndReason() throws Exception {
            byte[] content = Files.readAllBytes(registryFile);
            int handlingCode = publishedText.indexOf("upToHandlingCode: H1") + "upToHandlingCode: H".length();
            content[handlingCode] = '3';
            Files.write(registryFile, content);

            assertThatThrownBy(() -> loader().load(registryFile, signatureFile))
                    .isInstanceOfSatisfying(RegistryException.class,
                            e -> assertThat(e.file()).isEqualTo(registryFile))
                    .hasMessageContaining(registryFile.toString())
                    .hasMessageContaining("SIGNATURE_INVALID")
                    .hasMessageContaining("document does not match the signature");
        }

        @Test
        void checksTheSignatureBeforeReadingTheContent() throws Exception {
            Files.writeString(registryFile, publishedText + "\nthis: [is not: valid\n");

            assertThatThrownBy(() -> loader().load(registryFile, signatureFile))
                    .hasMessageContaining("SIGNATURE_INVALID")
                    .hasMessageNotContaining("line");
        }

        @Test
        void refusesARegistryWithoutItsSignatureFile() throws Exception {
            Files.delete(signatureFile);

            assertThatThrownBy(() -> loader().load(registryFile))
                    .isInstanceOfSatisfying(RegistryException.class,
                            e -> assertThat(e.file()).isEqualTo(signatureFile))
                    .hasMessageContaining("registry signature file does not exist");
        }

        @Test
        void refusesARegistrySignedByAnOfficeKeyThatTheRootDidNotIssueDirectly() throws Exception {
            Credential office = NETWORK.officeSigning.get("TH-MAESAI");
            Files.write(signatureFile, new DetachedSigner(CLOCK).sign(Files.readAllBytes(registryFile), office));

            assertThatThrownBy(() -> loader().load(registryFile, signatureFile))
                    .hasMessageContaining("SIGNER_NOT_ALLOWED")
                    .hasMessageContaining("signer CN=TH-MAESAI")
                    .hasMessageContaining("is not issued directly by CN=BLO Hub Mekong Root CA (DEMO)");
        }

        @Test
        void refusesARegistrySignedUnderAnotherRoot() throws Exception {
            DevelopmentPki otherRegion = DevelopmentPki.create("Elsewhere", CLOCK);
            Credential impostor = DemoRegistrySigner.issue(otherRegion.root(), CLOCK);
            Files.write(signatureFile, new DetachedSigner(CLOCK).sign(Files.readAllBytes(registryFile), impostor));

            assertThatThrownBy(() -> loader().load(registryFile, signatureFile))
                    .hasMessageContaining(signatureFile.toString())
                    .hasMessageContaining("SIGNER_NOT_ALLOWED")
                    .hasMessageContaining("is not issued directly by CN=BLO Hub Mekong Root CA (DEMO)");
        }

        @Test
        void refusesARegistryWhoseSignerWasRevokedBeforeSigning() throws Exception {
            DevelopmentPki pki = DevelopmentPki.create("Mekong", CLOCK);
            Credential signer = DemoRegistrySigner.issue(pki.root(), CLOCK);
            pki.root().revoke(signer.certificate(), NOW.minus(Duration.ofMinutes(5)));
            Files.write(signatureFile, new DetachedSigner(CLOCK).sign(Files.readAllBytes(registryFile), signer));
            RegistryTrust trust = new RegistryTrust(List.of(pki.root().certificate()), List.of(pki.root().currentCrl()));

            assertThatThrownBy(() -> new RegistryLoader(trust, CLOCK).load(registryFile, signatureFile))
                    .hasMessageContaining("SIGNER_REVOKED");
        }

        @Test
        void refusesARegistryWhoseSignatureIsNoCms() throws Exception {
            Files.writeString(signatureFile, "not a signature");

            assertThatThrownBy(() -> loader().load(registryFile, signatureFile))
                    .hasMessageContaining("MALFORMED");
        }
    }

    @Nested
    class MalformedContentSignedByTheRegistrySigner {

        private RegistryException loadSigned(String yaml) throws Exception {
            byte[] content = yaml.getBytes(StandardCharsets.UTF_8);
            Files.write(registryFile, content);
            Files.write(signatureFile, new DetachedSigner(CLOCK).sign(content, NETWORK.registrySigner));
            try {
                loader().load(registryFile, signatureFile);
            } catch (RegistryException e) {
                return e;
            }
            throw new AssertionError("the malformed registry was accepted");
        }

        private String replaced(String original, String replacement) {
            assertThat(publishedText).containsOnlyOnce(original);
            return publishedText.replace(original, replacement);
        }

        /** 1-based line of the only occurrence of {@code text} in {@code yaml}. */
        private int lineOf(String yaml, String text) {
            assertThat(yaml).containsOnlyOnce(text);
            return (int) yaml.substring(0, yaml.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
        }

        @Test
        void namesLineAndFieldOfAnOfficeHostedByAnUndeclaredNode() throws Exception {
            String yaml = replaced("node: LA\n", "node: LX\n");

            RegistryException e = loadSigned(yaml);

            assertThat(e).hasMessage("registry.yaml line " + lineOf(yaml, "node: LX")
                    + ", field offices[2].node: node 'LX' is not declared in nodes");
            assertThat(e.problems()).containsExactly(
                    new RegistryProblem(lineOf(yaml, "node: LX"), "offices[2].node", "node 'LX' is not declared in nodes"));
        }

        @Test
        void namesANodeAuditKeyPublishedUnderAnotherNodesName() throws Exception {
            String laKey = NETWORK.certificates.nodeAuditKeys().get("LA").logKey().encoded();
            String thKey = NETWORK.certificates.nodeAuditKeys().get("TH").logKey().encoded();
            String yaml = replaced("auditLogKey: " + thKey + "\n", "auditLogKey: " + laKey + "\n");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + lineOf(yaml.substring(0,
                    yaml.indexOf("name: LA")), "auditLogKey: ") + ", field nodes[0].auditLogKey: auditLogKey is named "
                    + "blo.mekong.example/LA/audit, not blo.mekong.example/TH/audit");
        }

        @Test
        void namesAWitnessKeyPublishedAsTheLogKey() throws Exception {
            String thLog = NETWORK.certificates.nodeAuditKeys().get("TH").logKey().encoded();
            String thWitness = NETWORK.certificates.nodeAuditKeys().get("TH").witnessKey().encoded();
            String yaml = replaced("auditWitnessKey: " + thWitness + "\n", "auditWitnessKey: "
                    + thLog.replace("/TH/audit", "/TH/witness") + "\n");

            assertThat(loadSigned(yaml)).hasMessageContaining("field nodes[0].auditWitnessKey: ");
        }

        @Test
        void namesANodeWithoutAuditKeys() throws Exception {
            String thKey = NETWORK.certificates.nodeAuditKeys().get("TH").logKey().encoded();
            String yaml = replaced("auditLogKey: " + thKey + "\n", "");

            assertThat(loadSigned(yaml)).hasMessageContaining("field nodes[0].auditLogKey: required field is missing");
        }

        @Test
        void namesAnUnknownField() throws Exception {
            String yaml = publishedText.replaceFirst("(?m)^( *)displayName: Houayxay BLO\n",
                    "$1displayName: Houayxay BLO\n$1phone: 123\n");

            assertThat(loadSigned(yaml)).hasMessageStartingWith("registry.yaml line " + lineOf(yaml, "phone: 123")
                    + ", field offices[2].phone: unknown field 'phone' (allowed here: id, node, displayName,");
        }

        @Test
        void namesAMissingRequiredField() throws Exception {
            String yaml = publishedText.replaceFirst("(?m)^ *displayName: Chiang Khong BLO\n", "");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + lineOf(yaml, "id: TH-CHIANGKHONG")
                    + ", field offices[1].displayName: required field is missing");
        }

        @Test
        void namesABadEnumValue() throws Exception {
            String yaml = replaced("direction: ONE_WAY", "direction: SIDEWAYS");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + lineOf(yaml, "direction: SIDEWAYS")
                    + ", field agreements[1].direction: 'SIDEWAYS' is not one of ONE_WAY, BOTH_WAYS");
        }

        @Test
        void namesABadMessageKindInsideTheList() throws Exception {
            String yaml = replaced("- RECEIPT\n", "- GOSSIP\n");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + lineOf(yaml, "- GOSSIP")
                    + ", field agreements[0].kinds[4]: 'GOSSIP' is not one of REQUEST, RESPONSE, NOTIFICATION, ALERT, RECEIPT");
        }

        @Test
        void namesAHandlingCodeOutsideH0ToH3() throws Exception {
            String yaml = replaced("upToHandlingCode: H1", "upToHandlingCode: H4");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + lineOf(yaml, "upToHandlingCode: H4")
                    + ", field agreements[1].upToHandlingCode: 'H4' is not one of H0, H1, H2, H3");
        }

        @Test
        void namesAReplyLimitThatIsNoDuration() throws Exception {
            String yaml = replaced("FLASH: 4h", "FLASH: 4 hours");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + lineOf(yaml, "FLASH: 4 hours")
                    + ", field agreements[0].replyBy.FLASH: '4 hours' is not a duration like 30m, 8h or 14d");
        }

        @Test
        void namesAReplyLimitForAnUnknownPriority() throws Exception {
            String yaml = replaced("FLASH: 4h", "URGENT: 4h");

            assertThat(loadSigned(yaml)).hasMessageContaining("field agreements[0].replyBy.URGENT: unknown field 'URGENT'"
                    + " (allowed here: FLASH, IMMEDIATE, ROUTINE)");
        }

        @Test
        void namesADuplicateOfficeId() throws Exception {
            String yaml = replaced("id: TH-CHIANGKHONG", "id: TH-MAESAI");
            int first = lineOf(publishedText, "id: TH-MAESAI");
            int second = lineOf(publishedText, "id: TH-CHIANGKHONG");

            assertThat(loadSigned(yaml)).hasMessageContaining("registry.yaml line " + second
                    + ", field offices[1].id: office 'TH-MAESAI' is declared twice (first on line " + first + ")");
        }

        @Test
        void namesAnAgreementThatNamesAnUnknownOffice() throws Exception {
            String yaml = replaced("- TH-MAESAI\n", "- TH-FOO\n");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + lineOf(yaml, "- TH-FOO")
                    + ", field agreements[1].from[0]: office 'TH-FOO' is not declared in offices");
        }

        @Test
        void namesAnOfficeIdOfTheWrongFormat() throws Exception {
            String yaml = replaced("id: LA-HOUAYXAY", "id: la-houayxay");

            assertThat(loadSigned(yaml)).hasMessageStartingWith("registry.yaml line " + lineOf(yaml, "id: la-houayxay")
                    + ", field offices[2].id: 'la-houayxay' is not an office id like TH-MAESAI (^[A-Z]{2}-[A-Z0-9]{2,20}$)");
        }

        @Test
        void namesAnOfficeHostedByANodeOfAnotherCountry() throws Exception {
            String yaml = replaced("node: LA\n", "node: TH\n");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + (lineOf(yaml, "id: LA-HOUAYXAY") + 1)
                    + ", field offices[2].node: office 'LA-HOUAYXAY' of country LA cannot be hosted by node 'TH' of country TH");
        }

        @Test
        void namesAPortOutOfRange() throws Exception {
            String yaml = replaced("httpPort: 8082", "httpPort: 80820");

            assertThat(loadSigned(yaml)).hasMessage("registry.yaml line " + lineOf(yaml, "httpPort: 80820")
                    + ", field nodes[1].httpPort: port 80820 is not from 1 to 65535");
        }

        @Test
        void namesAnOfficeCertificateThatItsNationalCaDidNotIssue() throws Exception {
            DevelopmentPki otherRegion = DevelopmentPki.create("Elsewhere", CLOCK);
            String foreign = CertificatePem.encode(
                    otherRegion.issueOfficeSigning("LA-HOUAYXAY", KeyAlgorithm.EC_P256).certificate());
            String genuine = CertificatePem.encode(NETWORK.officeSigning.get("TH-MAESAI").certificate());
            String yaml = publishedText.replace(indented(genuine), indented(foreign));

            RegistryException e = loadSigned(yaml);

            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("offices[0].signingCertificate");
                assertThat(problem.message()).isEqualTo("certificate is not issued by the national CA of TH");
            });
        }

        @Test
        void namesAnOfficeDeclaredHybridWhoseKeysAreClassic() throws Exception {
            String yaml = replaced("displayName: Mae Sai BLO", "displayName: Mae Sai BLO\n    cryptoProfile: HYBRID");

            assertThat(loadSigned(yaml).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(lineOf(yaml, "cryptoProfile: HYBRID"));
                assertThat(problem.field()).isEqualTo("offices[0].cryptoProfile");
                assertThat(problem.message()).startsWith("cryptoProfile HYBRID needs a composite ML-DSA-65 + ECDSA P-256"
                        + " signing key").contains("the signing key is EC");
            });
        }

        @Test
        void namesACryptoProfileThatDoesNotExist() throws Exception {
            String yaml = replaced("displayName: Mae Sai BLO", "displayName: Mae Sai BLO\n    cryptoProfile: QUANTUM");

            assertThat(loadSigned(yaml).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("offices[0].cryptoProfile");
                assertThat(problem.message()).contains("QUANTUM").contains("CLASSIC").contains("HYBRID");
            });
        }

        @Test
        void namesAnEncryptionCertificateListedAsSigningCertificate() throws Exception {
            String signing = CertificatePem.encode(NETWORK.officeSigning.get("TH-MAESAI").certificate());
            String encryption = CertificatePem.encode(NETWORK.certificates.offices().get("TH-MAESAI").encryption());
            String yaml = publishedText.replace(indented(signing), indented(encryption));

            assertThat(loadSigned(yaml).problems()).singleElement().isEqualTo(new RegistryProblem(
                    lineOf(yaml, "displayName: Mae Sai BLO") + 1, "offices[0].signingCertificate",
                    "certificate key usage does not allow signing (digitalSignature or nonRepudiation)"));
        }

        @Test
        void namesTheLineOfBrokenYamlSyntax() throws Exception {
            String yaml = replaced("displayName: Lao PDR", "displayName: [Lao PDR");

            RegistryException e = loadSigned(yaml);

            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("(document)");
                assertThat(problem.message()).startsWith("not valid YAML");
                assertThat(problem.line()).isBetween(lineOf(yaml, "displayName: [Lao PDR"), lineOf(yaml, "displayName: [Lao PDR") + 2);
            });
        }

        @Test
        void listsEveryProblemOnItsOwnLine() throws Exception {
            String yaml = replaced("upToHandlingCode: H1", "upToHandlingCode: H9")
                    .replace("node: LA\n", "node: LX\n");

            assertThat(loadSigned(yaml).problems()).extracting(RegistryProblem::field)
                    .containsExactly("offices[2].node", "agreements[1].upToHandlingCode");
        }

        /** The PEM as the published YAML writes it: every line after the first indented like the END line. */
        private String indented(String pem) {
            int end = publishedText.indexOf("-----END CERTIFICATE-----");
            String indent = publishedText.substring(publishedText.lastIndexOf('\n', end) + 1, end);
            return pem.strip().replace("\n", "\n" + indent);
        }
    }
}
