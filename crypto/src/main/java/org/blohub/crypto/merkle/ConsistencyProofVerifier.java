package org.blohub.crypto.merkle;

import static org.blohub.crypto.merkle.ProofVerificationException.Reason.FIRST_ROOT_MISMATCH;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.FIRST_TREE_EMPTY;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.PROOF_NOT_EMPTY;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.PROOF_TOO_LONG;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.PROOF_TOO_SHORT;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.SECOND_ROOT_MISMATCH;
import static org.blohub.crypto.merkle.ProofVerificationException.Reason.SIZES_OUT_OF_RANGE;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** Verifies RFC 9162 consistency proofs with the algorithm of §2.1.4.2. */
public final class ConsistencyProofVerifier {

    private ConsistencyProofVerifier() {
    }

    /**
     * Checks that the tree of {@code proof.firstSize()} leaves with root {@code firstRoot} is a prefix of the
     * tree of {@code proof.secondSize()} leaves with root {@code secondRoot}. Equal sizes need an empty proof
     * and equal roots. A proof from the empty tree is refused: RFC 9162 defines none.
     */
    public static void verify(ConsistencyProof proof, byte[] firstRoot, byte[] secondRoot)
            throws ProofVerificationException {
        ProofHashes.requireHash(firstRoot, "first root");
        ProofHashes.requireHash(secondRoot, "second root");
        long first = proof.firstSize();
        long second = proof.secondSize();
        List<byte[]> path = proof.path();
        if (first < 0 || first > second) {
            throw new ProofVerificationException(SIZES_OUT_OF_RANGE,
                    "first size " + first + " must be in 0.." + second);
        }
        if (first == second) {
            verifyEqualSizes(path, firstRoot, secondRoot, first);
            return;
        }
        if (first == 0) {
            throw new ProofVerificationException(FIRST_TREE_EMPTY,
                    "no consistency proof exists from the empty tree to size " + second);
        }
        if (path.isEmpty()) {
            throw new ProofVerificationException(PROOF_TOO_SHORT,
                    "consistency proof from size " + first + " to " + second + " is empty");
        }
        for (int i = 0; i < path.size(); i++) {
            ProofHashes.requireHash(path.get(i), "consistency proof element " + i);
        }
        List<byte[]> hashes = new ArrayList<>(path.size() + 1);
        if (Long.bitCount(first) == 1) {
            hashes.add(firstRoot);
        }
        hashes.addAll(path);

        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = hashes.get(0);
        byte[] sr = hashes.get(0);
        for (int i = 1; i < hashes.size(); i++) {
            byte[] c = hashes.get(i);
            if (sn == 0) {
                throw new ProofVerificationException(PROOF_TOO_LONG, "consistency proof from size " + first
                        + " to " + second + " has " + path.size() + " hashes, more than it needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.nodeHash(c, fr);
                sr = MerkleHashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofVerificationException(PROOF_TOO_SHORT, "consistency proof from size " + first
                    + " to " + second + " has " + path.size() + " hashes, fewer than it needs");
        }
        if (!MessageDigest.isEqual(fr, firstRoot)) {
            throw new ProofVerificationException(FIRST_ROOT_MISMATCH, "the size-" + first
                    + " root computed from the consistency proof differs from the expected first root");
        }
        if (!MessageDigest.isEqual(sr, secondRoot)) {
            throw new ProofVerificationException(SECOND_ROOT_MISMATCH, "the size-" + second
                    + " root computed from the consistency proof differs from the expected second root");
        }
    }

    private static void verifyEqualSizes(List<byte[]> path, byte[] firstRoot, byte[] secondRoot, long size)
            throws ProofVerificationException {
        if (!path.isEmpty()) {
            throw new ProofVerificationException(PROOF_NOT_EMPTY,
                    "consistency proof between two trees of size " + size + " must be empty");
        }
        if (!MessageDigest.isEqual(firstRoot, secondRoot)) {
            throw new ProofVerificationException(FIRST_ROOT_MISMATCH,
                    "two trees of size " + size + " have different roots");
        }
    }
}
