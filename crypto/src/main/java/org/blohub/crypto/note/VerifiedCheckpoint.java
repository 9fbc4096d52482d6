package org.blohub.crypto.note;

import java.util.List;

/** A checkpoint whose log signature verified, with the cosignatures from known cosigners that verified too. */
public record VerifiedCheckpoint(Checkpoint checkpoint, VerifiedSignature logSignature,
        List<VerifiedSignature> cosignatures) {

    public VerifiedCheckpoint {
        cosignatures = List.copyOf(cosignatures);
    }
}
