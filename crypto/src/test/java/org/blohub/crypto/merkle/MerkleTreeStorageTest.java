package org.blohub.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MerkleTreeStorageTest {

    private static final int LEAVES = 5_000;

    private CountingTreeHashStore store;
    private MerkleTree tree;

    @BeforeEach
    void fillTree() {
        store = new CountingTreeHashStore(new InMemoryTreeHashStore());
        tree = new MerkleTree(store);
        for (int i = 0; i < LEAVES; i++) {
            tree.append(("event " + i).getBytes(StandardCharsets.UTF_8));
        }
        store.reset();
    }

    @Nested
    class Reads {

        /** ceil(log2(5000)) = 13 levels; two partial ranges of at most 13 subtrees plus 13 siblings bound any proof. */
        private static final int LOGARITHMIC_BOUND = 3 * 13;

        @Test
        void rootAtAnySizeReadsOnlyTheBinaryDecompositionOfTheSizeInOneCall() {
            tree.rootAt(4_999);
            assertThat(store.findAllCalls()).isEqualTo(1);
            assertThat(store.subtreesRead()).isEqualTo(Long.bitCount(4_999));
        }

        @Test
        void inclusionProofReadsLogarithmicallyManyStoredSubtreesInOneCall() {
            tree.inclusionProof(1_234, 4_999);
            assertThat(store.findAllCalls()).isEqualTo(1);
            assertThat(store.subtreesRead()).isLessThanOrEqualTo(LOGARITHMIC_BOUND);
        }

        @Test
        void consistencyProofReadsLogarithmicallyManyStoredSubtreesInOneCall() {
            tree.consistencyProof(1_235, 4_999);
            assertThat(store.findAllCalls()).isEqualTo(1);
            assertThat(store.subtreesRead()).isLessThanOrEqualTo(LOGARITHMIC_BOUND);
        }

        @Test
        void appendReadsOnlyTheLeftSiblingsItCompletes() {
            tree.append("one more".getBytes(StandardCharsets.UTF_8));
            // Leaf 5000 = 0b1001110001000: trailing one bits none, so it completes nothing above itself.
            assertThat(store.subtreesRead()).isZero();
            tree.append("and another".getBytes(StandardCharsets.UTF_8));
            // Leaf 5001 ends in one 1 bit: it completes its parent and reads its left sibling.
            assertThat(store.subtreesRead()).isEqualTo(1);
        }

        @Test
        void appendAtAnIndexTheCallerReadDoesNotReadTheSizeAgainAndBuildsTheSameTree() {
            MerkleTree reference = new MerkleTree(new InMemoryTreeHashStore());
            for (int i = 0; i < LEAVES; i++) {
                reference.append(("event " + i).getBytes(StandardCharsets.UTF_8));
            }
            byte[] next = MerkleHashes.leafHash("one more".getBytes(StandardCharsets.UTF_8));

            tree.appendLeafHashAt(LEAVES, next);
            reference.appendLeafHash(next);

            assertThat(store.sizeCalls()).isZero();
            assertThat(tree.size()).isEqualTo(LEAVES + 1);
            assertThat(tree.root()).isEqualTo(reference.root());
        }
    }

    @Nested
    class Layout {

        @Test
        void appendStoresTheLeafHashAndEveryParentItCompletes() {
            InMemoryTreeHashStore memory = new InMemoryTreeHashStore();
            MerkleTree fourLeaves = new MerkleTree(memory);
            byte[][] leaves = {{1}, {2}, {3}, {4}};
            for (byte[] leaf : leaves) {
                fourLeaves.append(leaf);
            }
            byte[] left = MerkleHashes.nodeHash(MerkleHashes.leafHash(leaves[0]), MerkleHashes.leafHash(leaves[1]));
            byte[] right = MerkleHashes.nodeHash(MerkleHashes.leafHash(leaves[2]), MerkleHashes.leafHash(leaves[3]));
            assertThat(memory.find(new SubtreeId(0, 3))).contains(MerkleHashes.leafHash(leaves[3]));
            assertThat(memory.find(new SubtreeId(1, 1))).contains(right);
            assertThat(memory.find(new SubtreeId(2, 0))).contains(MerkleHashes.nodeHash(left, right));
            assertThat(memory.find(new SubtreeId(2, 1))).isEmpty();
            assertThat(fourLeaves.root()).isEqualTo(MerkleHashes.nodeHash(left, right));
        }

        @Test
        void proofsAreImmutableValuesComparedByContent() {
            InclusionProof inclusion = tree.inclusionProof(3, 100);
            inclusion.path().get(0)[0] ^= 1;
            assertThat(inclusion).isEqualTo(tree.inclusionProof(3, 100))
                    .hasSameHashCodeAs(tree.inclusionProof(3, 100))
                    .isNotEqualTo(tree.inclusionProof(4, 100));
            assertThat(tree.consistencyProof(3, 100)).isEqualTo(tree.consistencyProof(3, 100))
                    .isNotEqualTo(tree.consistencyProof(3, 101));
        }

        @Test
        void storeRefusesAnAppendOutOfOrder() {
            InMemoryTreeHashStore memory = new InMemoryTreeHashStore();
            assertThatExceptionOfType(MerkleTreeException.class)
                    .isThrownBy(() -> memory.append(1, List.of(MerkleHashes.leafHash(new byte[0]))))
                    .withMessageContaining("cannot append leaf 1 to a store holding 0 leaves");
        }

        @Test
        void storeRefusesAnAppendWithoutTheParentsTheLeafCompletes() {
            InMemoryTreeHashStore memory = new InMemoryTreeHashStore();
            memory.append(0, List.of(MerkleHashes.leafHash(new byte[] {0})));
            assertThatExceptionOfType(MerkleTreeException.class)
                    .isThrownBy(() -> memory.append(1, List.of(MerkleHashes.leafHash(new byte[] {1}))))
                    .withMessageContaining("completes 2 subtrees but 1 hashes were given");
        }

        @Test
        void treeReportsWhichSubtreeHashItsStoreLacks() {
            TreeHashStore forgetful = new TreeHashStore() {
                private final InMemoryTreeHashStore real = new InMemoryTreeHashStore();

                @Override
                public long size() {
                    return real.size();
                }

                @Override
                public Optional<byte[]> find(SubtreeId subtree) {
                    return subtree.level() == 1 ? Optional.empty() : real.find(subtree);
                }

                @Override
                public void append(long leafIndex, List<byte[]> completedHashes) {
                    real.append(leafIndex, completedHashes);
                }
            };
            MerkleTree broken = new MerkleTree(forgetful);
            for (byte i = 0; i < 3; i++) {
                broken.append(new byte[] {i});
            }
            assertThatExceptionOfType(MerkleTreeException.class)
                    .isThrownBy(broken::root)
                    .withMessageContaining("no hash for the complete subtree at level 1 index 0");
        }
    }

    @Nested
    class Arguments {

        @Test
        void refusesAnInclusionProofForALeafBeyondTheRequestedSize() {
            assertThatExceptionOfType(MerkleTreeException.class)
                    .isThrownBy(() -> tree.inclusionProof(10, 10))
                    .withMessage("leaf index 10 is outside a tree of size 10");
        }

        @Test
        void refusesASizeTheTreeHasNotReached() {
            assertThatExceptionOfType(MerkleTreeException.class)
                    .isThrownBy(() -> tree.rootAt(LEAVES + 1))
                    .withMessage("tree size 5001 is outside 0..5000");
            assertThatExceptionOfType(MerkleTreeException.class)
                    .isThrownBy(() -> tree.consistencyProof(1, LEAVES + 1));
        }

        @Test
        void refusesAConsistencyProofFromTheEmptyTreeOrBackwards() {
            assertThatExceptionOfType(MerkleTreeException.class).isThrownBy(() -> tree.consistencyProof(0, 5));
            assertThatExceptionOfType(MerkleTreeException.class).isThrownBy(() -> tree.consistencyProof(6, 5));
        }

        @Test
        void consistencyProofBetweenEqualSizesIsEmpty() {
            assertThat(tree.consistencyProof(77, 77).path()).isEmpty();
        }

        @Test
        void refusesALeafHashOfTheWrongLength() {
            assertThatExceptionOfType(MerkleTreeException.class)
                    .isThrownBy(() -> tree.appendLeafHash(new byte[31]))
                    .withMessageContaining("leaf hash must be a 32-byte hash but has 31 bytes");
        }
    }

    @Nested
    class VerificationFailures {

        private final byte[] leafHash = MerkleHashes.leafHash("event 7".getBytes(StandardCharsets.UTF_8));

        @Test
        void namesTheRootMismatch() {
            InclusionProof proof = tree.inclusionProof(7, 100);
            assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> InclusionProofVerifier.verify(leafHash, proof, tree.rootAt(99)))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(ProofVerificationException.Reason.ROOT_MISMATCH);
        }

        @Test
        void namesAnIndexOutsideTheTree() {
            InclusionProof proof = new InclusionProof(100, 100, tree.inclusionProof(7, 100).path());
            assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> InclusionProofVerifier.verify(leafHash, proof, tree.rootAt(100)))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(ProofVerificationException.Reason.LEAF_INDEX_OUT_OF_RANGE);
        }

        @Test
        void namesAMalformedProofHash() {
            InclusionProof proof = new InclusionProof(7, 100, List.of(new byte[5]));
            assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> InclusionProofVerifier.verify(leafHash, proof, tree.rootAt(100)))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(ProofVerificationException.Reason.MALFORMED_HASH);
        }

        @Test
        void namesATooShortAndATooLongProof() {
            List<byte[]> path = tree.inclusionProof(7, 100).path();
            InclusionProof shorter = new InclusionProof(7, 100, path.subList(0, path.size() - 1));
            assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> InclusionProofVerifier.verify(leafHash, shorter, tree.rootAt(100)))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(ProofVerificationException.Reason.PROOF_TOO_SHORT);
            List<byte[]> longer = new java.util.ArrayList<>(path);
            longer.add(tree.rootAt(100));
            InclusionProof extended = new InclusionProof(7, 100, longer);
            assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> InclusionProofVerifier.verify(leafHash, extended, tree.rootAt(100)))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(ProofVerificationException.Reason.PROOF_TOO_LONG);
        }

        @Test
        void namesWhichConsistencyRootDiffers() {
            ConsistencyProof proof = tree.consistencyProof(100, 300);
            Map<ProofVerificationException.Reason, byte[][]> cases = Map.of(
                    ProofVerificationException.Reason.FIRST_ROOT_MISMATCH,
                    new byte[][] {tree.rootAt(101), tree.rootAt(300)},
                    ProofVerificationException.Reason.SECOND_ROOT_MISMATCH,
                    new byte[][] {tree.rootAt(100), tree.rootAt(301)});
            cases.forEach((reason, roots) -> assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> ConsistencyProofVerifier.verify(proof, roots[0], roots[1]))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(reason));
        }

        @Test
        void refusesAConsistencyProofFromTheEmptyTree() {
            ConsistencyProof proof = new ConsistencyProof(0, 300, List.of());
            assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> ConsistencyProofVerifier.verify(proof, MerkleHashes.emptyRoot(), tree.rootAt(300)))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(ProofVerificationException.Reason.FIRST_TREE_EMPTY);
        }

        @Test
        void refusesANonEmptyProofOrDifferentRootsForEqualSizes() {
            ConsistencyProof padded = new ConsistencyProof(300, 300, List.of(tree.rootAt(300)));
            assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> ConsistencyProofVerifier.verify(padded, tree.rootAt(300), tree.rootAt(300)))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(ProofVerificationException.Reason.PROOF_NOT_EMPTY);
            ConsistencyProof empty = new ConsistencyProof(300, 300, List.of());
            assertThatExceptionOfType(ProofVerificationException.class)
                    .isThrownBy(() -> ConsistencyProofVerifier.verify(empty, tree.rootAt(300), tree.rootAt(299)))
                    .extracting(ProofVerificationException::reason)
                    .isEqualTo(ProofVerificationException.Reason.FIRST_ROOT_MISMATCH);
        }
    }
}
