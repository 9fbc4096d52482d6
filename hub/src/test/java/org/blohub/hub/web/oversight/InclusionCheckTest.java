package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.note.SignedNote;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointPublisher;
import org.blohub.hub.store.jdbc.JdbcAuditStorage;
import org.blohub.hub.web.oversight.InclusionVerdict.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class InclusionCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-14T08:30:00Z");
    private static final AuditOrigin ORIGIN = new AuditOrigin("blohub.example", "TH");

    private SingleConnectionDataSource dataSource;
    private OversightData data;
    private AuditTree tree;
    private InMemoryCheckpoints checkpoints;
    private NoteSigner logKey;
    private CheckpointPublisher publisher;

    @BeforeEach
    void freshNode() throws Exception {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + OversightData.newId()
                + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa", "", true);
        data = new OversightData(dataSource);
        tree = new AuditTree(JdbcAuditStorage.treeHashes(dataSource));
        checkpoints = new InMemoryCheckpoints();
        logKey = NoteSigner.generate(ORIGIN.name(), new SecureRandom());
        publisher = new CheckpointPublisher(tree, logKey, ORIGIN, checkpoints, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int n = 0; n < 7; n++) {
            data.auditLog.append(OversightData.event(AuditEventType.SENT, OversightData.newId(), NOW, Optional.empty()));
        }
    }

    @AfterEach
    void closeDatabase() {
        dataSource.destroy();
    }

    private InclusionCheck checkWith(NoteSigner key) {
        return new InclusionCheck(data.auditLog, tree, checkpoints, key.verifierKey());
    }

    @Test
    void verifiesAnEntryAgainstTheLatestCheckpointSignedWithThePublishedLogKey() {
        publisher.publishIfGrown();

        InclusionVerdict verdict = checkWith(logKey).check(3);

        assertThat(verdict.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(verdict.treeSize()).contains(7L);
    }

    @Test
    void saysAnEntryNewerThanTheLatestCheckpointIsNotYetCheckpointed() {
        publisher.publishIfGrown();
        long newer = data.auditLog.append(OversightData.event(AuditEventType.DELIVERED, OversightData.newId(), NOW,
                Optional.empty()));

        assertThat(checkWith(logKey).check(newer).outcome()).isEqualTo(Outcome.NOT_YET_CHECKPOINTED);
    }

    @Test
    void refusesACheckpointThatDoesNotVerifyWithTheLogKeyOfTheRegistry() throws Exception {
        publisher.publishIfGrown();
        NoteSigner otherKey = NoteSigner.generate(ORIGIN.name(), new SecureRandom());

        InclusionVerdict verdict = checkWith(otherKey).check(3);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_VERIFIED);
        assertThat(verdict.detail().orElseThrow()).contains("does not verify with the log key");
    }

    @Test
    void refusesWhenTheSignedRootIsNotTheRootOfTheStoredLog() throws Exception {
        byte[] otherRoot = new byte[32];
        otherRoot[0] = 1;
        checkpoints.save(7, otherRoot, SignedNote.sign(Checkpoint.of(ORIGIN.name(), 7, otherRoot).body(), logKey),
                NOW);

        InclusionVerdict verdict = checkWith(logKey).check(3);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_VERIFIED);
        assertThat(verdict.detail().orElseThrow()).contains("does not lead to the root of tree size 7");
    }

    @Test
    void refusesAnIndexThatIsNotInTheLog() {
        publisher.publishIfGrown();

        assertThat(checkWith(logKey).check(7).outcome()).isEqualTo(Outcome.NOT_VERIFIED);
        assertThat(checkWith(logKey).check(-1).outcome()).isEqualTo(Outcome.NOT_VERIFIED);
    }
}
