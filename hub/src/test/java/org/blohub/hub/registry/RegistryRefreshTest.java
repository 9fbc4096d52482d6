package org.blohub.hub.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's registry file changes while it runs, with registries published and signed by the real publisher: a
 * newer one is adopted by the registry the node runs on once the pair has settled, and authorization follows it;
 * an older or equal serial, a broken signature and a registry without this node are refused and change nothing;
 * an unchanged file does nothing.
 */
class RegistryRefreshTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private static final TestNetworkPki NETWORK = new TestNetworkPki(CLOCK, List.of("TH", "LA", "MM"),
            List.of("TH-MAESAI", "TH-CHIANGKHONG", "LA-HOUAYXAY"));
    private static final String MAESAI_AGREEMENT = """
              - id: TH-LA-MAESAI-2026
                from: [TH-MAESAI]
                to: [LA-HOUAYXAY]
                direction: ONE_WAY
                kinds: [REQUEST]
                upToHandlingCode: H1
            """;
    private static final String WITHOUT_MAESAI = RegistryLoaderTest.TEMPLATE.replace(MAESAI_AGREEMENT, "");

    @TempDir
    Path directory;

    private Path registryFile;
    private NetworkRegistry running;
    private RegistryRefresh refresh;

    @BeforeEach
    void startOnSerialSeven() throws Exception {
        assertThat(WITHOUT_MAESAI).isNotEqualTo(RegistryLoaderTest.TEMPLATE);
        registryFile = publish(RegistryLoaderTest.TEMPLATE, 7, "running").registryFile();
        running = loader().load(registryFile);
        refresh = new RegistryRefresh(registryFile, RegistryRefreshTest::loader, running, "TH");
    }

    @Test
    void anUnchangedFileDoesNothing() throws Exception {
        assertThat(refresh.poll()).isEmpty();
        assertThat(refresh.poll()).isEmpty();

        assertThat(running.serial()).isEqualTo(7);
    }

    @Nested
    class ANewerRegistry {

        @Test
        void isAppliedOnceSettledAndAuthorizationFollowsIt() throws Exception {
            assertThat(maesaiToHouayxay().allowed()).isTrue();
            replaceWith(publish(WITHOUT_MAESAI, 8, "newer"));

            assertThat(refresh.poll()).as("the pair has not settled yet").isEmpty();
            assertThat(running.serial()).isEqualTo(7);
            Optional<RegistryRefreshOutcome> outcome = refresh.poll();

            assertThat(outcome).contains(new RegistryRefreshOutcome.Applied(7, 8, sha256(registryFile), List.of()));
            assertThat(running.serial()).isEqualTo(8);
            assertThat(running.agreements()).extracting(Agreement::id).containsExactly("TH-LA-2026");
            assertThat(maesaiToHouayxay().allowed()).isFalse();
            assertThat(maesaiToHouayxay().reason()).isEqualTo("no agreement allows TH-MAESAI to send REQUEST to"
                    + " LA-HOUAYXAY");
            assertThat(refresh.poll()).as("applied once").isEmpty();
        }

        @Test
        void whoseSignatureIsWrittenAfterItWithinAnIntervalIsAppliedWithoutARefusalInBetween() throws Exception {
            PublishedRegistry newer = publish(WITHOUT_MAESAI, 8, "newer");
            Files.copy(newer.registryFile(), registryFile, StandardCopyOption.REPLACE_EXISTING);
            assertThat(refresh.poll()).isEmpty();
            Files.copy(newer.signatureFile(), signatureOf(registryFile), StandardCopyOption.REPLACE_EXISTING);

            assertThat(refresh.poll()).isEmpty();
            assertThat(refresh.poll()).containsInstanceOf(RegistryRefreshOutcome.Applied.class);
            assertThat(running.serial()).isEqualTo(8);
        }

        @Test
        void thatAddsAPeerNodeIsAppliedAndSaysThatTheBridgeNeedsARestart() throws Exception {
            replaceWith(publish(withMyanmar(RegistryLoaderTest.TEMPLATE), 8, "newer"));

            Optional<RegistryRefreshOutcome> outcome = settledPoll();

            assertThat(outcome).containsInstanceOf(RegistryRefreshOutcome.Applied.class);
            assertThat(((RegistryRefreshOutcome.Applied) outcome.orElseThrow()).needsRestart())
                    .containsExactly("node MM added (broker bridges)");
            assertThat(running.node("MM")).isPresent();
        }

        @Test
        void afterOneThatNeedsARestartTheNextStillSaysSoUntilTheNodeRestarts() throws Exception {
            replaceWith(publish(withMyanmar(RegistryLoaderTest.TEMPLATE), 8, "newer"));
            settledPoll();
            replaceWith(publish(withMyanmar(WITHOUT_MAESAI), 9, "newest"));

            Optional<RegistryRefreshOutcome> outcome = settledPoll();

            assertThat(outcome).containsInstanceOf(RegistryRefreshOutcome.Applied.class);
            assertThat(((RegistryRefreshOutcome.Applied) outcome.orElseThrow()).needsRestart())
                    .containsExactly("node MM added (broker bridges)");
            assertThat(running.serial()).isEqualTo(9);
        }

        @Test
        void thatReKeysAnOfficeOfThisNodeIsAppliedAndSaysThatTheKeyRingNeedsARestart() throws Exception {
            Map<String, OfficeCertificates> offices = new HashMap<>(NETWORK.certificates.offices());
            offices.put("TH-MAESAI", new OfficeCertificates(
                    NETWORK.pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256).certificate(),
                    offices.get("TH-MAESAI").encryption()));
            NetworkCertificates reKeyed = new NetworkCertificates(
                    NETWORK.certificates.nationalCertificateAuthorities(), NETWORK.certificates.nodeTls(), offices,
                    NETWORK.certificates.nodeAuditKeys());
            Path template = directory.resolve("re-keyed.yaml");
            Files.writeString(template, RegistryLoaderTest.TEMPLATE);
            replaceWith(new RegistryPublisher(CLOCK).publish(template, reKeyed, NETWORK.registrySigner, 8,
                    directory.resolve("re-keyed")));

            Optional<RegistryRefreshOutcome> outcome = settledPoll();

            assertThat(((RegistryRefreshOutcome.Applied) outcome.orElseThrow()).needsRestart())
                    .containsExactly("office TH-MAESAI of this node added, removed or re-keyed (office key ring)");
            assertThat(running.office("TH-MAESAI").orElseThrow().signingCertificate())
                    .isEqualTo(offices.get("TH-MAESAI").signing());
        }
    }

    @Nested
    class ARefusedRegistry {

        @Test
        void withAnEqualSerialIsRefusedNamingBothSerialsAndChangesNothing() throws Exception {
            replaceWith(publish(WITHOUT_MAESAI, 7, "equal"));

            RegistryRefreshOutcome.Refused refused = refusal();

            assertThat(refused.summary()).isEqualTo("serial 7 not above 7");
            assertThat(refused.reason()).isEqualTo(registryFile + ": serial 7 is not higher than serial 7 the node"
                    + " runs on; publish the registry with a serial above 7");
            assertThat(refused.sha256()).isEqualTo(sha256(registryFile));
            assertKeptSerialSeven();
            assertThat(refresh.poll()).as("not tried again until it changes").isEmpty();
        }

        @Test
        void withALowerSerialIsRefusedNamingBothSerials() throws Exception {
            replaceWith(publish(WITHOUT_MAESAI, 6, "older"));

            assertThat(refusal().summary()).isEqualTo("serial 6 not above 7");
            assertKeptSerialSeven();
        }

        @Test
        void whoseSignatureDoesNotVerifyIsRefusedWithTheLoadersError() throws Exception {
            replaceWith(publish(WITHOUT_MAESAI, 8, "tampered"));
            Files.writeString(registryFile, Files.readString(registryFile).replace("upToHandlingCode: H3",
                    "upToHandlingCode: H0"));

            RegistryRefreshOutcome.Refused refused = refusal();

            assertThat(refused.summary()).isEqualTo("signature or file not accepted");
            assertThat(refused.reason()).startsWith(registryFile + ": refused: signature " + signatureOf(registryFile)
                    + " not accepted");
            assertKeptSerialSeven();
        }

        @Test
        void thatDoesNotNameThisNodeIsRefused() throws Exception {
            RegistryRefresh myanmarRefresh = new RegistryRefresh(registryFile, RegistryRefreshTest::loader, running,
                    "MM");
            replaceWith(publish(WITHOUT_MAESAI, 8, "without"));
            assertThat(myanmarRefresh.poll()).isEmpty();

            Optional<RegistryRefreshOutcome> outcome = myanmarRefresh.poll();

            assertThat(outcome).map(RegistryRefreshOutcome.Refused.class::cast)
                    .map(RegistryRefreshOutcome.Refused::summary).contains("node MM missing");
            assertKeptSerialSeven();
        }

        private RegistryRefreshOutcome.Refused refusal() throws RegistryException {
            Optional<RegistryRefreshOutcome> outcome = settledPoll();
            assertThat(outcome).containsInstanceOf(RegistryRefreshOutcome.Refused.class);
            RegistryRefreshOutcome.Refused refused = (RegistryRefreshOutcome.Refused) outcome.orElseThrow();
            assertThat(refused.keptSerial()).isEqualTo(7);
            return refused;
        }

        private void assertKeptSerialSeven() {
            assertThat(running.serial()).isEqualTo(7);
            assertThat(maesaiToHouayxay().allowed()).isTrue();
        }
    }

    private static String withMyanmar(String template) {
        return template.replace("offices:\n", """
                  - name: MM
                    country: MM
                    displayName: Myanmar
                    broker: { host: 127.0.0.1, port: 61619 }
                    httpPort: 8083
                offices:
                """);
    }

    private Optional<RegistryRefreshOutcome> settledPoll() throws RegistryException {
        assertThat(refresh.poll()).isEmpty();
        return refresh.poll();
    }

    private AuthorizationDecision maesaiToHouayxay() {
        return running.authorize("TH-MAESAI", "LA-HOUAYXAY", MessageKind.REQUEST, HandlingCode.H1);
    }

    private PublishedRegistry publish(String template, long serial, String name) throws Exception {
        Path templateFile = directory.resolve(name + ".yaml");
        Files.writeString(templateFile, template);
        return new RegistryPublisher(CLOCK).publish(templateFile, NETWORK.certificates, NETWORK.registrySigner, serial,
                directory.resolve(name));
    }

    private void replaceWith(PublishedRegistry published) throws Exception {
        Files.copy(published.registryFile(), registryFile, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(published.signatureFile(), signatureOf(registryFile), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path signatureOf(Path registry) {
        return registry.resolveSibling(registry.getFileName() + RegistryLoader.SIGNATURE_SUFFIX);
    }

    private static RegistryLoader loader() {
        return new RegistryLoader(NETWORK.trust(), CLOCK);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
