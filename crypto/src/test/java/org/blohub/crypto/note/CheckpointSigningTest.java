package org.blohub.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.blohub.crypto.merkle.InMemoryTreeHashStore;
import org.blohub.crypto.merkle.MerkleTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckpointSigningTest {

    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

    private final SecureRandom random = new SecureRandom();
    private NoteSigner thailandLog;
    private Cosigner laosWitness;
    private MerkleTree tree;

    @BeforeEach
    void setUp() throws NoteException {
        thailandLog = NoteSigner.generate("blohub.th/audit", random);
        laosWitness = Cosigner.generate("blohub.la/witness", random);
        tree = new MerkleTree(new InMemoryTreeHashStore());
        for (int i = 0; i < 10; i++) {
            tree.append(("{\"event\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void signedAndCosignedCheckpointOpensWithTheTreeSizeRootAndCosignature() throws NoteException {
        SignedNote signed = new CheckpointSigner(thailandLog).sign(tree.size(), tree.root());
        SignedNote cosigned = laosWitness.cosign(signed, NOON);

        VerifiedCheckpoint verified = verifier().open(cosigned.encoded());

        assertThat(verified.checkpoint().origin()).isEqualTo("blohub.th/audit");
        assertThat(verified.checkpoint().treeSize()).isEqualTo(10);
        assertThat(verified.checkpoint().rootHash()).isEqualTo(tree.root());
        assertThat(verified.logSignature().key()).isEqualTo(thailandLog.verifierKey());
        assertThat(verified.cosignatures()).singleElement().satisfies(cosignature -> {
            assertThat(cosignature.key()).isEqualTo(laosWitness.verifierKey());
            assertThat(cosignature.cosignedAt()).contains(NOON);
        });
    }

    @Test
    void refusesACheckpointCarryingOnlyACosignature() throws NoteException {
        Checkpoint checkpoint = Checkpoint.of("blohub.th/audit", tree.size(), tree.root());
        SignedNote onlyCosigned = SignedNote.of(checkpoint.body(), List.of(laosWitness.cosign(checkpoint, NOON)));
        assertThatExceptionOfType(NoteVerificationException.class)
                .isThrownBy(() -> verifier().open(onlyCosigned.encoded()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.NO_LOG_SIGNATURE));
    }

    @Test
    void refusesACheckpointOfAnotherOriginEvenWhenSignedByTheLogKey() throws NoteException {
        Checkpoint foreign = Checkpoint.of("blohub.la/audit", tree.size(), tree.root());
        SignedNote signed = SignedNote.sign(foreign.body(), thailandLog);
        assertThatExceptionOfType(NoteVerificationException.class)
                .isThrownBy(() -> verifier().open(signed.encoded()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.WRONG_ORIGIN));
    }

    @Test
    void refusesACheckpointWhoseRootWasReplacedAfterSigning() throws NoteException {
        SignedNote signed = new CheckpointSigner(thailandLog).sign(tree.size(), tree.root());
        String otherRoot = Base64.getEncoder().encodeToString(tree.rootAt(9));
        String forged = signed.encoded().replace(
                Base64.getEncoder().encodeToString(tree.root()), otherRoot);
        assertThatExceptionOfType(NoteVerificationException.class)
                .isThrownBy(() -> verifier().open(forged))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.INVALID_SIGNATURE));
    }

    private CheckpointVerifier verifier() throws NoteFormatException {
        return new CheckpointVerifier(thailandLog.verifierKey(), List.of(laosWitness.verifierKey()));
    }
}
