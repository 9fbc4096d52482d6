package org.blohub.hub.store.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blohub.crypto.merkle.SubtreeId;
import org.blohub.crypto.merkle.TreeHashStore;
import org.blohub.hub.store.StoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The perfect-subtree hashes of the audit Merkle tree in {@code tree_hashes}. The tree size is the
 * audit sequencer's {@code next_seq}: {@link JdbcAuditLog} appends the tree hashes of event n while it
 * holds the sequencer row lock at value n, and bumps it afterwards in the same transaction, so the
 * events, the tree hashes and the size always commit together.
 */
final class JdbcTreeHashStore implements TreeHashStore {

    private final JdbcClient jdbc;

    JdbcTreeHashStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long size() {
        try {
            return jdbc.sql("SELECT next_seq FROM audit_sequence WHERE id = 1").query(Long.class).single();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read the audit tree size", e);
        }
    }

    @Override
    public Optional<byte[]> find(SubtreeId subtree) {
        return Optional.ofNullable(findAll(List.of(subtree)).get(subtree));
    }

    /** One statement: a UNION ALL of primary-key lookups, which both databases answer from the index. */
    @Override
    public Map<SubtreeId, byte[]> findAll(Collection<SubtreeId> subtrees) {
        Map<SubtreeId, byte[]> found = new LinkedHashMap<>();
        if (subtrees.isEmpty()) {
            return found;
        }
        List<String> lookups = new ArrayList<>(subtrees.size());
        List<Object> params = new ArrayList<>(subtrees.size() * 2);
        for (SubtreeId subtree : subtrees) {
            lookups.add("SELECT tree_level, tree_index, hash FROM tree_hashes WHERE tree_level = ? AND tree_index = ?");
            params.add(subtree.level());
            params.add(subtree.index());
        }
        Map<SubtreeId, byte[]> rows = new LinkedHashMap<>();
        try {
            jdbc.sql(String.join(" UNION ALL ", lookups))
                    .params(params)
                    .query(row -> {
                        rows.put(new SubtreeId(row.getInt("tree_level"), row.getLong("tree_index")),
                                row.getBytes("hash"));
                    });
        } catch (DataAccessException e) {
            throw new StoreException("cannot read " + subtrees.size() + " audit tree hashes", e);
        }
        for (SubtreeId subtree : subtrees) {
            byte[] hash = rows.get(subtree);
            if (hash != null) {
                found.put(subtree, hash);
            }
        }
        return found;
    }

    @Override
    public void append(long leafIndex, List<byte[]> completedHashes) {
        try {
            for (int level = 0; level < completedHashes.size(); level++) {
                jdbc.sql("INSERT INTO tree_hashes (tree_level, tree_index, hash) VALUES (?, ?, ?)")
                        .params(level, leafIndex >> level, completedHashes.get(level))
                        .update();
            }
        } catch (DataAccessException e) {
            throw new StoreException("cannot store the audit tree hashes of leaf " + leafIndex, e);
        }
    }
}
