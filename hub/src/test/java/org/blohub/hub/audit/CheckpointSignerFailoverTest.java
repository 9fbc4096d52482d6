package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.hub.node.JdbcRoleLease;
import org.blohub.hub.store.jdbc.JdbcAuditStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two hub instances of one node, each with its own connection pool on the node's database and its own checkpoint
 * schedule, both signing with the node's one audit key: one of them signs at a time, and when it stops or dies the
 * other signs a checkpoint that covers everything appended meanwhile.
 */
class CheckpointSignerFailoverTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final Duration DEBOUNCE = Duration.ofMillis(50);
    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String SIGNER = AuditConfiguration.CHECKPOINT_SIGNER_ROLE;

    private final AuditOrigin origin = new AuditOrigin("blohub.example", "th");
    private final NoteSigner logKey = AuditedNode.newLogKey(origin);
    private AuditDatabases databases;
    private AuditDatabase database;
    private JdbcClient jdbc;
    private JdbcCheckpointStore checkpoints;
    private Instance first;
    private Instance second;

    private final class Instance {
        final AuditLog auditLog;
        final CheckpointSchedule schedule;

        Instance(String name) {
            DataSource pool = database.newPool();
            CheckpointPublisher publisher = new CheckpointPublisher(new AuditTree(JdbcAuditStorage.treeHashes(pool)),
                    logKey, origin, new JdbcCheckpointStore(pool), Clock.systemUTC());
            schedule = new CheckpointSchedule(publisher,
                    new JdbcRoleLease(pool, SIGNER, name, LEASE, Clock.systemUTC()), INTERVAL, DEBOUNCE);
            auditLog = JdbcAuditStorage.auditLog(pool, new CanonicalAuditLeafEncoder(), schedule);
        }

        void append(int from, int count) {
            for (int n = from; n < from + count; n++) {
                auditLog.append(AuditedNode.sent(n));
            }
        }
    }

    @BeforeEach
    void openNodeDatabase() {
        databases = AuditDatabases.h2();
        database = databases.create();
        DataSource pool = database.newPool();
        jdbc = JdbcClient.create(pool);
        checkpoints = new JdbcCheckpointStore(pool);
    }

    @AfterEach
    void stopInstances() {
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null) {
                instance.schedule.stop();
            }
        }
        database.close();
        databases.close();
    }

    @Test
    void onlyTheHolderSignsAndWhenItStopsTheOtherInstanceSignsWhatBothAppended() throws Exception {
        first = new Instance("th-1");
        first.schedule.start();
        await().atMost(PATIENCE).until(() -> checkpoints.latest().isPresent());
        second = new Instance("th-2");
        second.schedule.start();

        second.append(0, 5);
        await().atMost(PATIENCE).until(() -> latestSize() == 5);
        assertThat(holder()).isEqualTo("th-1");

        first.schedule.stop();
        second.append(5, 3);

        await().atMost(PATIENCE).until(() -> latestSize() == 8);
        assertThat(holder()).isEqualTo("th-2");
        assertCheckpointsVerifyWithTheNodesKey(0, 5, 8);
    }

    @Test
    void whenTheHolderDiedWithoutGivingUpTheRoleTheOtherSignsOnlyOnceItsLeaseHasRunOut() throws Exception {
        JdbcRoleLease diedWithTheRole = new JdbcRoleLease(database.newPool(), SIGNER, "th-1", Duration.ofHours(1),
                Clock.systemUTC());
        assertThat(diedWithTheRole.claim()).isTrue();
        second = new Instance("th-2");
        second.schedule.start();
        second.append(0, 4);

        Thread.sleep(INTERVAL.multipliedBy(5).toMillis());
        assertThat(checkpoints.latest()).isEmpty();

        jdbc.sql("UPDATE role_leases SET expires_at = ? WHERE role = ?")
                .params(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC), SIGNER).update();

        await().atMost(PATIENCE).until(() -> latestSize() == 4);
        assertThat(holder()).isEqualTo("th-2");
        assertCheckpointsVerifyWithTheNodesKey(4);
    }

    private long latestSize() {
        return checkpoints.latest().map(StoredCheckpoint::treeSize).orElse(-1L);
    }

    private String holder() {
        return jdbc.sql("SELECT holder FROM role_leases WHERE role = ?").param(SIGNER).query(String.class).single();
    }

    private void assertCheckpointsVerifyWithTheNodesKey(long... sizes) throws Exception {
        CheckpointVerifier verifier = new CheckpointVerifier(logKey.verifierKey(), List.of());
        for (long size : sizes) {
            Optional<StoredCheckpoint> stored = checkpoints.at(size);
            assertThat(stored).as("checkpoint of tree size %d", size).isPresent();
            assertThat(verifier.open(stored.get().signedNote().encoded()).checkpoint().treeSize()).isEqualTo(size);
        }
    }
}
