package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.AuditConfiguration;
import org.blohub.hub.audit.LogAuditResult;
import org.blohub.hub.audit.LogAuditor;
import org.blohub.hub.audit.LogEntry;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.store.ImmutableBytes;
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
import org.springframework.jdbc.core.simple.JdbcClient;

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

    private static final String DATABASE = "blohub_th";
    private static final int PER_SENDER = 8;
    private static final String FIRST = "th-a";
    private static final String SECOND = "th-b";

    @TempDir
    static Path directory;

    private EmbeddedPostgres postgres;
    private StandaloneBroker broker;
    private TwoNodes nodes;
    private ConfigurableApplicationContext secondTh;
    private JdbcClient thDatabase;

    @BeforeAll
    void startBrokerDatabaseAndInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + DATABASE).update();
        thDatabase = JdbcClient.create(postgres.getDatabase("postgres", DATABASE));
        nodes = new TwoNodes(directory);
        StandaloneBroker.ForTh standalone = StandaloneBroker.startForTh(nodes, directory.resolve("th-broker"));
        broker = standalone.broker();
        Map<String, Object> th = new HashMap<>(standalone.nodeProperties());
        th.put("spring.datasource.url", postgres.getJdbcUrl("postgres", DATABASE));
        th.put("spring.datasource.username", "postgres");
        th.put("spring.datasource.password", "");
        th.put("blo.audit.checkpoint-interval", "500ms");
        // one data directory: both instances sign checkpoints with the node's one audit key
        nodes.th = NodeLauncher.start("TH", nodes.material, directory.resolve("TH"), 0, List.of("LA"),
                named(th, FIRST));
        secondTh = NodeLauncher.start("TH", nodes.material, directory.resolve("TH"), 0, List.of("LA"),
                named(th, SECOND));
        nodes.startLa();
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (secondTh != null && secondTh.isActive()) {
            secondTh.close();
        }
        if (nodes != null) {
            nodes.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
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
            assertThat(thDatabase.sql("SELECT COUNT(*) FROM messages WHERE message_id = ? AND direction = 'INBOUND'")
                    .param(id.get()).query(Long.class).single()).isEqualTo(1L);
            assertThat(thDatabase.sql("SELECT COUNT(*) FROM audit_events WHERE message_id = ? AND event_type = 'RECEIVED'")
                    .param(id.get()).query(Long.class).single()).isEqualTo(1L);
        }
        List<Long> sequence = thDatabase.sql("SELECT seq FROM audit_events ORDER BY seq").query(Long.class).list();
        assertThat(sequence).containsExactlyElementsOf(LongStream.range(0, sequence.size()).boxed().toList());

        CheckpointVerifier verifier = new CheckpointVerifier(NoteVerifierKey.parse(
                Files.readString(directory.resolve("TH/audit/log.key.vkey")).strip()), List.of());
        String checkpoint = await().atMost(TwoNodes.PATIENCE).until(this::latestCheckpoint,
                note -> note.isPresent() && treeSize(verifier, note.get()) >= sequence.size()).orElseThrow();
        List<LogEntry> entries = thDatabase.sql("SELECT seq, leaf_bytes, leaf_hash FROM audit_events ORDER BY seq")
                .query((row, number) -> new LogEntry(row.getLong("seq"), ImmutableBytes.copyOf(row.getBytes("leaf_bytes")),
                        Optional.of(ImmutableBytes.copyOf(row.getBytes("leaf_hash")))))
                .list();
        LogAuditResult result = new LogAuditor(verifier).audit(checkpoint, entries, Optional.empty());
        assertThat(result.defect()).isEmpty();
    }

    @Test
    @Order(2)
    void whenTheCheckpointSignerStopsTheOtherInstanceSignsEverythingAppendedSince() throws Exception {
        String signer = signerRoleHolder();
        assertThat(signer).isIn(FIRST, SECOND);
        ConfigurableApplicationContext survivor = signer.equals(FIRST) ? secondTh : nodes.th;
        List<Long> signedBefore = signedTreeSizes();

        (signer.equals(FIRST) ? nodes.th : secondTh).close();
        List<String> fromLa = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            fromLa.add(submit(nodes.la, "LA-HOUAYXAY", "TH-CHIANGKHONG", "H1", "after the signer stopped " + n));
        }
        for (String id : fromLa) {
            awaitOutboxStatus(nodes.la, "LA-HOUAYXAY", id, "DELIVERED");
        }
        submit(survivor, "TH-CHIANGKHONG", "LA-HOUAYXAY", "H2", "from the surviving instance");

        long logSize = thDatabase.sql("SELECT COUNT(*) FROM audit_events").query(Long.class).single();
        CheckpointVerifier verifier = new CheckpointVerifier(NoteVerifierKey.parse(
                Files.readString(directory.resolve("TH/audit/log.key.vkey")).strip()), List.of());
        String checkpoint = await().atMost(TwoNodes.PATIENCE).until(this::latestCheckpoint,
                note -> note.isPresent() && treeSize(verifier, note.get()) >= logSize).orElseThrow();
        assertThat(signerRoleHolder()).isEqualTo(signer.equals(FIRST) ? SECOND : FIRST);
        assertThat(signedTreeSizes()).containsAll(signedBefore);
        List<LogEntry> entries = thDatabase.sql("SELECT seq, leaf_bytes, leaf_hash FROM audit_events ORDER BY seq")
                .query((row, number) -> new LogEntry(row.getLong("seq"), ImmutableBytes.copyOf(row.getBytes("leaf_bytes")),
                        Optional.of(ImmutableBytes.copyOf(row.getBytes("leaf_hash")))))
                .list();
        assertThat(new LogAuditor(verifier).audit(checkpoint, entries, Optional.empty()).defect()).isEmpty();
    }

    private String signerRoleHolder() {
        return thDatabase.sql("SELECT holder FROM role_leases WHERE role = ?")
                .param(AuditConfiguration.CHECKPOINT_SIGNER_ROLE).query(String.class).single();
    }

    private List<Long> signedTreeSizes() {
        return thDatabase.sql("SELECT tree_size FROM audit_checkpoints ORDER BY tree_size").query(Long.class).list();
    }

    private static Map<String, Object> named(Map<String, Object> properties, String instanceName) {
        Map<String, Object> named = new HashMap<>(properties);
        named.put("blo.node.instance-name", instanceName);
        return named;
    }

    private String submit(ConfigurableApplicationContext node, String from, String to, String handling,
            String subject) {
        TwoNodes.Response response = nodes.asSystem(node, from, "POST", "/api/messages",
                TwoNodes.request(to, handling, subject));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("messageId").asString();
    }

    private Optional<String> latestCheckpoint() {
        return thDatabase.sql("SELECT signed_note FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1")
                .query(String.class).optional();
    }

    private static long treeSize(CheckpointVerifier verifier, String note) {
        try {
            return verifier.open(note).checkpoint().treeSize();
        } catch (NoteException e) {
            return -1;
        }
    }

    private void awaitOutboxStatus(ConfigurableApplicationContext node, String office, String id, String status) {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(TwoNodeExchangeIT.status(
                nodes.asSystem(node, office, "GET", "/api/messages/outbox", null), id)).isEqualTo(status));
    }
}
