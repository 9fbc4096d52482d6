package org.blohub.hub.audit;

import java.time.Instant;
import java.util.Objects;
import org.blohub.crypto.note.SignedNote;

/**
 * A checkpoint this node signed, as stored, with the cosignature lines peers returned.
 *
 * @param signedNote the checkpoint note with the log signature and every stored cosignature
 */
public record StoredCheckpoint(long treeSize, SignedNote signedNote, Instant signedAt) {

    public StoredCheckpoint {
        Objects.requireNonNull(signedNote, "signedNote");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
