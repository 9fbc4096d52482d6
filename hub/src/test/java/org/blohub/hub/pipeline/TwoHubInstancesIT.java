package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.blohub.hub.demo.NodeLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two hub instances of TH share one standalone broker (competing consumers on {@code blo.inbound}) and one
 * PostgreSQL database. Both take submissions while LA sends to TH, all at once; every message arrives once, and
 * TH's audit log has no gap in its sequence and verifies against TH's signed checkpoint. One instance at a time
 * signs the checkpoints; when it stops, the other signs what followed. It takes several minutes,
 * so it runs with {@code -Dblo.scale-out=true} (docs/scale-out.md), not in every build.
 */
@EnabledIfSystemProperty(named = "blo.scale-out", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoHubInstancesIT {

    private static final int PER_SENDER = 8;
    private static final String FIRST = "th-a";
    private static final String SECOND = "th-b";

    @TempDir
    static Path directory;

    private ScaleOutNetwork network;
    private TwoNodes nodes;
    private ConfigurableApplicationContext secondTh;

    @BeforeAll
    void startBrokerDatabaseAndInstances() throws Exception {
        network = ScaleOutNetwork.start(directory);
        nodes = network.nodes;
        nodes.th = startTh(FIRST);
        secondTh = startTh(SECOND);
        nodes.startLa();
    }

    private ConfigurableApplicationContext startTh(String instanceName) {
        return NodeLauncher.start("TH", nodes.material, network.thDataDirectory, 0, List.of("LA"),
                network.thInstance(Map.of("blo.audit.checkpoint-interval", "500ms",
                        "blo.node.instance-name", instanceName)));
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (secondTh != null && secondTh.isActive()) {
            secondTh.close();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    @Order(1)
    void concurrentTrafficThroughBothInstancesIsDeliveredOnceAndLeavesAGaplessVerifiableAuditLog() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(6);
        List<Future<String>> fromTh = new ArrayList<>();
        List<Future<String>> fromLa = new ArrayList<>();
        try {
            for (int i = 0; i < PER_SENDER; i++) {
                int n = i;
                fromTh.add(senders.submit(() -> submit(nodes.th, "TH-CHIANGKHONG", "LA-HOUAYXAY", "H2", "first " + n)));
                fromTh.add(senders.submit(() -> submit(secondTh, "TH-CHIANGKHONG", "LA-HOUAYXAY", "H2", "second " + n)));
                fromLa.add(senders.submit(() -> submit(nodes.la, "LA-HOUAYXAY", "TH-CHIANGKHONG", "H1", "from LA " + n)));
            }
            for (Future<String> id : fromTh) {
                awaitOutboxStatus(nodes.th, "TH-CHIANGKHONG", id.get(), "DELIVERED");
            }
            for (Future<String> id : fromLa) {
                awaitOutboxStatus(nodes.la, "LA-HOUAYXAY", id.get(), "DELIVERED");
            }
        } finally {
            senders.shutdownNow();
        }

        for (Future<String> id : fromLa) {
            assertThat(network.thDatabase.sql("SELECT COUNT(*) FROM messages WHERE message_id = ? AND direction = 'INBOUND'")
                    .param(id.get()).query(Long.class).single()).isEqualTo(1L);
            assertThat(network.thDatabase.sql("SELECT COUNT(*) FROM audit_events WHERE message_id = ? AND event_type = 'RECEIVED'")
                    .param(id.get()).query(Long.class).single()).isEqualTo(1L);
        }
        long logSize = network.thAuditLog.assertGapless();
        assertThat(network.thAuditLog.auditOnceCheckpointCovers(logSize).defect()).isEmpty();
    }

    @Test
    @Order(2)
    void whenTheCheckpointSignerStopsTheOtherInstanceSignsEverythingAppendedSince() throws Exception {
        String signer = network.checkpointSigner();
        assertThat(signer).isIn(FIRST, SECOND);
        ConfigurableApplicationContext survivor = signer.equals(FIRST) ? secondTh : nodes.th;
        List<Long> signedBefore = network.thAuditLog.checkpointSizes();

        (signer.equals(FIRST) ? nodes.th : secondTh).close();
        List<String> fromLa = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            fromLa.add(submit(nodes.la, "LA-HOUAYXAY", "TH-CHIANGKHONG", "H1", "after the signer stopped " + n));
        }
        for (String id : fromLa) {
            awaitOutboxStatus(nodes.la, "LA-HOUAYXAY", id, "DELIVERED");
        }
        submit(survivor, "TH-CHIANGKHONG", "LA-HOUAYXAY", "H2", "from the surviving instance");

        long logSize = network.thAuditLog.assertGapless();
        assertThat(network.thAuditLog.auditOnceCheckpointCovers(logSize).defect()).isEmpty();
        assertThat(network.checkpointSigner()).isEqualTo(signer.equals(FIRST) ? SECOND : FIRST);
        assertThat(network.thAuditLog.checkpointSizes()).containsAll(signedBefore);
    }

    private String submit(ConfigurableApplicationContext node, String from, String to, String handling,
            String subject) {
        TwoNodes.Response response = nodes.asSystem(node, from, "POST", "/api/messages",
                TwoNodes.request(to, handling, subject));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("messageId").asString();
    }

    private void awaitOutboxStatus(ConfigurableApplicationContext node, String office, String id, String status) {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(TwoNodeExchangeIT.status(
                nodes.asSystem(node, office, "GET", "/api/messages/outbox", null), id)).isEqualTo(status));
    }
}
