package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.node.NodeStartupException;
import org.blohub.hub.publication.PublishingServer;
import org.blohub.hub.registry.Agreement;
import org.blohub.hub.registry.DemoRegistrySigner;
import org.blohub.hub.registry.NetworkRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Two running nodes follow a newer registry without a restart. TH fetches it from the web server where the region
 * publishes it ({@code blo.registry.url}); LA, on its own material and without that URL, gets it from TH over the
 * bridge. The newer signed registry, without the Chiang Khong - Houayxay agreement, makes TH refuse the submission it
 * accepted a moment before, and each node records the change as an ADMIN event. The older registry published again
 * is refused by TH (rollback protection), recorded, changes nothing on either node, and TH no longer starts on it.
 */
class LiveRegistryIT {

    private static final String AGREEMENT = "TH-LA-CHIANGKHONG-HOUAYXAY-2026";
    private static final Duration REFRESH_PATIENCE = Duration.ofMinutes(1);

    @TempDir
    Path directory;

    private TwoNodes nodes;
    private final PublishingServer region = new PublishingServer();

    @AfterEach
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
        region.close();
    }

    @Test
    void aNewerRegistryWithoutAnAgreementIsAppliedWhileRunningAndTheOlderOneWrittenBackIsRefused() throws Exception {
        Path laMaterial = directory.resolve("la-material");
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN.bothNodes(Map.of("blo.registry.refresh", "500ms"))
                .thOnly(Map.of("blo.registry.url", region.uri("/mekong/registry.yaml").toString()))
                .laOnly(Map.of("blo.node.material-dir", laMaterial.toString())));
        Credential registrySigner = trustAnotherRegistrySigner(nodes.material);
        FileSystemUtils.copyRecursively(nodes.material, laMaterial);
        byte[] serialOne = Files.readAllBytes(nodes.material.resolve("registry.yaml"));
        byte[] serialOneSignature = Files.readAllBytes(nodes.material.resolve("registry.yaml.p7s"));
        publish(serialOne, serialOneSignature);
        nodes.start();
        assertThat(submitChiangKhongToHouayxay().status()).isEqualTo(202);

        byte[] serialTwo = withoutAgreement(serialOne, 2);
        publish(serialTwo, new DetachedSigner(Clock.systemUTC()).sign(serialTwo, registrySigner));

        await().atMost(REFRESH_PATIENCE).untilAsserted(() ->
                assertThat(submitChiangKhongToHouayxay().status()).isEqualTo(403));
        assertThat(submitChiangKhongToHouayxay().json().get("message").asString())
                .contains("no agreement allows TH-CHIANGKHONG to send REQUEST to LA-HOUAYXAY");
        for (ConfigurableApplicationContext node : List.of(nodes.th, nodes.la)) {
            String actor = "node:" + node.getEnvironment().getRequiredProperty("blo.node.name");
            await().atMost(REFRESH_PATIENCE).untilAsserted(() ->
                    assertThat(adminEvents(node, "REGISTRY_APPLIED")).singleElement().satisfies(event -> {
                        assertThat(event.actor()).isEqualTo(actor);
                        assertThat(event.target()).contains("registry:2:sha256:" + sha256(serialTwo));
                        assertThat(event.reasonCode()).contains("serial 1 -> 2");
                    }));
            assertThat(node.getBean(NetworkRegistry.class).agreements()).extracting(Agreement::id)
                    .doesNotContain(AGREEMENT);
        }
        assertThat(Files.readAllBytes(laMaterial.resolve("registry.yaml"))).as("what TH offered LA over the bridge")
                .isEqualTo(serialTwo);

        publish(serialOne, serialOneSignature);

        await().atMost(REFRESH_PATIENCE).untilAsserted(() ->
                assertThat(adminEvents(nodes.th, "REGISTRY_REFUSED")).singleElement().satisfies(event -> {
                    assertThat(event.target()).contains("registry:sha256:" + sha256(serialOne));
                    assertThat(event.reasonCode()).contains("serial 1 not above 2");
                }));
        for (ConfigurableApplicationContext node : List.of(nodes.th, nodes.la)) {
            assertThat(node.getBean(NetworkRegistry.class).serial()).isEqualTo(2);
        }
        assertThat(adminEvents(nodes.la, "REGISTRY_REFUSED")).as("TH offers only what it runs on").isEmpty();
        assertThat(submitChiangKhongToHouayxay().status()).isEqualTo(403);
        assertThat(adminEvents(nodes.th, "REGISTRY_APPLIED")).hasSize(1);

        nodes.th.close();
        assertThatThrownBy(nodes::startTh).as("a restart on the older registry")
                .rootCause().isInstanceOf(NodeStartupException.class)
                .hasMessageContaining("has serial 1, lower than serial 2 this node ran on");
    }

    private void publish(byte[] registry, byte[] signature) {
        region.publish("/mekong/registry.yaml", registry);
        region.publish("/mekong/registry.yaml.p7s", signature);
    }

    private TwoNodes.Response submitChiangKhongToHouayxay() {
        return nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages",
                TwoNodes.request("LA-HOUAYXAY", "H2", "Pickup 1AB-2345"));
    }

    /**
     * The demo does not keep its registry signer's key, so the nodes are made to trust a second regional root (and
     * its CRL) whose registry signer this test holds, as an operator adds a root certificate before a key rollover.
     */
    private static Credential trustAnotherRegistrySigner(Path material) {
        DevelopmentPki lab = DevelopmentPki.create("Mekong Lab", Clock.systemUTC());
        Path roots = material.resolve("pki/root.pem");
        Path crls = material.resolve("pki/crls.pem");
        List<X509Certificate> trusted = new ArrayList<>(PemFiles.readCertificates(roots));
        trusted.add(lab.root().certificate());
        PemFiles.writeCertificates(roots, trusted);
        List<X509CRL> current = new ArrayList<>(PemFiles.readCrls(crls));
        current.add(lab.root().currentCrl());
        PemFiles.writeCrls(crls, current);
        return DemoRegistrySigner.issue(lab.root(), Clock.systemUTC());
    }

    /** The published registry with another serial and without {@link #AGREEMENT}. */
    private static byte[] withoutAgreement(byte[] published, long serial) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        ObjectNode registry = (ObjectNode) yaml.readTree(published);
        registry.put("serial", serial);
        ArrayNode agreements = (ArrayNode) registry.get("agreements");
        for (int index = agreements.size() - 1; index >= 0; index--) {
            if (agreements.get(index).get("id").asString().equals(AGREEMENT)) {
                agreements.remove(index);
            }
        }
        assertThat(agreements.valueStream().map(agreement -> agreement.get("id").asString())).doesNotContain(AGREEMENT);
        return yaml.writeValueAsBytes(registry);
    }

    private static List<AuditEvent> adminEvents(ConfigurableApplicationContext node, String action) {
        AuditLog log = node.getBean(AuditLog.class);
        return log.read(0, Math.toIntExact(log.size())).stream().map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.ADMIN)
                .filter(event -> event.action().filter(action::equals).isPresent()).toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
