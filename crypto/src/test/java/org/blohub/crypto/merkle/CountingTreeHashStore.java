package org.blohub.crypto.merkle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decorates a real store and counts the calls, size reads and subtree hashes read through it. */
final class CountingTreeHashStore implements TreeHashStore {

    private final TreeHashStore delegate;
    private int findAllCalls;
    private int subtreesRead;
    private int sizeCalls;

    CountingTreeHashStore(TreeHashStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public long size() {
        sizeCalls++;
        return delegate.size();
    }

    @Override
    public Optional<byte[]> find(SubtreeId subtree) {
        subtreesRead++;
        return delegate.find(subtree);
    }

    @Override
    public Map<SubtreeId, byte[]> findAll(Collection<SubtreeId> subtrees) {
        findAllCalls++;
        subtreesRead += subtrees.size();
        return delegate.findAll(subtrees);
    }

    @Override
    public void append(long leafIndex, List<byte[]> completedHashes) {
        delegate.append(leafIndex, completedHashes);
    }

    void reset() {
        findAllCalls = 0;
        subtreesRead = 0;
        sizeCalls = 0;
    }

    int findAllCalls() {
        return findAllCalls;
    }

    int subtreesRead() {
        return subtreesRead;
    }

    int sizeCalls() {
        return sizeCalls;
    }
}
