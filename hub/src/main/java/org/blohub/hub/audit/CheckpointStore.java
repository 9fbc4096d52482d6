package org.blohub.hub.audit;

import java.time.Instant;
import java.util.Optional;
import org.blohub.crypto.note.NoteSignature;
import org.blohub.crypto.note.SignedNote;

/** The checkpoints this node signed over its audit log, and the cosignatures peers returned for them. */
public interface CheckpointStore {

    /** Stores a newly signed checkpoint; a second save of the same tree size is ignored. */
    void save(long treeSize, byte[] rootHash, SignedNote signedNote, Instant signedAt);

    /** The checkpoint with the largest tree size, with its cosignatures. */
    Optional<StoredCheckpoint> latest();

    /** The checkpoint of exactly this tree size, with its cosignatures. */
    Optional<StoredCheckpoint> at(long treeSize);

    /** Adds a peer's cosignature line to the checkpoint of {@code treeSize}; a repeat from one cosigner is ignored. */
    void addCosignature(long treeSize, NoteSignature cosignature, Instant receivedAt);
}
