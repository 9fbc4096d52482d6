package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.blohub.crypto.merkle.InMemoryTreeHashStore;
import org.blohub.crypto.merkle.MerkleTree;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteSignature;
import org.blohub.crypto.note.VerifiedCheckpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckpointPublisherTest {

    private static AuditDatabases databases;
    private AuditDatabase database;
    private AuditedNode node;

    @BeforeAll
    static void createDirectory() {
        databases = AuditDatabases.h2();
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    @BeforeEach
    void openFreshNodeDatabase() {
        database = databases.create();
        node = AuditedNode.thailand(database.newPool());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void signsTheGrownLogAsATlogCheckpointUnderTheNodesAuditOrigin() throws Exception {
        node.appendSent(5);

        StoredCheckpoint stored = node.publisher.publishIfGrown().orElseThrow();

        MerkleTree independent = new MerkleTree(new InMemoryTreeHashStore());
        for (AuditRecord record : node.auditLog.read(0, 5)) {
            independent.append(record.leafBytes().toByteArray());
        }
        String root = Base64.getEncoder().encodeToString(independent.root());
        assertThat(stored.signedNote().text()).isEqualTo("blohub.example/th/audit\n5\n" + root + "\n");
        VerifiedCheckpoint verified = new CheckpointVerifier(node.logKey.verifierKey(), List.of())
                .open(stored.signedNote().encoded());
        assertThat(verified.checkpoint().treeSize()).isEqualTo(5);
    }

    @Test
    void signsAgainOnlyAfterTheLogHasGrown() {
        node.appendSent(3);
        assertThat(node.publisher.publishIfGrown()).isPresent();

        assertThat(node.publisher.publishIfGrown()).isEmpty();

        node.appendSent(1);
        assertThat(node.publisher.publishIfGrown()).map(StoredCheckpoint::treeSize).contains(4L);
        assertThat(node.checkpoints.at(3)).isPresent();
        assertThat(node.checkpoints.latest()).map(StoredCheckpoint::treeSize).contains(4L);
    }

    @Test
    void twoHubInstancesSigningTheSameSizeStoreOneIdenticalCheckpoint() {
        node.appendSent(3);
        AuditedNode otherInstance = new AuditedNode(node.origin, database.newPool(), node.logKey);

        StoredCheckpoint first = node.publisher.publishIfGrown().orElseThrow();
        otherInstance.checkpoints.save(3, node.tree.rootAt(3), first.signedNote(), Instant.now());

        assertThat(otherInstance.checkpoints.at(3)).map(StoredCheckpoint::signedNote).contains(first.signedNote());
    }

    @Test
    void refusesAnAuditKeyNotNamedAfterTheOrigin() {
        AuditOrigin laos = new AuditOrigin("blohub.example", "la");

        assertThatThrownBy(() -> new CheckpointPublisher(node.tree, node.logKey, laos, node.checkpoints,
                Clock.systemUTC())).isInstanceOf(AuditException.class).hasMessageContaining("blohub.example/la/audit");
    }

    @Test
    void servesTheCheckpointWithTheCosignaturesPeersReturned() throws Exception {
        node.appendSent(2);
        StoredCheckpoint stored = node.publisher.publishIfGrown().orElseThrow();
        Cosigner laos = Cosigner.generate("blohub.example/la/witness", new SecureRandom());
        NoteSignature cosignature = laos.cosign(
                Checkpoint.parse(stored.signedNote().text()), Instant.ofEpochSecond(1_773_477_000));

        node.checkpoints.addCosignature(2, cosignature, Instant.now());
        node.checkpoints.addCosignature(2, cosignature, Instant.now());

        String served = node.checkpoints.latest().orElseThrow().signedNote().encoded();
        VerifiedCheckpoint verified = new CheckpointVerifier(node.logKey.verifierKey(), List.of(laos.verifierKey()))
                .open(served);
        assertThat(verified.cosignatures()).singleElement().satisfies(signature -> assertThat(signature.cosignedAt())
                .contains(Instant.ofEpochSecond(1_773_477_000)));
        assertThat(served.lines().filter(line -> line.startsWith("\u2014 blohub.example/la/witness "))).hasSize(1);
    }

    @Test
    void theOriginNamesTheRegistryDomainAndTheNode() {
        assertThat(new AuditOrigin("blohub.example", "th").name()).isEqualTo("blohub.example/th/audit");
        assertThatThrownBy(() -> new AuditOrigin("blohub.example", "th/x")).isInstanceOf(AuditException.class);
    }
}
