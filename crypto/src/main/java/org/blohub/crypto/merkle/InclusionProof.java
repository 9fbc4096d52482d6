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
}
