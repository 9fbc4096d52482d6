package org.blohub.crypto.merkle;

/**
 * Address of a perfect (complete, power-of-two sized and aligned) subtree: the node at {@code level}
 * (0 = leaves) and horizontal {@code index} within that level. It covers leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}.
 */
public record SubtreeId(int level, long index) {

    /** Deep enough for any tree size that fits in a non-negative {@code long}. */
    public static final int MAX_LEVEL = 62;

    public SubtreeId {
        if (level < 0 || level > MAX_LEVEL) {
            throw new MerkleTreeException("subtree level " + level + " is outside 0.." + MAX_LEVEL);
        }
        if (index < 0 || index > (Long.MAX_VALUE >> level)) {
            throw new MerkleTreeException("subtree index " + index + " is outside level " + level);
        }
    }

    public long firstLeaf() {
        return index << level;
    }

    public long leafCount() {
        return 1L << level;
    }

    /** Exclusive end of the leaf range this subtree covers. */
    public long endLeaf() {
        return firstLeaf() + leafCount();
    }
}
