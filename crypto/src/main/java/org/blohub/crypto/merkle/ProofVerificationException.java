package org.blohub.crypto.merkle;

/** A Merkle inclusion or consistency proof did not verify; {@link #reason()} says which check failed. */
public final class ProofVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The check of RFC 9162 §2.1.3.2 or §2.1.4.2 that failed. */
    public enum Reason {
        /** The leaf index is not below the tree size. */
        LEAF_INDEX_OUT_OF_RANGE,
        /** A tree size is negative, or the first size exceeds the second. */
        SIZES_OUT_OF_RANGE,
        /** A consistency proof from the empty tree was asked for; RFC 9162 defines none. */
        FIRST_TREE_EMPTY,
        /** A proof element, leaf hash or root is not a 32-byte hash. */
        MALFORMED_HASH,
        /** The proof has more hashes than the tree sizes allow. */
        PROOF_TOO_LONG,
        /** The proof has fewer hashes than the tree sizes need. */
        PROOF_TOO_SHORT,
        /** Equal tree sizes need an empty consistency proof. */
        PROOF_NOT_EMPTY,
        /** The root computed from an inclusion proof differs from the expected root. */
        ROOT_MISMATCH,
        /** The first-tree root computed from a consistency proof (or given for equal sizes) differs. */
        FIRST_ROOT_MISMATCH,
        /** The second-tree root computed from a consistency proof differs from the expected one. */
        SECOND_ROOT_MISMATCH
    }

    private final Reason reason;

    public ProofVerificationException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
