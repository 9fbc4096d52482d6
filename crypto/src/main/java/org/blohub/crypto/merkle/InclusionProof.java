package org.blohub.crypto.merkle;

import java.util.List;

/**
 * RFC 9162 §2.1.3 inclusion proof: the audit path {@code PATH(leafIndex, D[treeSize])}, hashes ordered
 * from the leaf's sibling up to the child of the root.
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {

    public InclusionProof {
        path = HashLists.copyOf(path);
    }

    @Override
    public List<byte[]> path() {
        return HashLists.copyOf(path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InclusionProof that && leafIndex == that.leafIndex && treeSize == that.treeSize
                && HashLists.equal(path, that.path);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(leafIndex) + Long.hashCode(treeSize)) + HashLists.hash(path);
    }

    @Override
    public String toString() {
        return "InclusionProof[leafIndex=" + leafIndex + ", treeSize=" + treeSize + ", " + path.size() + " hashes]";
    }
}
