package org.blohub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.hub.node.NodeMaterial;
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
        bootstrap = new DemoNetworkBootstrap(directory, template.resolve("config/demo/network.yaml"), Clock.systemUTC());
        assertThat(bootstrap.ensure(List.of("TH", "LA"))).isTrue();
        NodeMaterial th = new NodeMaterial(directory, "TH");
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
        NodeMaterial la = new NodeMaterial(directory, "LA");
        char[] password = Files.readString(la.password()).toCharArray();
        Credential signing = Pkcs12Files.read(la.officeSigning("LA-HOUAYXAY"), NodeMaterial.SIGNING_ALIAS, password);

        assertThat(signing.certificate()).isEqualTo(registry.office("LA-HOUAYXAY").orElseThrow().signingCertificate());
        assertThat(Files.exists(la.officeSigning("TH-CHIANGKHONG"))).isFalse();
    }

    @Test
    void printedCredentialsAuthenticateAsTheirOfficeOnly() {
        CallerDirectory callers = CallerDirectory.load(new NodeMaterial(directory, "TH").callers(), registry, "TH");
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
    void reusesTheMaterialOnTheSecondStart() {
        assertThat(bootstrap.ensure(List.of("TH", "LA"))).isFalse();
    }
}
