package org.blohub.crypto.merkle;

import static org.blohub.crypto.merkle.ProofVerificationException.Reason.MALFORMED_HASH;

/** Length checks on hashes that arrive with a proof, reported as verification failures. */
final class ProofHashes {

    private ProofHashes() {
    }

    static void requireHash(byte[] hash, String what) throws ProofVerificationException {
        if (hash == null || hash.length != MerkleHashes.HASH_LENGTH) {
            throw new ProofVerificationException(MALFORMED_HASH, what + " is not a " + MerkleHashes.HASH_LENGTH
                    + "-byte hash (" + (hash == null ? "missing" : hash.length + " bytes") + ")");
        }
    }
}
