package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.blohub.hub.node.JdbcRoleLease;
import org.blohub.hub.node.RoleLease;
import org.blohub.hub.store.jdbc.JdbcAuditStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule over a real node database: with an interval far longer than the test, a checkpoint can only
 * follow an append because the committed append told the schedule.
 */
class CheckpointScheduleTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DEBOUNCE = Duration.ofMillis(200);

    private AuditDatabases databases;
    private AuditDatabase database;
    private CheckpointSchedule schedule;
    private AuditLog auditLog;
    private JdbcCheckpointStore checkpoints;
    private JdbcClient jdbc;

    @BeforeEach
    void startSchedule() {
        databases = AuditDatabases.h2();
        database = databases.create();
        DataSource dataSource = database.newPool();
        AuditOrigin origin = new AuditOrigin("blohub.example", "th");
        checkpoints = new JdbcCheckpointStore(dataSource);
        CheckpointPublisher publisher = new CheckpointPublisher(new AuditTree(JdbcAuditStorage.treeHashes(dataSource)),
                AuditedNode.newLogKey(origin), origin, checkpoints, Clock.systemUTC());
        RoleLease signerRole = new JdbcRoleLease(dataSource, AuditConfiguration.CHECKPOINT_SIGNER_ROLE, "th-1",
                HOUR.multipliedBy(3), Clock.systemUTC());
        schedule = new CheckpointSchedule(publisher, signerRole, HOUR, DEBOUNCE);
        auditLog = JdbcAuditStorage.auditLog(dataSource, new CanonicalAuditLeafEncoder(), schedule);
        jdbc = JdbcClient.create(dataSource);
        schedule.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> checkpoints.latest().isPresent());
    }

    @AfterEach
    void stopSchedule() {
        schedule.stop();
        database.close();
        databases.close();
    }

    @Test
    void signsACheckpointShortlyAfterAnAppendCommitsWithoutWaitingForTheInterval() {
        auditLog.append(AuditedNode.sent(1));

        await().atMost(Duration.ofSeconds(3)).until(() -> checkpoints.latest().orElseThrow().treeSize() == 1);
    }

    @Test
    void signsOneCheckpointPerDebouncePeriodUnderLoadNotOnePerEvent() {
        long started = System.nanoTime();
        for (int n = 0; n < 300; n++) {
            auditLog.append(AuditedNode.sent(n));
        }
        Duration appending = Duration.ofNanos(System.nanoTime() - started);

        await().atMost(Duration.ofSeconds(5)).until(() -> checkpoints.latest().orElseThrow().treeSize() == 300);
        long signed = jdbc.sql("SELECT COUNT(*) FROM audit_checkpoints WHERE tree_size > 0").query(Long.class).single();
        assertThat(signed).isBetween(1L, appending.toMillis() / DEBOUNCE.toMillis() + 2);
    }

    @Test
    void signsNothingNewWhileTheLogDoesNotGrow() throws InterruptedException {
        auditLog.append(AuditedNode.sent(1));
        await().atMost(Duration.ofSeconds(3)).until(() -> checkpoints.latest().orElseThrow().treeSize() == 1);

        Thread.sleep(DEBOUNCE.multipliedBy(3).toMillis());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_checkpoints").query(Long.class).single()).isEqualTo(2);
    }
}
