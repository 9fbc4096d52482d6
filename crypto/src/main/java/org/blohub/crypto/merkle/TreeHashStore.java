package org.blohub.crypto.merkle;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage contract for a {@link MerkleTree}: the hashes of every perfect subtree completed so far
 * (the leaf hashes at level 0 and every parent whose two children both exist). A tree of size n holds
 * fewer than 2n of them and they never change once written, so a database table keyed by
 * {@code (level, index)} implements this directly. Proof and root computations read O(log n) of them.
 *
 * <p>Implementations must make {@link #append} atomic: either all the given hashes become visible
 * together with the new size, or none do.
 */
public interface TreeHashStore {

    /** Number of leaves appended so far. */
    long size();

    /** The hash of a completed subtree, or empty when that subtree is not (yet) complete. */
    Optional<byte[]> find(SubtreeId subtree);

    /**
     * The hashes of several completed subtrees, in the order asked; missing ones are left out.
     * A database implementation should override this with a single query.
     */
    default Map<SubtreeId, byte[]> findAll(Collection<SubtreeId> subtrees) {
        Map<SubtreeId, byte[]> found = new LinkedHashMap<>();
        for (SubtreeId subtree : subtrees) {
            find(subtree).ifPresent(hash -> found.put(subtree, hash));
        }
        return found;
    }

    /**
     * Records leaf number {@code leafIndex} (which must equal {@link #size()}) and the subtrees it completes.
     * {@code completedHashes.get(k)} is the hash of {@code new SubtreeId(k, leafIndex >> k)}: element 0 is the
     * leaf hash, element k its ancestor k levels up. Afterwards {@link #size()} is {@code leafIndex + 1}.
     */
    void append(long leafIndex, List<byte[]> completedHashes);
}
