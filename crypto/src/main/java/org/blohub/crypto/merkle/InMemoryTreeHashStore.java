package org.blohub.crypto.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link TreeHashStore} held in memory, one packed byte array per level, for tests and benchmarks.
 * About 64 bytes per leaf. Safe for concurrent readers with one appending thread.
 */
public final class InMemoryTreeHashStore implements TreeHashStore {

    private static final int HASH_LENGTH = MerkleHashes.HASH_LENGTH;
    private static final long MAX_HASHES_PER_LEVEL = Integer.MAX_VALUE / HASH_LENGTH;

    private final List<Level> levels = new ArrayList<>();
    private long size;

    @Override
    public synchronized long size() {
        return size;
    }

    @Override
    public synchronized Optional<byte[]> find(SubtreeId subtree) {
        if (subtree.endLeaf() > size || subtree.level() >= levels.size()) {
            return Optional.empty();
        }
        return Optional.of(levels.get(subtree.level()).get(subtree.index()));
    }

    @Override
    public synchronized void append(long leafIndex, List<byte[]> completedHashes) {
        if (leafIndex != size) {
            throw new MerkleTreeException("cannot append leaf " + leafIndex + " to a store holding " + size
                    + " leaves");
        }
        if (leafIndex >= MAX_HASHES_PER_LEVEL) {
            throw new MerkleTreeException("the in-memory store holds at most " + MAX_HASHES_PER_LEVEL + " leaves");
        }
        int expected = Long.numberOfTrailingZeros(~leafIndex) + 1;
        if (completedHashes.size() != expected) {
            throw new MerkleTreeException("leaf " + leafIndex + " completes " + expected + " subtrees but "
                    + completedHashes.size() + " hashes were given");
        }
        for (int level = 0; level < completedHashes.size(); level++) {
            byte[] hash = completedHashes.get(level);
            MerkleHashes.requireHash(hash, "hash at level " + level);
            if (level == levels.size()) {
                levels.add(new Level());
            }
            levels.get(level).add(leafIndex >> level, hash);
        }
        size = leafIndex + 1;
    }

    private static final class Level {
        private byte[] hashes = new byte[HASH_LENGTH * 16];
        private long count;

        void add(long index, byte[] hash) {
            if (index != count) {
                throw new MerkleTreeException("level out of sync: expected index " + count + " but got " + index);
            }
            int offset = Math.toIntExact(index * HASH_LENGTH);
            if (offset + HASH_LENGTH > hashes.length) {
                long grown = Math.min((long) hashes.length * 2, MAX_HASHES_PER_LEVEL * HASH_LENGTH);
                hashes = Arrays.copyOf(hashes, (int) grown);
            }
            System.arraycopy(hash, 0, hashes, offset, HASH_LENGTH);
            count++;
        }

        byte[] get(long index) {
            int offset = Math.toIntExact(index * HASH_LENGTH);
            return Arrays.copyOfRange(hashes, offset, offset + HASH_LENGTH);
        }
    }
}
