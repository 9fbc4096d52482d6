package org.blohub.hub.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.blohub.crypto.merkle.InMemoryTreeHashStore;
import org.blohub.crypto.merkle.InclusionProof;
import org.blohub.crypto.merkle.InclusionProofVerifier;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.crypto.merkle.MerkleTree;
import org.blohub.crypto.merkle.ProofVerificationException;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.hub.audit.LogDefect.Kind;

/**
 * An auditor's check of a node's audit log: the signed checkpoint verifies with the node's log key; the
 * entries carry the indices 0..n-1 in order; each leaf is a canonical audit leaf naming its own index; each
 * leaf hash recomputed from the leaf bytes equals the one stored with it; and the root recomputed from all
 * leaves equals the checkpoint's root. The first failure is reported with the index where it occurs.
 *
 * <p>It trusts nothing the node computed: hashes and the root are recomputed here. Inclusion proofs from
 * the node are used only to locate which leaf differs once the root has already failed.
 */
public final class LogAuditor {

    /** Where to fetch an inclusion proof for a leaf at a tree size, to locate a changed leaf. */
    @FunctionalInterface
    public interface InclusionProofs {
        InclusionProof inclusionProof(long index, long treeSize);
    }

    private final CheckpointVerifier checkpointVerifier;

    public LogAuditor(CheckpointVerifier checkpointVerifier) {
        this.checkpointVerifier = checkpointVerifier;
    }

    /**
     * @param signedCheckpoint the node's signed checkpoint note (cosignatures from configured peers are checked too)
     * @param entries          the log from index 0, at least up to the checkpoint's tree size; later ones are ignored
     * @param proofs           inclusion proofs to locate a changed leaf when only the root differs
     */
    public LogAuditResult audit(String signedCheckpoint, List<LogEntry> entries, Optional<InclusionProofs> proofs) {
        Checkpoint checkpoint;
        try {
            checkpoint = checkpointVerifier.open(signedCheckpoint).checkpoint();
        } catch (NoteException e) {
            return new LogAuditResult(0, new byte[0], Optional.of(new LogDefect(Kind.CHECKPOINT_INVALID,
                    OptionalLong.empty(), e.getMessage())));
        }
        long size = checkpoint.treeSize();
        byte[] root = checkpoint.rootHash();
        MerkleTree recomputed = new MerkleTree(new InMemoryTreeHashStore());
        long available = Math.min(size, entries.size());
        for (int position = 0; position < available; position++) {
            LogEntry entry = entries.get(position);
            Optional<LogDefect> defect = checkEntry(position, entry);
            if (defect.isPresent()) {
                return new LogAuditResult(size, root, defect);
            }
            recomputed.append(entry.leafBytes().toByteArray());
        }
        if (entries.size() < size) {
            return new LogAuditResult(size, root, Optional.of(LogDefect.at(Kind.ENTRIES_MISSING, entries.size(),
                    "the checkpoint covers " + size + " entries but the log has " + entries.size())));
        }
        if (Arrays.equals(recomputed.rootAt(size), root)) {
            return new LogAuditResult(size, root, Optional.empty());
        }
        return new LogAuditResult(size, root, Optional.of(locate(entries, size, root, proofs)));
    }

    private static Optional<LogDefect> checkEntry(long position, LogEntry entry) {
        if (entry.index() > position) {
            return Optional.of(LogDefect.at(Kind.INDEX_MISSING, position,
                    "the entry after index " + (position - 1) + " has index " + entry.index()));
        }
        if (entry.index() < position) {
            return Optional.of(LogDefect.at(Kind.INDEX_OUT_OF_ORDER, position,
                    "the entry at position " + position + " has index " + entry.index()));
        }
        byte[] leafBytes = entry.leafBytes().toByteArray();
        AuditRecord leaf;
        try {
            leaf = AuditEvent.parseLeaf(leafBytes);
        } catch (AuditLeafFormatException e) {
            return Optional.of(LogDefect.at(Kind.LEAF_MALFORMED, position, e.getMessage()));
        }
        if (leaf.index() != position) {
            return Optional.of(LogDefect.at(Kind.LEAF_NAMES_OTHER_INDEX, position,
                    "the leaf stored at index " + position + " names index " + leaf.index()));
        }
        if (entry.storedLeafHash().isPresent()
                && !Arrays.equals(entry.storedLeafHash().get().toByteArray(), MerkleHashes.leafHash(leafBytes))) {
            return Optional.of(LogDefect.at(Kind.LEAF_HASH_MISMATCH, position,
                    "the leaf bytes at index " + position + " do not hash to the leaf hash stored with them"));
        }
        return Optional.empty();
    }

    private static LogDefect locate(List<LogEntry> entries, long size, byte[] root, Optional<InclusionProofs> proofs) {
        if (proofs.isEmpty()) {
            return new LogDefect(Kind.ROOT_MISMATCH, OptionalLong.empty(),
                    "the root recomputed from " + size + " leaves differs from the signed checkpoint's root");
        }
        for (int index = 0; index < size; index++) {
            byte[] leafHash = MerkleHashes.leafHash(entries.get(index).leafBytes().toByteArray());
            try {
                InclusionProofVerifier.verify(leafHash, proofs.get().inclusionProof(index, size), root);
            } catch (ProofVerificationException | AuditException e) {
                return LogDefect.at(Kind.LEAF_NOT_IN_CHECKPOINT, index, "the leaf at index " + index
                        + " is not the one the checkpoint of tree size " + size + " committed to");
            }
        }
        return new LogDefect(Kind.ROOT_MISMATCH, OptionalLong.empty(), "the root recomputed from " + size
                + " leaves differs from the signed checkpoint's root, though every leaf has a valid inclusion proof");
    }
}
