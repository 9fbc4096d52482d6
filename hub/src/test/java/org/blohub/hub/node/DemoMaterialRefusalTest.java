package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.PemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMaterialRefusalTest {

    @TempDir
    Path directory;

    @Test
    void refusesTheDemoTrustRootNamingTheFileAndTheOptIn() throws IOException {
        NodeMaterial material = materialWithDemoRoot();

        assertThatThrownBy(() -> DemoMaterialRefusal.refuseUnlessAllowed(material, false))
                .isInstanceOf(NodeStartupException.class)
                .hasMessageContaining("BLO-NODE-001")
                .hasMessageContaining(material.trustRoot().toAbsolutePath().normalize().toString())
                .hasMessageContaining("--blo.node.allow-demo-material=true");
    }

    @Test
    void startsOnDemoMaterialWhenExplicitlyAllowed() throws IOException {
        NodeMaterial material = materialWithDemoRoot();

        assertThatCode(() -> DemoMaterialRefusal.refuseUnlessAllowed(material, true)).doesNotThrowAnyException();
    }

    @Test
    void startsOnATrustRootThatIsNotTheDemos() throws Exception {
        Path root = Files.createDirectories(directory.resolve("pki")).resolve("root.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-subj", "/C=TH/O=Mekong Border Liaison/CN=Mekong Root CA",
                "-days", "30", "-keyout", directory.resolve("root.key").toString(), "-out", root.toString())
                .redirectErrorStream(true).start();
        assertThat(openssl.waitFor()).as(new String(openssl.getInputStream().readAllBytes())).isZero();

        assertThatCode(() -> DemoMaterialRefusal.refuseUnlessAllowed(new NodeMaterial(directory, "TH"), false))
                .doesNotThrowAnyException();
    }

    private NodeMaterial materialWithDemoRoot() throws IOException {
        NodeMaterial material = new NodeMaterial(directory, "TH");
        Files.createDirectories(material.trustRoot().getParent());
        PemFiles.writeCertificates(material.trustRoot(),
                List.of(DevelopmentPki.create("Mekong", Clock.systemUTC()).root().certificate()));
        return material;
    }
}
