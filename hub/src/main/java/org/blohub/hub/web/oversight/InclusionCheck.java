package org.blohub.hub.web.oversight;

import java.util.List;
import java.util.Optional;
import org.blohub.crypto.merkle.InclusionProof;
import org.blohub.crypto.merkle.InclusionProofVerifier;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.crypto.merkle.ProofVerificationException;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.StoredCheckpoint;

/**
 * Checks one audit entry as an auditor would: the latest checkpoint's signature with the log key the registry
 * publishes for this node, then the entry's RFC 9162 inclusion proof from the hash of its stored leaf bytes to
 * that checkpoint's root.
 */
final class InclusionCheck {

    private final AuditLog auditLog;
    private final AuditTree tree;
    private final CheckpointStore checkpoints;
    private final NoteVerifierKey logKey;

    InclusionCheck(AuditLog auditLog, AuditTree tree, CheckpointStore checkpoints, NoteVerifierKey logKey) {
        this.auditLog = auditLog;
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.logKey = logKey;
    }

    InclusionVerdict check(long index) {
        Optional<StoredCheckpoint> latest = checkpoints.latest();
        Optional<Long> treeSize = latest.map(StoredCheckpoint::treeSize);
        List<AuditRecord> entry = index < 0 ? List.of() : auditLog.read(index, 1);
        if (entry.isEmpty()) {
            return InclusionVerdict.notVerified(index, treeSize, "no audit entry " + index + " on this node");
        }
        if (latest.isEmpty() || index >= latest.get().treeSize()) {
            return InclusionVerdict.notYetCheckpointed(index, treeSize);
        }
        Checkpoint checkpoint;
        try {
            checkpoint = new CheckpointVerifier(logKey, List.of()).open(latest.get().signedNote().encoded())
                    .checkpoint();
        } catch (NoteException e) {
            return InclusionVerdict.notVerified(index, treeSize, "the checkpoint of tree size "
                    + latest.get().treeSize() + " does not verify with the log key " + logKey.name() + ": "
                    + e.getMessage());
        }
        try {
            InclusionProof proof = tree.inclusionProof(index, checkpoint.treeSize());
            InclusionProofVerifier.verify(MerkleHashes.leafHash(entry.get(0).leafBytes().toByteArray()), proof,
                    checkpoint.rootHash());
            return InclusionVerdict.verified(index, checkpoint.treeSize());
        } catch (ProofVerificationException e) {
            return InclusionVerdict.notVerified(index, treeSize, "the inclusion proof does not lead to the root of"
                    + " tree size " + checkpoint.treeSize() + " (" + e.reason() + ")");
        } catch (AuditException e) {
            return InclusionVerdict.notVerified(index, treeSize, e.getMessage());
        }
    }
}
