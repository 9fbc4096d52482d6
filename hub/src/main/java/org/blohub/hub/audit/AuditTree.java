package org.blohub.hub.audit;

import org.blohub.crypto.merkle.ConsistencyProof;
import org.blohub.crypto.merkle.InclusionProof;
import org.blohub.crypto.merkle.MerkleTree;
import org.blohub.crypto.merkle.MerkleTreeException;
import org.blohub.crypto.merkle.TreeHashStore;

/**
 * Roots and RFC 9162 proofs of this node's audit log, read from the stored perfect-subtree hashes
 * (O(log n) hashes per answer, never the whole tree). Only the audit log's append writes those hashes.
 */
public final class AuditTree {

    private final MerkleTree tree;

    public AuditTree(TreeHashStore treeHashes) {
        this.tree = new MerkleTree(treeHashes);
    }

    public long size() {
        return tree.size();
    }

    public byte[] rootAt(long treeSize) {
        try {
            return tree.rootAt(treeSize);
        } catch (MerkleTreeException e) {
            throw new AuditException("no audit root for tree size " + treeSize, e);
        }
    }

    public InclusionProof inclusionProof(long index, long treeSize) {
        try {
            return tree.inclusionProof(index, treeSize);
        } catch (MerkleTreeException e) {
            throw new AuditException("no inclusion proof for leaf " + index + " in tree size " + treeSize, e);
        }
    }

    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        try {
            return tree.consistencyProof(firstSize, secondSize);
        } catch (MerkleTreeException e) {
            throw new AuditException("no consistency proof from tree size " + firstSize + " to " + secondSize, e);
        }
    }
}
