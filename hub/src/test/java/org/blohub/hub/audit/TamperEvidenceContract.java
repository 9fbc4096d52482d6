package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.blohub.crypto.merkle.ConsistencyProofVerifier;
import org.blohub.crypto.merkle.InMemoryTreeHashStore;
import org.blohub.crypto.merkle.InclusionProofVerifier;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.crypto.merkle.MerkleTree;
import org.blohub.crypto.note.CheckpointSigner;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.hub.audit.LogDefect.Kind;
import org.blohub.hub.store.jdbc.JdbcAuditStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log on one database engine: appends store the leaf and the tree hashes together, and an auditor
 * finds every tampering a database superuser can do, naming the first index it affects.
 */
abstract class TamperEvidenceContract {

    abstract AuditDatabases databases();

    AuditDatabase database;
    AuditedNode node;

    @BeforeEach
    void openFreshNodeDatabase() {
        database = databases().create();
        node = AuditedNode.thailand(database.newPool());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Nested
    class TheLog {

        @Test
        void storesEachLeafAsTheCanonicalEventWithItsIndexAndTheTreeHashesWithIt() {
            node.appendSent(13);

            List<AuditRecord> records = node.auditLog.read(0, 13);
            MerkleTree independent = new MerkleTree(new InMemoryTreeHashStore());
            for (AuditRecord record : records) {
                assertThat(AuditEvent.parseLeaf(record.leafBytes().toByteArray())).isEqualTo(record);
                independent.append(record.leafBytes().toByteArray());
            }
            // a tree of 13 leaves has 13 + 6 + 3 + 1 stored perfect subtrees (2n - popcount(n) = 26 - 3)
            assertThat(JdbcClient.create(node.dataSource).sql("SELECT COUNT(*) FROM tree_hashes").query(Long.class)
                    .single()).isEqualTo(23L);
            for (long size = 1; size <= 13; size++) {
                assertThat(node.tree.rootAt(size)).as("root at size %d", size).isEqualTo(independent.rootAt(size));
            }
        }

        @Test
        void givesInclusionAndConsistencyProofsThatVerifyAgainstTheSignedRoot() throws Exception {
            node.appendSent(6);
            byte[] rootAt6 = node.tree.rootAt(6);
            node.appendSent(5);
            byte[] rootAt11 = node.tree.rootAt(11);

            for (AuditRecord record : node.auditLog.read(0, 11)) {
                InclusionProofVerifier.verify(MerkleHashes.leafHash(record.leafBytes().toByteArray()),
                        node.tree.inclusionProof(record.index(), 11), rootAt11);
            }
            ConsistencyProofVerifier.verify(node.tree.consistencyProof(6, 11), rootAt6,
                    rootAt11);
        }

        @Test
        void anAppendRolledBackWithItsStateChangeLeavesNoLeafAndNoTreeHash() {
            node.appendSent(3);
            TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(node.dataSource));
            var log = JdbcAuditStorage.auditLog(node.dataSource, transactions, new CanonicalAuditLeafEncoder());

            transactions.executeWithoutResult(status -> {
                assertThat(log.append(AuditedNode.sent(90))).isEqualTo(3);
                status.setRollbackOnly();
            });
            long index = node.auditLog.append(AuditedNode.sent(91));

            assertThat(index).isEqualTo(3);
            assertThat(AuditEvent.parseLeaf(node.auditLog.read(3, 1).get(0).leafBytes().toByteArray()).event().messageId())
                    .contains(AuditedNode.messageId(91));
            // four leaves: 4 leaf hashes, 2 pairs and 1 root of four
            assertThat(JdbcClient.create(node.dataSource).sql("SELECT COUNT(*) FROM tree_hashes").query(Long.class)
                    .single()).isEqualTo(7L);
            node.publishCheckpoint();
            assertThat(node.audit().intact()).isTrue();
        }
    }

    @Nested
    class AnAuditor {

        @BeforeEach
        void logWithSignedCheckpoint() {
            node.appendSent(12);
            node.publishCheckpoint();
        }

        @Test
        void findsAnUntouchedLogIntactAgainstTheSignedCheckpoint() {
            LogAuditResult result = node.audit();

            assertThat(result.defect()).isEmpty();
            assertThat(result.treeSize()).isEqualTo(12);
        }

        @Test
        void namesTheIndexOfAnEventWithOneChangedByte() {
            JdbcClient superuser = database.superuserWithoutAppendOnlyTrigger();
            byte[] leaf = node.auditLog.read(7, 1).get(0).leafBytes().toByteArray();
            int lastDigitOfMessageId = new String(leaf, StandardCharsets.UTF_8).indexOf(AuditedNode.messageId(7)) + 25;
            leaf[lastDigitOfMessageId] ^= 0x01;
            superuser.sql("UPDATE audit_events SET leaf_bytes = ? WHERE seq = 7").param(leaf).update();

            assertThat(node.audit().defect()).hasValueSatisfying(defect -> {
                assertThat(defect.kind()).isEqualTo(Kind.LEAF_HASH_MISMATCH);
                assertThat(defect.index()).isEqualTo(OptionalLong.of(7));
            });
        }

        @Test
        void namesTheIndexOfAnEventRewrittenWithAMatchingLeafHashByTheSignedRoot() {
            JdbcClient superuser = database.superuserWithoutAppendOnlyTrigger();
            AuditEvent original = AuditEvent.parseLeaf(node.auditLog.read(5, 1).get(0).leafBytes().toByteArray())
                    .event();
            byte[] forged = new AuditEvent(original.time(), original.type(), original.messageId(),
                    original.conversationId(), original.fromOffice(), List.of("LA-HOUAYXAY"), original.actor(),
                    original.envelopeSha256(), original.reasonCode(), original.remoteAddress(), original.action(),
                    original.target()).leaf(5).toByteArray();
            superuser.sql("UPDATE audit_events SET leaf_bytes = ?, leaf_hash = ?, to_offices = 'LA-HOUAYXAY'"
                    + " WHERE seq = 5").params(forged, MerkleHashes.leafHash(forged)).update();

            assertThat(node.audit().defect()).hasValueSatisfying(defect -> {
                assertThat(defect.kind()).isEqualTo(Kind.LEAF_NOT_IN_CHECKPOINT);
                assertThat(defect.index()).isEqualTo(OptionalLong.of(5));
            });
        }

        @Test
        void namesTheIndexOfADeletedEvent() {
            database.superuserWithoutAppendOnlyTrigger().sql("DELETE FROM audit_events WHERE seq = 4").update();

            assertThat(node.audit().defect()).hasValueSatisfying(defect -> {
                assertThat(defect.kind()).isEqualTo(Kind.INDEX_MISSING);
                assertThat(defect.index()).isEqualTo(OptionalLong.of(4));
            });
        }

        @Test
        void namesTheFirstIndexOfTwoReorderedEvents() {
            JdbcClient superuser = database.superuserWithoutAppendOnlyTrigger();
            superuser.sql("UPDATE audit_events SET seq = 1000000 WHERE seq = 3").update();
            superuser.sql("UPDATE audit_events SET seq = 3 WHERE seq = 8").update();
            superuser.sql("UPDATE audit_events SET seq = 8 WHERE seq = 1000000").update();

            assertThat(node.audit().defect()).hasValueSatisfying(defect -> {
                assertThat(defect.kind()).isEqualTo(Kind.LEAF_NAMES_OTHER_INDEX);
                assertThat(defect.index()).isEqualTo(OptionalLong.of(3));
            });
        }

        @Test
        void namesTheFirstMissingIndexWhenTheNewestEventsAreDeleted() {
            database.superuserWithoutAppendOnlyTrigger().sql("DELETE FROM audit_events WHERE seq >= 10").update();

            assertThat(node.audit().defect()).hasValueSatisfying(defect -> {
                assertThat(defect.kind()).isEqualTo(Kind.ENTRIES_MISSING);
                assertThat(defect.index()).isEqualTo(OptionalLong.of(10));
            });
        }

        @Test
        void refusesACheckpointNotSignedByTheNodesLogKey() throws Exception {
            NoteSigner impostorKey = AuditedNode.newLogKey(node.origin);
            String forged = new CheckpointSigner(impostorKey).sign(12, node.tree.rootAt(12)).encoded();

            LogAuditResult result = node.auditor().audit(forged, node.storedEntries(), Optional.empty());

            assertThat(result.defect()).map(LogDefect::kind).contains(Kind.CHECKPOINT_INVALID);
        }
    }

    @Nested
    class UnderConcurrentAppends {

        @Test
        void eightThreadsOnTwoHubInstancesAppendTenThousandGaplessEventsWithAVerifiableRoot() throws Exception {
            List<AuditedNode> instances = List.of(node, new AuditedNode(node.origin, database.newPool(), node.logKey));
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                AuditedNode instance = instances.get(thread % 2);
                int first = thread * 1250;
                results.add(threads.submit(() -> {
                    List<Long> indices = new ArrayList<>();
                    for (int n = first; n < first + 1250; n++) {
                        indices.add(instance.auditLog.append(AuditedNode.sent(n)));
                    }
                    return indices;
                }));
            }
            Set<Long> indices = new TreeSet<>();
            for (Future<List<Long>> result : results) {
                indices.addAll(result.get(10, TimeUnit.MINUTES));
            }
            threads.shutdown();

            assertThat(indices).containsExactlyElementsOf(LongStream.range(0, 10_000).boxed().toList());
            node.publishCheckpoint();
            LogAuditResult audit = node.audit();
            assertThat(audit.defect()).isEmpty();
            assertThat(audit.treeSize()).isEqualTo(10_000);
        }
    }
}
