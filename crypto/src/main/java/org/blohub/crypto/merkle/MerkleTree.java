package org.blohub.crypto.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Append-only RFC 9162 Merkle tree over a {@link TreeHashStore}. Appending a leaf stores its hash and every
 * perfect subtree it completes; roots and proofs for any past size are then assembled from O(log n) stored
 * perfect-subtree hashes, fetched in one {@link TreeHashStore#findAll} call, without recomputing the tree.
 *
 * <p>Appends are serialised within one instance; only one instance may append to a given store.
 */
public final class MerkleTree {

    private final TreeHashStore store;

    public MerkleTree(TreeHashStore store) {
        this.store = store;
    }

    public long size() {
        return store.size();
    }

    /** Appends {@code leafData} as the next leaf, hashed as {@code SHA-256(0x00 || leafData)}; returns its index. */
    public long append(byte[] leafData) {
        return appendLeafHash(MerkleHashes.leafHash(leafData));
    }

    /** Appends a leaf whose RFC 9162 leaf hash the caller already computed; returns its index. */
    public synchronized long appendLeafHash(byte[] leafHash) {
        long index = store.size();
        appendLeafHashAt(index, leafHash);
        return index;
    }

    /**
     * Appends a leaf as number {@code index}, which must be the store's size: for a caller that has just read
     * the size under a lock it holds until the append commits (the audit log's sequencer row), so that the
     * size is read once, under that lock.
     */
    public synchronized void appendLeafHashAt(long index, byte[] leafHash) {
        MerkleHashes.requireHash(leafHash, "leaf hash");
        int completedLevels = Long.numberOfTrailingZeros(~index) + 1;
        List<SubtreeId> leftSiblings = new ArrayList<>(completedLevels - 1);
        for (int level = 0; level < completedLevels - 1; level++) {
            leftSiblings.add(new SubtreeId(level, (index >> level) - 1));
        }
        Map<SubtreeId, byte[]> siblingHashes = store.findAll(leftSiblings);
        List<byte[]> completed = new ArrayList<>(completedLevels);
        byte[] hash = leafHash.clone();
        completed.add(hash);
        for (SubtreeId sibling : leftSiblings) {
            hash = MerkleHashes.nodeHash(required(siblingHashes, sibling), hash);
            completed.add(hash);
        }
        store.append(index, completed);
    }

    public byte[] root() {
        return rootAt(size());
    }

    /** {@code MTH(D[treeSize])}: the root the tree had when it held {@code treeSize} leaves. */
    public byte[] rootAt(long treeSize) {
        requireSizeWithinTree(treeSize);
        if (treeSize == 0) {
            return MerkleHashes.emptyRoot();
        }
        return assemble(List.of(perfectSubtrees(0, treeSize))).get(0);
    }

    /** {@code PATH(leafIndex, D[treeSize])} per RFC 9162 §2.1.3.1. */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        requireSizeWithinTree(treeSize);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new MerkleTreeException("leaf index " + leafIndex + " is outside a tree of size " + treeSize);
        }
        List<List<SubtreeId>> siblings = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        while (end - start > 1) {
            long split = start + largestPowerOfTwoBelow(end - start);
            if (leafIndex < split) {
                siblings.add(perfectSubtrees(split, end));
                end = split;
            } else {
                siblings.add(perfectSubtrees(start, split));
                start = split;
            }
        }
        Collections.reverse(siblings);
        return new InclusionProof(leafIndex, treeSize, assemble(siblings));
    }

    /** {@code PROOF(firstSize, D[secondSize])} per RFC 9162 §2.1.4.1; empty when the sizes are equal. */
    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        requireSizeWithinTree(secondSize);
        if (firstSize <= 0 || firstSize > secondSize) {
            throw new MerkleTreeException("no consistency proof from size " + firstSize + " to size " + secondSize
                    + ": the first size must be in 1.." + secondSize);
        }
        List<List<SubtreeId>> elements = new ArrayList<>();
        long start = 0;
        long end = secondSize;
        boolean firstIsWholeSubtree = true;
        while (firstSize != end) {
            long split = start + largestPowerOfTwoBelow(end - start);
            if (firstSize <= split) {
                elements.add(perfectSubtrees(split, end));
                end = split;
            } else {
                elements.add(perfectSubtrees(start, split));
                start = split;
                firstIsWholeSubtree = false;
            }
        }
        if (!firstIsWholeSubtree) {
            elements.add(perfectSubtrees(start, end));
        }
        Collections.reverse(elements);
        return new ConsistencyProof(firstSize, secondSize, assemble(elements));
    }

    private void requireSizeWithinTree(long treeSize) {
        long size = store.size();
        if (treeSize < 0 || treeSize > size) {
            throw new MerkleTreeException("tree size " + treeSize + " is outside 0.." + size);
        }
    }

    /**
     * The perfect subtrees that make up leaves {@code [start, end)}, left to right. For the ranges RFC 9162
     * recursion produces (start aligned to a power of two at least end - start) these are the binary
     * decomposition of the range, O(log n) of them.
     */
    static List<SubtreeId> perfectSubtrees(long start, long end) {
        List<SubtreeId> subtrees = new ArrayList<>();
        long position = start;
        while (position < end) {
            int level = position == 0 ? 63 : Long.numberOfTrailingZeros(position);
            while (level > 62 || (1L << level) > end - position) {
                level--;
            }
            subtrees.add(new SubtreeId(level, position >> level));
            position += 1L << level;
        }
        return subtrees;
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /**
     * Fetches every listed subtree in one store call and folds each group right to left into the hash of the
     * range it covers, as RFC 9162 splits a range at its largest power of two.
     */
    private List<byte[]> assemble(List<List<SubtreeId>> groups) {
        Set<SubtreeId> wanted = new LinkedHashSet<>();
        groups.forEach(wanted::addAll);
        Map<SubtreeId, byte[]> hashes = store.findAll(wanted);
        List<byte[]> result = new ArrayList<>(groups.size());
        for (List<SubtreeId> group : groups) {
            byte[] hash = required(hashes, group.get(group.size() - 1));
            for (int i = group.size() - 2; i >= 0; i--) {
                hash = MerkleHashes.nodeHash(required(hashes, group.get(i)), hash);
            }
            result.add(hash);
        }
        return result;
    }

    private static byte[] required(Map<SubtreeId, byte[]> hashes, SubtreeId subtree) {
        byte[] hash = hashes.get(subtree);
        if (hash == null) {
            throw new MerkleTreeException("tree hash store has no hash for the complete subtree at level "
                    + subtree.level() + " index " + subtree.index());
        }
        return hash;
    }
}
