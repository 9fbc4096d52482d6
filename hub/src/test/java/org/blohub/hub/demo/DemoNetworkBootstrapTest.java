package org.blohub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.security.CallerDirectory;
import org.blohub.hub.security.OfficeCaller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class DemoNetworkBootstrapTest {

    @TempDir
    static Path directory;

    static DemoNetworkBootstrap bootstrap;
    static NetworkRegistry registry;

    @BeforeAll
    static void generate() throws Exception {
        Path template = Path.of("").toAbsolutePath();
        while (!Files.exists(template.resolve("config/demo/network.yaml"))) {
            template = template.getParent();
        }
        bootstrap = new DemoNetworkBootstrap(directory.resolve("demo"), directory,
                template.resolve("config/demo/network.yaml"), Clock.systemUTC());
        assertThat(bootstrap.ensure(List.of("TH", "LA"))).isTrue();
        NodeMaterial th = new NodeMaterial(directory.resolve("demo"), "TH");
        registry = new RegistryLoader(new RegistryTrust(PemFiles.readCertificates(th.trustRoot()),
                PemFiles.readCrls(th.crls())), Clock.systemUTC()).load(th.registry());
    }

    @Test
    void publishesARegistryThatVerifiesAgainstTheGeneratedRoot() {
        assertThat(registry.nodes()).extracting(node -> node.name()).contains("TH", "LA");
        assertThat(registry.officesOf("LA")).extracting(office -> office.id())
                .containsExactly("LA-HOUAYXAY", "LA-TONPHEUNG");
    }

    @Test
    void writesOfficeKeysThatMatchTheRegisteredCertificates() throws Exception {
        NodeMaterial la = new NodeMaterial(directory.resolve("demo"), "LA");
        char[] password = Files.readString(la.password()).toCharArray();
        Credential signing = Pkcs12Files.read(la.officeSigning("LA-HOUAYXAY"), NodeMaterial.SIGNING_ALIAS, password);

        assertThat(signing.certificate()).isEqualTo(registry.office("LA-HOUAYXAY").orElseThrow().signingCertificate());
        assertThat(Files.exists(la.officeSigning("TH-CHIANGKHONG"))).isFalse();
    }

    @Test
    void printedCredentialsAuthenticateAsTheirOfficeOnly() {
        CallerDirectory callers = CallerDirectory.load(new NodeMaterial(directory.resolve("demo"), "TH").callers(), registry, "TH");
        DemoCredentials credentials = bootstrap.credentials();

        OfficeCaller system = callers.byToken(credentials.tokenOf("TH-CHIANGKHONG").token()).orElseThrow();
        assertThat(system.office()).isEqualTo("TH-CHIANGKHONG");
        assertThat(callers.byToken(credentials.tokenOf("LA-HOUAYXAY").token())).isEmpty();
        DemoCredentials.Officer officer = credentials.officerOf("TH-MAESAI");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(officer.password(),
                callers.officers().get(officer.user()).passwordHash())).isTrue();
        assertThat(callers.officer(officer.user()).orElseThrow().office()).isEqualTo("TH-MAESAI");
    }

    @Test
    void publishesTheAuditKeysTheHostedNodesKeepInTheirDataDirectories() throws Exception {
        for (String node : List.of("TH", "LA")) {
            NoteSigner logKey = NoteSigner.parse(Files.readString(directory.resolve(node + "/audit/log.key")).strip());
            Cosigner witnessKey = Cosigner.parse(Files.readString(directory.resolve(node + "/audit/witness.key")).strip());

            NodeAuditKeys published = registry.node(node).orElseThrow().auditKeys();
            assertThat(published.logKey()).isEqualTo(logKey.verifierKey());
            assertThat(published.witnessKey()).isEqualTo(witnessKey.verifierKey());
            assertThat(published.logKey().name()).isEqualTo("blo.mekong.example/" + node + "/audit");
        }
        assertThat(registry.node("MM").orElseThrow().auditKeys().logKey().name())
                .isEqualTo("blo.mekong.example/MM/audit");
        assertThat(directory.resolve("MM")).doesNotExist();
    }

    @Test
    void createsOneAdministratorPerHostedNode() {
        CallerDirectory callers = CallerDirectory.load(new NodeMaterial(directory.resolve("demo"), "LA").callers(),
                registry, "LA");
        DemoCredentials.Officer admin = bootstrap.credentials().adminOf("LA");

        assertThat(admin.user()).isEqualTo("la-admin");
        assertThat(callers.officer("la-admin").orElseThrow().role()).isEqualTo(CallerRole.ADMIN);
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(admin.password(),
                callers.officers().get("la-admin").passwordHash())).isTrue();
    }

    @Test
    void createsOneAuditorPerHostedNodeListedWithTheOtherSignInDetails() throws Exception {
        CallerDirectory callers = CallerDirectory.load(new NodeMaterial(directory.resolve("demo"), "TH").callers(),
                registry, "TH");
        DemoCredentials.Officer auditor = bootstrap.credentials().auditorOf("TH");

        assertThat(auditor.user()).isEqualTo("th-auditor");
        assertThat(callers.officer("th-auditor").orElseThrow().role()).isEqualTo(CallerRole.AUDITOR);
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(auditor.password(),
                callers.officers().get("th-auditor").passwordHash())).isTrue();
        assertThat(java.nio.file.Files.readAllLines(directory.resolve("demo/credentials.properties")))
                .anyMatch(line -> line.startsWith("auditor|TH|" + auditor.office() + "|th-auditor="));
        assertThat(bootstrap.credentials().auditors()).extracting(DemoCredentials.Officer::node)
                .containsExactlyInAnyOrder("TH", "LA");
    }

    @Test
    void reusesTheMaterialOnTheSecondStart() {
        assertThat(bootstrap.ensure(List.of("TH", "LA"))).isFalse();
    }
}
