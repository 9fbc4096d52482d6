package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteSignature;
import org.blohub.crypto.note.VerifiedCheckpoint;
import org.blohub.hub.audit.CheckpointRefusedException.Reason;
import org.blohub.hub.audit.LogDefect.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Thailand's node keeps its audit log; Laos's node witnesses it. Each test uses real logs on H2 databases:
 * Thailand's, and where history is rewritten a second database holding the rewritten log, signed with
 * Thailand's own audit key.
 */
class PeerWitnessTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:00:00Z");
    private static final String TH_ORIGIN = "blohub.example/th/audit";

    private static AuditDatabases databases;
    private final List<AuditDatabase> opened = new ArrayList<>();

    private AuditedNode thailand;
    private AuditedNode laos;
    private Cosigner laosWitnessKey;
    private PeerAuditStatus peerAudit;
    private PeerWitness laosWitness;

    @BeforeAll
    static void createDirectory() {
        databases = AuditDatabases.h2();
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    @BeforeEach
    void twoNodes() throws Exception {
        thailand = AuditedNode.thailand(open().newPool());
        AuditOrigin laosOrigin = new AuditOrigin("blohub.example", "la");
        laos = new AuditedNode(laosOrigin, open().newPool(), AuditedNode.newLogKey(laosOrigin));
        laosWitnessKey = Cosigner.generate(laosOrigin.witnessName(), new SecureRandom());
        peerAudit = new PeerAuditStatus();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        laosWitness = new PeerWitness(laosWitnessKey, List.of(thailand.logKey.verifierKey()),
                new JdbcWitnessedCheckpoints(laos.dataSource), new PeerAuditAlarm(laos.auditLog, peerAudit, clock),
                clock);
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(AuditDatabase::close);
    }

    private AuditDatabase open() {
        AuditDatabase database = databases.create();
        opened.add(database);
        return database;
    }

    /** Thailand offers its latest checkpoint; Laos checks it and Thailand stores the cosignature. */
    private NoteSignature cosignLatest(AuditedNode log) {
        StoredCheckpoint latest = log.checkpoints.latest().orElseThrow();
        NoteSignature cosignature = laosWitness.witness(latest.signedNote().encoded(), log.tree::consistencyProof);
        log.checkpoints.addCosignature(latest.treeSize(), cosignature, NOW);
        return cosignature;
    }

    /** Thailand's history with event 2 changed (sent to Houayxay instead of Tachileik), re-signed with its key. */
    private AuditedNode rewrittenThailand(int events) {
        AuditedNode rewritten = new AuditedNode(thailand.origin, open().newPool(), thailand.logKey);
        for (int n = 0; n < events; n++) {
            AuditEvent event = AuditedNode.sent(n);
            if (n == 2) {
                event = new AuditEvent(event.time(), event.type(), event.messageId(), event.conversationId(),
                        event.fromOffice(), List.of("LA-HOUAYXAY"), event.actor(), event.envelopeSha256(),
                        event.reasonCode());
            }
            rewritten.auditLog.append(event);
        }
        rewritten.publishCheckpoint();
        return rewritten;
    }

    private void assertAlarmRaised() {
        assertThat(peerAudit.problem(TH_ORIGIN)).isPresent();
        List<AuditRecord> laosEvents = laos.auditLog.read(0, 10);
        assertThat(laosEvents).singleElement().satisfies(record -> {
            assertThat(record.event().type()).isEqualTo(AuditEventType.ADMIN);
            assertThat(record.event().reasonCode()).contains("BLO-AUD-010");
            assertThat(record.event().actor()).isEqualTo("peer-log:" + TH_ORIGIN);
        });
    }

    @Nested
    class AConsistentLog {

        @Test
        void isCosignedAtEachCheckpointAndTheOriginServesTheCosignatures() throws Exception {
            thailand.appendSent(5);
            thailand.publishCheckpoint();
            cosignLatest(thailand);
            thailand.appendSent(4);
            thailand.publishCheckpoint();

            cosignLatest(thailand);

            VerifiedCheckpoint verified = new CheckpointVerifier(thailand.logKey.verifierKey(),
                    List.of(laosWitnessKey.verifierKey())).open(thailand.publishCheckpoint());
            assertThat(verified.checkpoint().treeSize()).isEqualTo(9);
            assertThat(verified.cosignatures()).singleElement()
                    .satisfies(signature -> assertThat(signature.cosignedAt()).contains(NOW));
            assertThat(new JdbcWitnessedCheckpoints(laos.dataSource).last(TH_ORIGIN))
                    .map(WitnessedCheckpoint::treeSize).contains(9L);
            assertThat(peerAudit.problems()).isEmpty();
        }

        @Test
        void isNotCosignedAgainForAnOlderCheckpointButRaisesNoAlarm() {
            thailand.appendSent(5);
            String atFive = thailand.publishCheckpoint();
            cosignLatest(thailand);
            thailand.appendSent(3);
            thailand.publishCheckpoint();
            cosignLatest(thailand);

            assertThatThrownBy(() -> laosWitness.witness(atFive, thailand.tree::consistencyProof))
                    .isInstanceOfSatisfying(CheckpointRefusedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(Reason.STALE));
            assertThat(peerAudit.problems()).isEmpty();
            assertThat(laos.auditLog.size()).isZero();
        }
    }

    @Nested
    class ARewrittenHistory {

        @Test
        void reSignedWithTheNodesOwnKeyFailsTheConsistencyProofAndRaisesTheAlarm() throws Exception {
            thailand.appendSent(8);
            thailand.publishCheckpoint();
            cosignLatest(thailand);
            String cosignedAtEight = thailand.checkpoints.latest().orElseThrow().signedNote().encoded();

            AuditedNode rewritten = rewrittenThailand(10);
            String reSigned = rewritten.checkpoints.latest().orElseThrow().signedNote().encoded();
            assertThat(new CheckpointVerifier(thailand.logKey.verifierKey(), List.of()).open(reSigned)
                    .checkpoint().treeSize()).as("the rewritten log carries a valid signature of Thailand").isEqualTo(10);

            assertThatThrownBy(() -> laosWitness.witness(reSigned, rewritten.tree::consistencyProof))
                    .isInstanceOfSatisfying(CheckpointRefusedException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(Reason.INCONSISTENT);
                        assertThat(refused).hasMessageContaining("tree size 8");
                    });
            assertAlarmRaised();
            assertThat(new JdbcWitnessedCheckpoints(laos.dataSource).last(TH_ORIGIN))
                    .map(WitnessedCheckpoint::treeSize).contains(8L);

            LogAuditResult audit = new LogAuditor(new CheckpointVerifier(thailand.logKey.verifierKey(),
                    List.of(laosWitnessKey.verifierKey()))).audit(cosignedAtEight, rewritten.storedEntries(),
                    Optional.empty());
            assertThat(audit.defect()).map(LogDefect::kind).contains(Kind.ROOT_MISMATCH);
        }

        @Test
        void forkedAtTheSizeAlreadyCosignedIsRefusedWithTheAlarm() {
            thailand.appendSent(8);
            thailand.publishCheckpoint();
            cosignLatest(thailand);

            AuditedNode fork = rewrittenThailand(8);

            assertThatThrownBy(() -> cosignLatest(fork)).isInstanceOfSatisfying(CheckpointRefusedException.class,
                    refused -> assertThat(refused.reason()).isEqualTo(Reason.INCONSISTENT));
            assertAlarmRaised();
            assertThat(fork.checkpoints.latest().orElseThrow().signedNote().signatures()).hasSize(1);
        }
    }

    @Nested
    class AnUntrustedCheckpoint {

        @Test
        void signedWithAnotherKeyIsRefusedWithoutCosignature() {
            AuditedNode impostor = new AuditedNode(thailand.origin, open().newPool(),
                    AuditedNode.newLogKey(thailand.origin));
            impostor.appendSent(3);

            assertThatThrownBy(() -> laosWitness.witness(impostor.publishCheckpoint(), impostor.tree::consistencyProof))
                    .isInstanceOfSatisfying(CheckpointRefusedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(Reason.INVALID_SIGNATURE));
            assertThat(new JdbcWitnessedCheckpoints(laos.dataSource).last(TH_ORIGIN)).isEmpty();
        }

        @Test
        void ofALogWithoutConfiguredKeyIsRefused() {
            laos.appendSent(2);

            assertThatThrownBy(() -> laosWitness.witness(laos.publishCheckpoint(), laos.tree::consistencyProof))
                    .isInstanceOfSatisfying(CheckpointRefusedException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_LOG));
        }
    }
}
