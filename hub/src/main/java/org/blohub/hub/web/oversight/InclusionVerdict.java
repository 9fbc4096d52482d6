package org.blohub.hub.web.oversight;

import java.util.Optional;

/**
 * Whether an audit entry is provably in the log this node signed.
 *
 * @param treeSize the size of the latest signed checkpoint, if there is one
 * @param detail   why the proof did not verify, for NOT_VERIFIED
 */
record InclusionVerdict(long index, Outcome outcome, Optional<Long> treeSize, Optional<String> detail) {

    enum Outcome {
        /** The leaf's inclusion proof leads to the root of the latest checkpoint, whose log signature verifies. */
        VERIFIED,
        /** No signed checkpoint covers the entry yet; the next one will. */
        NOT_YET_CHECKPOINTED,
        /** No such entry, a checkpoint signature that fails, or a proof that does not lead to its root. */
        NOT_VERIFIED
    }

    static InclusionVerdict verified(long index, long treeSize) {
        return new InclusionVerdict(index, Outcome.VERIFIED, Optional.of(treeSize), Optional.empty());
    }

    static InclusionVerdict notYetCheckpointed(long index, Optional<Long> treeSize) {
        return new InclusionVerdict(index, Outcome.NOT_YET_CHECKPOINTED, treeSize, Optional.empty());
    }

    static InclusionVerdict notVerified(long index, Optional<Long> treeSize, String detail) {
        return new InclusionVerdict(index, Outcome.NOT_VERIFIED, treeSize, Optional.of(detail));
    }
}
