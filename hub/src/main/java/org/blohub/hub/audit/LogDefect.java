package org.blohub.hub.audit;

import java.util.OptionalLong;

/**
 * What a {@link LogAuditor} found wrong, at the first index where it found it (empty only when the
 * checkpoint itself is refused, or the root differs and no proofs were available to locate the leaf).
 */
public record LogDefect(Kind kind, OptionalLong index, String detail) {

    public enum Kind {
        /** The checkpoint's signature or format did not verify. */
        CHECKPOINT_INVALID,
        /** The entry at this position carries a larger index: the event with this index is missing. */
        INDEX_MISSING,
        /** The entry at this position carries a smaller index (a repeated or moved row). */
        INDEX_OUT_OF_ORDER,
        /** The leaf at this position names another index inside its own bytes: events were reordered. */
        LEAF_NAMES_OTHER_INDEX,
        /** The leaf bytes are not an audit event leaf in canonical form. */
        LEAF_MALFORMED,
        /** SHA-256(0x00 || leaf bytes) differs from the leaf hash stored with it: the bytes were changed. */
        LEAF_HASH_MISMATCH,
        /** The log holds fewer entries than the checkpoint's tree size; the index is the first absent one. */
        ENTRIES_MISSING,
        /** The leaf is not the one the signed checkpoint committed to (its inclusion proof fails). */
        LEAF_NOT_IN_CHECKPOINT,
        /** The recomputed root differs from the checkpoint's and no proofs could locate the leaf. */
        ROOT_MISMATCH
    }

    static LogDefect at(Kind kind, long index, String detail) {
        return new LogDefect(kind, OptionalLong.of(index), detail);
    }

    @Override
    public String toString() {
        return kind + (index.isPresent() ? " at index " + index.getAsLong() : "") + ": " + detail;
    }
}
