package org.blohub.hub.web.oversight;

import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;
import org.blohub.crypto.note.NoteSignature;
import org.blohub.crypto.note.NoteFormatException;
import org.blohub.crypto.note.SignedNote;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.StoredCheckpoint;

/** Signed checkpoints kept in memory, for tests of one read model. */
final class InMemoryCheckpoints implements CheckpointStore {

    private final TreeMap<Long, StoredCheckpoint> bySize = new TreeMap<>();

    @Override
    public void save(long treeSize, byte[] rootHash, SignedNote signedNote, Instant signedAt) {
        bySize.putIfAbsent(treeSize, new StoredCheckpoint(treeSize, signedNote, signedAt));
    }

    @Override
    public Optional<StoredCheckpoint> latest() {
        return Optional.ofNullable(bySize.lastEntry()).map(entry -> entry.getValue());
    }

    @Override
    public Optional<StoredCheckpoint> at(long treeSize) {
        return Optional.ofNullable(bySize.get(treeSize));
    }

    @Override
    public void addCosignature(long treeSize, NoteSignature cosignature, Instant receivedAt) {
        StoredCheckpoint stored = bySize.get(treeSize);
        try {
            bySize.put(treeSize, new StoredCheckpoint(treeSize, stored.signedNote().withSignature(cosignature),
                    stored.signedAt()));
        } catch (NoteFormatException e) {
            throw new AssertionError(e);
        }
    }
}
