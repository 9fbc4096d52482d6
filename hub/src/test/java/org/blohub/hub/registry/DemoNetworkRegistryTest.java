package org.blohub.hub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blohub.crypto.testing.OpenSsl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishes config/demo/network.yaml as the demo does at first start, then loads it as a node does. */
class DemoNetworkRegistryTest {

    private static final Path DEMO_TEMPLATE = Path.of("..", "config", "demo", "network.yaml");
    private static final List<String> DEMO_OFFICES = List.of("TH-MAESAI", "TH-CHIANGKHONG", "TH-CHIANGSAEN",
            "TH-ARANYAPRATHET", "LA-HOUAYXAY", "LA-TONPHEUNG", "MM-TACHILEIK", "KH-BAVET", "KH-POIPET", "VN-MOCBAI");
    // openssl checks certificates against the wall clock, so this PKI uses it too
    private static final Clock CLOCK = Clock.systemUTC();
    private static final TestNetworkPki NETWORK =
            new TestNetworkPki(CLOCK, List.of("TH", "LA", "MM", "KH", "VN"), DEMO_OFFICES,
                    Set.of("LA-TONPHEUNG"));

    @TempDir
    static Path directory;

    private static PublishedRegistry published;
    private static NetworkRegistry registry;

    @BeforeAll
    static void publishAndLoadTheDemoNetwork() throws Exception {
        published = new RegistryPublisher(CLOCK)
                .publish(DEMO_TEMPLATE, NETWORK.certificates, NETWORK.registrySigner, 1, directory.resolve("registry"));
        registry = new RegistryLoader(NETWORK.trust(), CLOCK).load(published.registryFile(), published.signatureFile());
    }

    @Test
    void outlinesTheDemoTemplateSoTheBootstrapKnowsWhichKeysToMake() throws Exception {
        NetworkOutline outline = new RegistryPublisher(CLOCK).outline(DEMO_TEMPLATE);

        assertThat(outline.nodeCountries().keySet()).containsExactly("TH", "LA", "MM", "KH", "VN");
        assertThat(outline.nodeCountries()).containsEntry("LA", "LA");
        assertThat(outline.officeNodes().keySet()).containsExactlyElementsOf(DEMO_OFFICES);
        assertThat(outline.officeNodes()).containsEntry("MM-TACHILEIK", "MM").containsEntry("VN-MOCBAI", "VN");
    }

    @Nested
    class ThePublishedDemoRegistry {

        @Test
        void isWrittenAsRegistryYamlWithItsSignatureBesideIt() {
            assertThat(published.registryFile()).hasFileName("registry.yaml").exists();
            assertThat(published.signatureFile()).hasFileName("registry.yaml.p7s").exists();
        }

        @Test
        void holdsTheFiveNodesAndTheTwoDemoNodesOnLoopback() {
            assertThat(registry.domain()).isEqualTo("blo.mekong.example");
            assertThat(registry.nodes()).extracting(NetworkNode::name).containsExactly("TH", "LA", "MM", "KH", "VN");
            assertThat(registry.node("TH").orElseThrow().broker()).isEqualTo(new BrokerEndpoint("127.0.0.1", 61617));
            assertThat(registry.node("LA").orElseThrow().httpPort()).isEqualTo(8082);
        }

        @Test
        void holdsEveryDemoOfficeWithItsOwnCertificates() {
            assertThat(registry.offices()).extracting(Office::id).containsExactlyElementsOf(DEMO_OFFICES);
            for (String officeId : DEMO_OFFICES) {
                OfficeCertificates issued = NETWORK.certificates.offices().get(officeId);
                Office office = registry.office(officeId).orElseThrow();
                assertThat(office.signingCertificate()).isEqualTo(issued.signing());
                assertThat(office.encryptionCertificate()).isEqualTo(issued.encryption());
            }
            assertThat(registry.nodeOf("MM-TACHILEIK").map(NetworkNode::name)).contains("MM");
        }

        @Test
        void letsMaeSaiAndTachileikExchangeEveryKindUpToH2() {
            for (MessageKind kind : MessageKind.values()) {
                assertThat(registry.authorize("TH-MAESAI", "MM-TACHILEIK", kind, HandlingCode.H2).allowed()).isTrue();
                assertThat(registry.authorize("MM-TACHILEIK", "TH-MAESAI", kind, HandlingCode.H2).allowed()).isTrue();
            }
            assertThat(registry.authorize("TH-MAESAI", "MM-TACHILEIK", MessageKind.REQUEST, HandlingCode.H3).reason())
                    .isEqualTo("TH-MAESAI may send REQUEST to MM-TACHILEIK only up to handling code H2"
                            + " (agreement TH-MM-MAESAI-TACHILEIK-2026); message has H3");
        }

        @Test
        void holdsTheMekongJointOperationOwnedByChiangKhongAndTheEndedRainySeasonPatrol() {
            OperationGroup joint = registry.operationGroup("MEKONG-JOINT-2026").orElseThrow();

            assertThat(joint.owner()).isEqualTo("TH-CHIANGKHONG");
            assertThat(joint.members()).containsExactly("TH-CHIANGKHONG", "LA-HOUAYXAY", "MM-TACHILEIK");
            assertThat(joint.isOpenOn(LocalDate.of(2026, 12, 7))).isTrue();
            assertThat(registry.operationGroup("MEKONG-RAINY-SEASON-2026").orElseThrow()
                    .isOpenOn(LocalDate.of(2026, 10, 1))).isFalse();
            assertThat(registry.operationGroup("MEKONG-UNKNOWN")).isEmpty();
        }

        @Test
        void letsChiangKhongAndHouayxayExchangeEveryKindUpToH3() {
            assertThat(registry.authorize("LA-HOUAYXAY", "TH-CHIANGKHONG", MessageKind.NOTIFICATION, HandlingCode.H3)
                    .allowed()).isTrue();
        }

        @Test
        void letsBavetAlertMocBaiUpToH1ButNotTheOtherWay() {
            assertThat(registry.authorize("KH-BAVET", "VN-MOCBAI", MessageKind.ALERT, HandlingCode.H1).allowed()).isTrue();
            assertThat(registry.authorize("KH-BAVET", "VN-MOCBAI", MessageKind.NOTIFICATION, HandlingCode.H0).allowed())
                    .isFalse();
            assertThat(registry.authorize("VN-MOCBAI", "KH-BAVET", MessageKind.ALERT, HandlingCode.H0).allowed())
                    .isFalse();
            assertThat(registry.authorize("VN-MOCBAI", "KH-BAVET", MessageKind.RESPONSE, HandlingCode.H1).allowed())
                    .isTrue();
        }

        @Test
        void verifiesByHandWithOpensslAgainstTheRegionalRoot() throws Exception {
            Path registryDirectory = published.registryFile().getParent();
            Files.writeString(registryDirectory.resolve("root.pem"), CertificatePem.encode(NETWORK.pki.root().certificate()));

            OpenSsl.Result result = new OpenSsl(registryDirectory).attempt("cms", "-verify", "-binary",
                    "-inform", "DER", "-in", "registry.yaml.p7s", "-content", "registry.yaml",
                    "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null");

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Verification successful");
        }
    }

    @Nested
    class PublishingRefuses {

        @TempDir
        Path output;

        @Test
        void aTemplateWhenACertificateIsMissingNamingWhatIsMissing() {
            Map<String, OfficeCertificates> offices = new HashMap<>(NETWORK.certificates.offices());
            offices.remove("VN-MOCBAI");
            Map<String, java.security.cert.X509Certificate> tls = new HashMap<>(NETWORK.certificates.nodeTls());
            tls.remove("KH");
            NetworkCertificates incomplete = new NetworkCertificates(
                    NETWORK.certificates.nationalCertificateAuthorities(), tls, offices,
                    NETWORK.certificates.nodeAuditKeys());

            assertThatThrownBy(() -> new RegistryPublisher(CLOCK)
                    .publish(DEMO_TEMPLATE, incomplete, NETWORK.registrySigner, 2, output))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageContaining("cannot publish, missing TLS certificate of node KH, certificates of office VN-MOCBAI");
            assertThat(output.resolve("registry.yaml")).doesNotExist();
        }

        @Test
        void aTemplateThatAlreadyCarriesCertificatesNamingTheLine() throws Exception {
            Path template = output.resolve("network.yaml");
            Files.writeString(template, Files.readString(DEMO_TEMPLATE).replace(
                    "    displayName: Moc Bai BLO (Tay Ninh)\n",
                    "    displayName: Moc Bai BLO (Tay Ninh)\n    signingCertificate: pasted by hand\n"));
            int line = Files.readAllLines(template).indexOf("    signingCertificate: pasted by hand") + 1;

            assertThatThrownBy(() -> new RegistryPublisher(CLOCK)
                    .publish(template, NETWORK.certificates, NETWORK.registrySigner, 2, output))
                    .hasMessage("network.yaml line " + line + ", field offices[9].signingCertificate:"
                            + " unknown field 'signingCertificate' (allowed here: id, node, displayName, cryptoProfile)");
        }
    }
}
