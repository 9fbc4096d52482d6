package org.blohub.crypto.merkle;

import java.util.List;

/**
 * RFC 9162 §2.1.4 consistency proof {@code PROOF(firstSize, D[secondSize])}: the hashes that show the tree
 * of {@code firstSize} leaves is a prefix of the tree of {@code secondSize} leaves.
 */
public record ConsistencyProof(long firstSize, long secondSize, List<byte[]> path) {

    public ConsistencyProof {
        path = HashLists.copyOf(path);
    }

    @Override
    public List<byte[]> path() {
        return HashLists.copyOf(path);
    }
}
