package org.blohub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.blohub.crypto.merkle.ConsistencyProof;
import org.blohub.crypto.merkle.ConsistencyProofVerifier;
import org.blohub.crypto.merkle.ProofVerificationException;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSignature;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.note.SignedNote;
import org.blohub.hub.audit.CheckpointRefusedException.Reason;

/**
 * This node as a witness of its peers' audit logs. It cosigns (c2sp.org/tlog-cosignature) a peer's signed
 * checkpoint only if the checkpoint verifies with that peer's log key and a consistency proof links it to
 * the largest checkpoint of that log it cosigned before. A checkpoint that contradicts it (a different root at
 * the same size, or a failing consistency proof in either direction) raises the alarm and is refused: the peer
 * rewrote or forked its history, even if it re-signed with its own key. An older but consistent checkpoint is
 * refused as {@code STALE} without alarm.
 */
public final class PeerWitness {

    /** Asks the peer's log for {@code PROOF(firstSize, secondSize)}. */
    @FunctionalInterface
    public interface ConsistencyProofs {
        ConsistencyProof consistencyProof(long firstSize, long secondSize);
    }

    private final Cosigner cosigner;
    private final Map<String, NoteVerifierKey> peerLogKeys;
    private final WitnessedCheckpoints witnessed;
    private final InconsistentCheckpointAlarm alarm;
    private final Clock clock;

    public PeerWitness(Cosigner cosigner, Collection<NoteVerifierKey> peerLogKeys, WitnessedCheckpoints witnessed,
            InconsistentCheckpointAlarm alarm, Clock clock) {
        this.cosigner = cosigner;
        this.peerLogKeys = peerLogKeys.stream().collect(Collectors.toUnmodifiableMap(NoteVerifierKey::name,
                Function.identity()));
        this.witnessed = witnessed;
        this.alarm = alarm;
        this.clock = clock;
    }

    /** @return this witness's cosignature line for the checkpoint */
    public synchronized NoteSignature witness(String signedCheckpoint, ConsistencyProofs proofs) {
        Checkpoint checkpoint = verified(signedCheckpoint);
        String origin = checkpoint.origin();
        Optional<WitnessedCheckpoint> last = witnessed.last(origin);
        if (last.isPresent()) {
            requireConsistent(last.get(), checkpoint, proofs);
        }
        Instant now = clock.instant();
        NoteSignature cosignature;
        try {
            cosignature = cosigner.cosign(checkpoint, now);
        } catch (NoteException e) {
            throw new AuditException("cannot cosign the checkpoint of " + origin + " at tree size "
                    + checkpoint.treeSize(), e);
        }
        if (last.isEmpty() || checkpoint.treeSize() > last.get().treeSize()) {
            witnessed.remember(new WitnessedCheckpoint(origin, checkpoint.treeSize(), checkpoint.rootHash(),
                    signedCheckpoint, now));
        }
        return cosignature;
    }

    private Checkpoint verified(String signedCheckpoint) {
        String origin;
        try {
            origin = Checkpoint.parse(SignedNote.parse(signedCheckpoint).text()).origin();
        } catch (NoteException e) {
            throw new CheckpointRefusedException(Reason.INVALID_SIGNATURE, "offered checkpoint is not a signed"
                    + " checkpoint note", e);
        }
        NoteVerifierKey logKey = peerLogKeys.get(origin);
        if (logKey == null) {
            throw new CheckpointRefusedException(Reason.UNKNOWN_LOG, "no log key is configured for " + origin);
        }
        try {
            return new CheckpointVerifier(logKey, List.of()).open(signedCheckpoint).checkpoint();
        } catch (NoteException e) {
            throw new CheckpointRefusedException(Reason.INVALID_SIGNATURE, "checkpoint of " + origin
                    + " does not verify with its log key", e);
        }
    }

    private void requireConsistent(WitnessedCheckpoint last, Checkpoint offered, ConsistencyProofs proofs) {
        long lastSize = last.treeSize();
        long size = offered.treeSize();
        if (size == lastSize) {
            if (!Arrays.equals(offered.rootHash(), last.rootHash())) {
                refuseInconsistent(last, size, "tree size " + size + " was cosigned with another root");
            }
            return;
        }
        if (Math.min(size, lastSize) == 0) {
            if (size < lastSize) {
                throw new CheckpointRefusedException(Reason.STALE, "checkpoint of " + offered.origin()
                        + " at tree size 0 is older than the one cosigned at " + lastSize);
            }
            return;
        }
        if (size > lastSize) {
            verifyConsistency(last, last.rootHash(), offered.rootHash(), lastSize, size, proofs, size);
            return;
        }
        verifyConsistency(last, offered.rootHash(), last.rootHash(), size, lastSize, proofs, size);
        throw new CheckpointRefusedException(Reason.STALE, "checkpoint of " + offered.origin() + " at tree size "
                + size + " is older than the one cosigned at " + lastSize);
    }

    private void verifyConsistency(WitnessedCheckpoint last, byte[] firstRoot, byte[] secondRoot, long firstSize,
            long secondSize, ConsistencyProofs proofs, long offeredSize) {
        ConsistencyProof proof;
        try {
            proof = proofs.consistencyProof(firstSize, secondSize);
        } catch (RuntimeException e) {
            throw new CheckpointRefusedException(Reason.PROOF_UNAVAILABLE, "no consistency proof from " + firstSize
                    + " to " + secondSize + " for " + last.origin(), e);
        }
        if (proof.firstSize() != firstSize || proof.secondSize() != secondSize) {
            refuseInconsistent(last, offeredSize, "the peer answered with a proof from " + proof.firstSize() + " to "
                    + proof.secondSize() + " instead of " + firstSize + " to " + secondSize);
        }
        try {
            ConsistencyProofVerifier.verify(proof, firstRoot, secondRoot);
        } catch (ProofVerificationException e) {
            refuseInconsistent(last, offeredSize, "the consistency proof from tree size " + firstSize + " to "
                    + secondSize + " fails (" + e.reason() + ")");
        }
    }

    private void refuseInconsistent(WitnessedCheckpoint last, long offeredSize, String detail) {
        alarm.raise(last.origin(), last, offeredSize, detail);
        throw new CheckpointRefusedException(Reason.INCONSISTENT, "checkpoint of " + last.origin()
                + " is inconsistent with the one cosigned at tree size " + last.treeSize() + ": " + detail);
    }
}
