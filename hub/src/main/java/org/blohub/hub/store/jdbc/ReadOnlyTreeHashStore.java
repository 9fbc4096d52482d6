package org.blohub.hub.store.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blohub.crypto.merkle.SubtreeId;
import org.blohub.crypto.merkle.TreeHashStore;
import org.blohub.hub.store.StoreException;

/**
 * The audit tree hashes for readers (roots and proofs). Appending through it is refused: a leaf
 * added outside {@link JdbcAuditLog#append} would have no event and break the log's gapless indices.
 */
final class ReadOnlyTreeHashStore implements TreeHashStore {

    private final TreeHashStore hashes;

    ReadOnlyTreeHashStore(TreeHashStore hashes) {
        this.hashes = hashes;
    }

    @Override
    public long size() {
        return hashes.size();
    }

    @Override
    public Optional<byte[]> find(SubtreeId subtree) {
        return hashes.find(subtree);
    }

    @Override
    public Map<SubtreeId, byte[]> findAll(Collection<SubtreeId> subtrees) {
        return hashes.findAll(subtrees);
    }

    @Override
    public void append(long leafIndex, List<byte[]> completedHashes) {
        throw new StoreException("audit tree hashes are appended only together with their event by the audit log;"
                + " refused leaf " + leafIndex);
    }
}
