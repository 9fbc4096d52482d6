package org.blohub.crypto.note;

import static org.blohub.crypto.note.NoteVerificationException.Reason.NO_LOG_SIGNATURE;
import static org.blohub.crypto.note.NoteVerificationException.Reason.WRONG_ORIGIN;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Opens signed checkpoints of one log: the note must verify under {@link NoteVerifier} rules against the
 * log's key and the known cosigners' keys, its text must be a checkpoint of the expected origin, and the log's
 * own Ed25519 signature (key name = origin) must be among the verified signatures. How many cosignatures are
 * enough is the caller's policy; they are returned.
 */
public final class CheckpointVerifier {

    private final NoteVerifierKey logKey;
    private final NoteVerifier verifier;

    public CheckpointVerifier(NoteVerifierKey logKey, Collection<NoteVerifierKey> cosignerKeys)
            throws NoteFormatException {
        if (logKey.type() != SignatureType.ED25519) {
            throw new NoteFormatException("log key " + logKey.name() + " must be an Ed25519 note key (type 0x01)");
        }
        List<NoteVerifierKey> known = new ArrayList<>(cosignerKeys);
        known.add(logKey);
        this.logKey = logKey;
        this.verifier = new NoteVerifier(known);
    }

    public VerifiedCheckpoint open(String signedCheckpoint) throws NoteException {
        VerifiedNote note = verifier.open(signedCheckpoint);
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        if (!checkpoint.origin().equals(logKey.name())) {
            throw new NoteVerificationException(WRONG_ORIGIN, "checkpoint origin " + checkpoint.origin()
                    + " is not the expected log " + logKey.name());
        }
        Optional<VerifiedSignature> logSignature = note.verified().stream()
                .filter(signature -> signature.key().equals(logKey))
                .findFirst();
        if (logSignature.isEmpty()) {
            throw new NoteVerificationException(NO_LOG_SIGNATURE, "checkpoint of " + checkpoint.origin()
                    + " carries no signature by the log key " + logKey.name() + "+" + logKey.keyId());
        }
        List<VerifiedSignature> cosignatures = note.verified().stream()
                .filter(signature -> !signature.key().equals(logKey))
                .toList();
        return new VerifiedCheckpoint(checkpoint, logSignature.get(), cosignatures);
    }
}
