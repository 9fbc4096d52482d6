package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointPublisher;
import org.blohub.hub.audit.PeerAuditAlarm;
import org.blohub.hub.audit.PeerAuditStatus;
import org.blohub.hub.audit.StoredCheckpoint;
import org.blohub.hub.audit.WitnessedCheckpoint;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.audit.cosign.CosignedSizes;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.store.jdbc.JdbcAuditStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** TH's view of its audit relationship with LA, with real keys: TH's log key, LA's witness and log keys. */
class PeerAuditOverviewTest {

    private static final Instant NOW = Instant.parse("2026-03-14T08:30:00Z");
    private static final AuditOrigin TH = new AuditOrigin(TestRegistry.DOMAIN, "TH");
    private static final AuditOrigin LA = new AuditOrigin(TestRegistry.DOMAIN, "LA");

    private SingleConnectionDataSource dataSource;
    private OversightData data;
    private InMemoryCheckpoints checkpoints;
    private final Map<String, WitnessedCheckpoint> witnessedLogs = new HashMap<>();
    private final WitnessedCheckpoints witnessed = new WitnessedCheckpoints() {
        @Override
        public Optional<WitnessedCheckpoint> last(String origin) {
            return Optional.ofNullable(witnessedLogs.get(origin));
        }

        @Override
        public void remember(WitnessedCheckpoint checkpoint) {
            witnessedLogs.put(checkpoint.origin(), checkpoint);
        }
    };
    private final PeerAuditStatus status = new PeerAuditStatus();
    private NoteSigner thLogKey;
    private Cosigner laWitnessKey;
    private NetworkRegistry registry;
    private CheckpointPublisher publisher;

    @BeforeEach
    void thAndLa() throws Exception {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + OversightData.newId()
                + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa", "", true);
        data = new OversightData(dataSource);
        checkpoints = new InMemoryCheckpoints();
        SecureRandom random = new SecureRandom();
        thLogKey = NoteSigner.generate(TH.name(), random);
        laWitnessKey = Cosigner.generate(LA.witnessName(), random);
        NodeAuditKeys thKeys = new NodeAuditKeys(thLogKey.verifierKey(),
                Cosigner.generate(TH.witnessName(), random).verifierKey());
        NodeAuditKeys laKeys = new NodeAuditKeys(NoteSigner.generate(LA.name(), random).verifierKey(),
                laWitnessKey.verifierKey());
        registry = TestRegistry.of(NOW, thKeys, laKeys);
        publisher = new CheckpointPublisher(new AuditTree(JdbcAuditStorage.treeHashes(dataSource)), thLogKey, TH,
                checkpoints, Clock.fixed(NOW, ZoneOffset.UTC));
        data.auditLog.append(OversightData.event(AuditEventType.SENT, OversightData.newId(), NOW, Optional.empty()));
    }

    @AfterEach
    void closeDatabase() {
        dataSource.destroy();
    }

    private CheckpointOverview overview() {
        return new PeerAuditOverview(checkpoints, new CosignedSizes(dataSource), witnessed, status, registry, TH,
                List.of("LA")).read();
    }

    /** Cosigns TH's latest checkpoint with {@code witness} and stores the line as the cosigning exchange does. */
    private void cosignLatest(Cosigner witness) throws Exception {
        StoredCheckpoint latest = checkpoints.latest().orElseThrow();
        var line = witness.cosign(Checkpoint.parse(latest.signedNote().text()), NOW);
        checkpoints.addCosignature(latest.treeSize(), line, NOW);
        data.jdbc.sql("INSERT INTO audit_checkpoints (tree_size, root_hash, signed_note, signed_at) VALUES (?, ?, ?, ?)")
                .params(latest.treeSize(), new byte[32], latest.signedNote().encoded(), NOW.atOffset(ZoneOffset.UTC))
                .update();
        data.jdbc.sql("INSERT INTO audit_cosignatures (tree_size, cosigner, signature_line, received_at)"
                        + " VALUES (?, ?, ?, ?)")
                .params(latest.treeSize(), line.keyName(), line.line(), NOW.atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void showsThatThePeerCosignedTheLatestCheckpointWithItsRegistryWitnessKey() throws Exception {
        publisher.publishIfGrown();
        cosignLatest(laWitnessKey);
        witnessed.remember(new WitnessedCheckpoint(LA.name(), 12, new byte[32], "note", NOW));

        CheckpointOverview overview = overview();

        assertThat(overview.log()).isEqualTo(TH.name());
        assertThat(overview.treeSize()).contains(1L);
        assertThat(overview.peers()).containsExactly(new PeerAuditRow("LA", LA.name(), true, 1, Optional.of(12L),
                Optional.of(NOW), Optional.empty()));
        assertThat(overview.anyForkAlarm()).isFalse();
    }

    @Test
    void doesNotCountACosignatureByAKeyTheRegistryDoesNotPublishForThePeer() throws Exception {
        publisher.publishIfGrown();
        cosignLatest(Cosigner.generate(LA.witnessName(), new SecureRandom()));

        assertThat(overview().peers().get(0).latestCosigned()).isFalse();
    }

    @Test
    void saysTheLatestCheckpointIsNotCosignedYetWhileTheLogGrewAfterTheLastCosignature() throws Exception {
        publisher.publishIfGrown();
        cosignLatest(laWitnessKey);
        data.auditLog.append(OversightData.event(AuditEventType.DELIVERED, OversightData.newId(), NOW,
                Optional.empty()));
        publisher.publishIfGrown();

        PeerAuditRow la = overview().peers().get(0);

        assertThat(la.latestCosigned()).isFalse();
        assertThat(la.largestCosignedSize()).isEqualTo(1);
    }

    @Test
    void raisesTheForkAlarmOfAPeerWhoseLogContradictsWhatThisNodeCosigned() {
        WitnessedCheckpoint cosigned = new WitnessedCheckpoint(LA.name(), 12, new byte[32], "note", NOW);
        new PeerAuditAlarm(data.auditLog, status, Clock.fixed(NOW, ZoneOffset.UTC))
                .raise(LA.name(), cosigned, 12, "tree size 12 was cosigned with another root");

        CheckpointOverview overview = overview();

        assertThat(overview.anyForkAlarm()).isTrue();
        assertThat(overview.peers().get(0).forkAlarm()).contains("tree size 12 was cosigned with another root");
        assertThat(overview.treeSize()).isEmpty();
    }
}
