package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.blohub.crypto.note.CheckpointSigner;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.note.VerifiedSignature;
import org.blohub.hub.audit.PeerAuditAlarm;
import org.blohub.hub.audit.WitnessedCheckpoint;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.node.NodeMaterial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * TH and LA witness each other's audit logs over the broker: each node's latest checkpoint comes back cosigned
 * by the other node's witness key, and a forked checkpoint offered to LA raises the peer audit alarm.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckpointCosigningIT {

    private static final String AUDITOR = "auditor.cosign";
    private static final String AUDITOR_PASSWORD = "cosign-auditor-password";

    @TempDir
    static Path directory;

    private TwoNodes nodes;

    @BeforeAll
    void startNodes() throws Exception {
        // each node's data dir is <directory>/<NODE>, where it publishes audit/log.key.vkey and audit/witness.key.vkey
        nodes = new TwoNodes(directory, Map.of("blo.audit.checkpoint-interval", "500ms",
                "blo.audit.peer-keys-dir", directory.toAbsolutePath().toString()));
        for (String node : List.of("TH", "LA")) {
            String office = node.equals("TH") ? "TH-CHIANGKHONG" : "LA-HOUAYXAY";
            Files.writeString(new NodeMaterial(nodes.material, node).callers(), "\nofficer." + AUDITOR + ".office="
                    + office + "\nofficer." + AUDITOR + ".password={bcrypt}"
                    + new BCryptPasswordEncoder().encode(AUDITOR_PASSWORD) + "\nofficer." + AUDITOR
                    + ".role=AUDITOR\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        nodes.start();
    }

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @Test
    @Order(1)
    void afterAnExchangeEachNodesLatestCheckpointCarriesThePeersVerifiedCosignature() {
        nodes.submitThToLa("Cosigning check");

        assertCosignedBy(nodes.th, "TH", "LA");
        assertCosignedBy(nodes.la, "LA", "TH");
    }

    @Test
    @Order(2)
    void aForkedCheckpointOfferedToLaRaisesThePeerAuditAlarm() throws Exception {
        NoteVerifierKey thLogKey = vkey("TH", "log.key.vkey");
        WitnessedCheckpoint last = nodes.la.getBean(WitnessedCheckpoints.class).last(thLogKey.name()).orElseThrow();
        NoteSigner thAuditKey = NoteSigner.parse(Files.readString(directory.resolve("TH/audit/log.key")).strip());
        long forkedSize = last.treeSize() + 1000;
        byte[] forkedRoot = new byte[32];
        String forked = new CheckpointSigner(thAuditKey).sign(forkedSize, forkedRoot).encoded();
        String offer = JsonMapper.builder().build().writeValueAsString(Map.of("note", forked,
                "proofFromSize", last.treeSize(), "proof", List.of(Base64.getEncoder().encodeToString(new byte[32]))));

        // offered by TH itself, over its bridge: LA accepts checkpoint messages only from the peer they name
        nodes.th.getBean(ProducerTemplate.class).sendBodyAndHeaders("jms:queue:blo.outbound.LA?jmsMessageType=Text", offer,
                Map.of(BloHeaders.PROTOCOL, 1, BloHeaders.KIND, "CHECKPOINT", BloHeaders.FROM_NODE, "TH",
                        BloHeaders.TO_NODE, "LA"));

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(TwoNodes.JSON.readTree(
                nodes.call(nodes.la, null, "GET", "/actuator/health", null).body())
                .get("components").get("peerAudit").get("status").asString()).isEqualTo("DOWN"));
        TwoNodes.Response events = nodes.call(nodes.la, basicAuditor(), "GET", "/api/audit/events?type=ADMIN", null);
        assertThat(events.body()).contains(PeerAuditAlarm.CODE);
    }

    private void assertCosignedBy(ConfigurableApplicationContext origin, String originName, String witnessName) {
        NoteVerifierKey logKey = vkey(originName, "log.key.vkey");
        NoteVerifierKey witnessKey = vkey(witnessName, "witness.key.vkey");
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> {
            TwoNodes.Response checkpoint = nodes.call(origin, basicAuditor(), "GET", "/api/audit/checkpoint", null);
            assertThat(checkpoint.status()).isEqualTo(200);
            List<NoteVerifierKey> cosigners = new ArrayList<>();
            for (VerifiedSignature signature : new CheckpointVerifier(logKey, List.of(witnessKey))
                    .open(checkpoint.body()).cosignatures()) {
                cosigners.add(signature.key());
            }
            assertThat(cosigners).containsExactly(witnessKey);
        });
    }

    private static NoteVerifierKey vkey(String node, String file) {
        try {
            return NoteVerifierKey.parse(Files.readString(directory.resolve(node).resolve("audit").resolve(file),
                    StandardCharsets.US_ASCII).strip());
        } catch (java.io.IOException | NoteException e) {
            throw new IllegalStateException("cannot read " + node + "'s " + file, e);
        }
    }

    private static String basicAuditor() {
        return "Basic " + Base64.getEncoder().encodeToString((AUDITOR + ":" + AUDITOR_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
