package org.blohub.hub.audit;

import java.time.Instant;
import java.util.Objects;

/** The largest checkpoint of a peer's log this node cosigned as a witness. */
public record WitnessedCheckpoint(String origin, long treeSize, byte[] rootHash, String signedNote,
        Instant cosignedAt) {

    public WitnessedCheckpoint {
        Objects.requireNonNull(origin, "origin");
        rootHash = rootHash.clone();
        Objects.requireNonNull(signedNote, "signedNote");
        Objects.requireNonNull(cosignedAt, "cosignedAt");
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }
}
