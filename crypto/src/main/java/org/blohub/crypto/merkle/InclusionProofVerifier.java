package org.blohub.crypto.merkle;

import static org.blohub.crypto.merkle.ProofVerificationException.Reason.LEAF_INDEX_OUT_OF_RANGE;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.PROOF_TOO_LONG;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.PROOF_TOO_SHORT;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.ROOT_MISMATCH;

import java.security.MessageDigest;
import java.util.List;

/** Verifies RFC 9162 inclusion proofs with the algorithm of §2.1.3.2. */
public final class InclusionProofVerifier {

    private InclusionProofVerifier() {
    }

    /**
     * Checks that the leaf with hash {@code leafHash} sits at {@code proof.leafIndex()} in the tree of
     * {@code proof.treeSize()} leaves whose root is {@code expectedRoot}.
     */
    public static void verify(byte[] leafHash, InclusionProof proof, byte[] expectedRoot)
            throws ProofVerificationException {
        ProofHashes.requireHash(expectedRoot, "expected root");
        byte[] computed = rootFromProof(leafHash, proof);
        if (!MessageDigest.isEqual(computed, expectedRoot)) {
            throw new ProofVerificationException(ROOT_MISMATCH, "the root computed from the inclusion proof of leaf "
                    + proof.leafIndex() + " in a tree of size " + proof.treeSize() + " differs from the expected root");
        }
    }

    /** The root that {@code proof} yields for {@code leafHash}; compare it with a trusted root. */
    public static byte[] rootFromProof(byte[] leafHash, InclusionProof proof) throws ProofVerificationException {
        ProofHashes.requireHash(leafHash, "leaf hash");
        long leafIndex = proof.leafIndex();
        long treeSize = proof.treeSize();
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new ProofVerificationException(LEAF_INDEX_OUT_OF_RANGE,
                    "leaf index " + leafIndex + " is not within a tree of size " + treeSize);
        }
        List<byte[]> path = proof.path();
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (int i = 0; i < path.size(); i++) {
            byte[] p = path.get(i);
            ProofHashes.requireHash(p, "inclusion proof element " + i);
            if (sn == 0) {
                throw new ProofVerificationException(PROOF_TOO_LONG, "inclusion proof has " + path.size()
                        + " hashes, more than leaf " + leafIndex + " in a tree of size " + treeSize + " needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofVerificationException(PROOF_TOO_SHORT, "inclusion proof has " + path.size()
                    + " hashes, fewer than leaf " + leafIndex + " in a tree of size " + treeSize + " needs");
        }
        return r;
    }
}
