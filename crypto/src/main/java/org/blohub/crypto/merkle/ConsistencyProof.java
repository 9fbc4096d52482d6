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

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsistencyProof that && firstSize == that.firstSize && secondSize == that.secondSize
                && HashLists.equal(path, that.path);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(firstSize) + Long.hashCode(secondSize)) + HashLists.hash(path);
    }

    @Override
    public String toString() {
        return "ConsistencyProof[firstSize=" + firstSize + ", secondSize=" + secondSize + ", " + path.size()
                + " hashes]";
    }
}
