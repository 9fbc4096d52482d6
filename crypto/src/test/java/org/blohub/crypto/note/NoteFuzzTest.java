package org.blohub.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.blohub.crypto.fuzz.FuzzTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Signed notes, checkpoints and note keys from outside either parse or are refused with a
 * {@link NoteException}, whatever their bytes, and never hang.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteFuzzTest {

    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

    private byte[] cosignedCheckpoint;
    private byte[] verifierKey;
    private FuzzTarget signedNote;
    private FuzzTarget checkpoint;
    private FuzzTarget verifierKeyText;

    @BeforeAll
    void signACosignedCheckpoint() throws NoteException {
        SecureRandom random = new SecureRandom();
        NoteSigner log = NoteSigner.generate("blohub.th/audit", random);
        Cosigner witness = Cosigner.generate("blohub.la/witness", random);
        byte[] root = new byte[32];
        random.nextBytes(root);
        SignedNote signed = witness.cosign(new CheckpointSigner(log).sign(1234, root), NOON);
        cosignedCheckpoint = signed.encoded().getBytes(StandardCharsets.UTF_8);
        verifierKey = log.verifierKey().encoded().getBytes(StandardCharsets.UTF_8);
        CheckpointVerifier verifier = new CheckpointVerifier(log.verifierKey(), List.of(witness.verifierKey()));
        signedNote = new FuzzTarget("signed-note", SignedNote::parse, List.of(NoteException.class));
        checkpoint = new FuzzTarget("checkpoint",
                input -> verifier.open(new String(input, StandardCharsets.UTF_8)), List.of(NoteException.class));
        verifierKeyText = new FuzzTarget("note-verifier-key",
                input -> NoteVerifierKey.parse(new String(input, StandardCharsets.UTF_8)),
                List.of(NoteException.class));
    }

    @Test
    void everyMutatedOrRandomSignedNoteParsesOrIsRefused() {
        assertThat(signedNote.check(cosignedCheckpoint, "the unmutated note")).isTrue();
        assertThat(signedNote.fuzz(List.of(cosignedCheckpoint), 1_024).refused()).isPositive();
    }

    @Test
    void everyMutatedOrRandomCheckpointVerifiesOrIsRefused() {
        assertThat(checkpoint.check(cosignedCheckpoint, "the unmutated checkpoint")).isTrue();
        assertThat(checkpoint.fuzz(List.of(cosignedCheckpoint), 1_024).refused()).isPositive();
    }

    @Test
    void everyMutatedOrRandomVerifierKeyParsesOrIsRefused() {
        assertThat(verifierKeyText.check(verifierKey, "the unmutated key")).isTrue();
        assertThat(verifierKeyText.fuzz(List.of(verifierKey), 256).refused()).isPositive();
    }

    @TestFactory
    Stream<DynamicTest> corpusInputsParseOrAreRefused() {
        return Stream.of(signedNote, checkpoint, verifierKeyText).flatMap(FuzzTarget::replayCorpus);
    }
}
