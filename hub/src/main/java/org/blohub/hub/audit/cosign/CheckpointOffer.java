package org.blohub.hub.audit.cosign;

import java.util.Base64;
import java.util.List;
import org.blohub.crypto.merkle.ConsistencyProof;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a {@code BloKind=CHECKPOINT} message: the origin's signed checkpoint note and the consistency proof
 * from the tree size the receiving peer last cosigned ({@code proofFromSize} 0 and no proof when it never did).
 */
record CheckpointOffer(String note, long proofFromSize, List<String> proof) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    CheckpointOffer {
        proof = proof == null ? List.of() : List.copyOf(proof);
    }

    static CheckpointOffer of(String note, ConsistencyProof consistency) {
        return new CheckpointOffer(note, consistency.firstSize(),
                consistency.path().stream().map(hash -> Base64.getEncoder().encodeToString(hash)).toList());
    }

    ConsistencyProof consistencyProof(long toSize) {
        return new ConsistencyProof(proofFromSize, toSize,
                proof.stream().map(hash -> Base64.getDecoder().decode(hash)).toList());
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    static CheckpointOffer parse(String json) {
        try {
            return JSON.readValue(json, CheckpointOffer.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new CosignException("checkpoint offer is not well-formed JSON", e);
        }
    }
}
