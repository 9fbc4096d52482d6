package org.blohub.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Random trees checked against {@link NaiveMerkleOracle}: exhaustively for every size 1..64, for every leaf
 * and every earlier size of the 2,000-leaf tree, and on a fixed random sample of (index, size) and (m, n)
 * pairs up to 2,000 leaves. Every honest proof must verify and every tampered one (each hash of its path
 * changed in turn, wrong leaf, index, sizes or roots, path cut or extended) must be refused.
 *
 * <p>A proof checked under another tree size is checked against that size's root, as a verifier would take
 * size and root together from one checkpoint: trees of different sizes can share a proof's shape (leaf 0 has
 * the same audit-path shape in trees of 3 and 4 leaves), so the size alone does not change the computed root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerkleProofPropertiesTest {

    private static final int EXHAUSTIVE_LIMIT = 64;
    private static final int TREE_SIZE = 2_000;
    private static final int SAMPLES = 250;

    private MerkleTree tree;
    private NaiveMerkleOracle oracle;
    private final Random random = new Random(20261128L);

    @BeforeAll
    void buildRandomTree() {
        List<byte[]> leaves = new ArrayList<>();
        tree = new MerkleTree(new InMemoryTreeHashStore());
        for (int i = 0; i < TREE_SIZE; i++) {
            byte[] leaf = new byte[4 + random.nextInt(40)];
            random.nextBytes(leaf);
            ByteBuffer.wrap(leaf).putInt(i);
            leaves.add(leaf);
            tree.append(leaf);
        }
        oracle = new NaiveMerkleOracle(leaves);
    }

    @Test
    void rootAtEverySizeEqualsTheRecursiveDefinition() {
        for (int size = 0; size <= TREE_SIZE; size++) {
            assertThat(tree.rootAt(size)).as("size %d", size).isEqualTo(oracle.root(size));
        }
    }

    @Nested
    class InclusionProofs {

        @Test
        void everyProofInTreesUpTo64LeavesVerifiesAndResistsTampering() {
            for (int size = 1; size <= EXHAUSTIVE_LIMIT; size++) {
                for (int index = 0; index < size; index++) {
                    checkInclusion(index, size);
                }
            }
        }

        @Test
        void sampledProofsInTreesUpTo2000LeavesVerifyAndResistTampering() {
            for (int i = 0; i < SAMPLES; i++) {
                int size = 1 + random.nextInt(TREE_SIZE);
                checkInclusion(random.nextInt(size), size);
            }
            checkInclusion(TREE_SIZE - 1, TREE_SIZE);
            checkInclusion(0, TREE_SIZE);
        }

        @Test
        void everyLeafOfThe2000LeafTreeHasAProofThatVerifiesAndResistsTampering() {
            for (int index = 0; index < TREE_SIZE; index++) {
                checkInclusion(index, TREE_SIZE);
            }
        }

        private void checkInclusion(int index, int size) {
            String where = "leaf " + index + " size " + size;
            InclusionProof proof = tree.inclusionProof(index, size);
            List<byte[]> path = proof.path();
            byte[] leafHash = oracle.leafHash(index);
            byte[] root = oracle.root(size);

            assertThat(path).as(where).containsExactlyElementsOf(oracle.path(index, size));
            assertThatCode(() -> InclusionProofVerifier.verify(leafHash, proof, root)).as(where)
                    .doesNotThrowAnyException();

            for (int element = 0; element < path.size(); element++) {
                InclusionProof flipped = new InclusionProof(index, size, flipBit(path, element));
                assertRefused(() -> InclusionProofVerifier.verify(leafHash, flipped, root), where + " flipped " + element);
            }
            byte[] otherLeaf = oracle.leafHash((index + 1) % TREE_SIZE);
            assertRefused(() -> InclusionProofVerifier.verify(otherLeaf, proof, root), where + " other leaf");
            for (long wrongIndex : new long[] {index - 1L, index + 1L, index ^ 2L}) {
                InclusionProof moved = new InclusionProof(wrongIndex, size, path);
                assertRefused(() -> InclusionProofVerifier.verify(leafHash, moved, root), where + " index " + wrongIndex);
            }
            for (int wrongSize : new int[] {size - 1, size + 1}) {
                if (wrongSize > TREE_SIZE) {
                    continue;
                }
                InclusionProof resized = new InclusionProof(index, wrongSize, path);
                byte[] rootOfWrongSize = oracle.root(wrongSize);
                assertRefused(() -> InclusionProofVerifier.verify(leafHash, resized, rootOfWrongSize),
                        where + " claimed for size " + wrongSize);
            }
            for (long wrongSize : new long[] {size * 2L, size / 2}) {
                InclusionProof resized = new InclusionProof(index, wrongSize, path);
                assertRefused(() -> InclusionProofVerifier.verify(leafHash, resized, root), where + " size " + wrongSize);
            }
            if (!path.isEmpty()) {
                List<byte[]> shorter = path.subList(0, path.size() - 1);
                assertRefused(() -> InclusionProofVerifier.verify(leafHash, new InclusionProof(index, size, shorter),
                        root), where + " truncated");
            }
            List<byte[]> longer = new ArrayList<>(path);
            longer.add(root);
            assertRefused(() -> InclusionProofVerifier.verify(leafHash, new InclusionProof(index, size, longer), root),
                    where + " extended");
        }
    }

    @Nested
    class ConsistencyProofs {

        @Test
        void everyProofBetweenSizesUpTo64VerifiesAndResistsTampering() {
            for (int second = 1; second <= EXHAUSTIVE_LIMIT; second++) {
                for (int first = 1; first <= second; first++) {
                    checkConsistency(first, second);
                }
            }
        }

        @Test
        void sampledProofsBetweenSizesUpTo2000VerifyAndResistTampering() {
            for (int i = 0; i < SAMPLES; i++) {
                int second = 1 + random.nextInt(TREE_SIZE);
                checkConsistency(1 + random.nextInt(second), second);
            }
            checkConsistency(1, TREE_SIZE);
            checkConsistency(TREE_SIZE - 1, TREE_SIZE);
            checkConsistency(1024, TREE_SIZE);
        }

        @Test
        void everyEarlierSizeOfThe2000LeafTreeHasAProofThatVerifiesAndResistsTampering() {
            for (int first = 1; first < TREE_SIZE; first++) {
                checkConsistency(first, TREE_SIZE);
            }
        }

        private void checkConsistency(int first, int second) {
            String where = first + " -> " + second;
            ConsistencyProof proof = tree.consistencyProof(first, second);
            List<byte[]> path = proof.path();
            byte[] firstRoot = oracle.root(first);
            byte[] secondRoot = oracle.root(second);

            assertThat(path).as(where).containsExactlyElementsOf(oracle.proof(first, second));
            assertThatCode(() -> ConsistencyProofVerifier.verify(proof, firstRoot, secondRoot)).as(where)
                    .doesNotThrowAnyException();

            for (int element = 0; element < path.size(); element++) {
                ConsistencyProof flipped = new ConsistencyProof(first, second, flipBit(path, element));
                assertRefused(() -> ConsistencyProofVerifier.verify(flipped, firstRoot, secondRoot),
                        where + " flipped " + element);
            }
            if (first != second) {
                assertRefused(() -> ConsistencyProofVerifier.verify(proof, secondRoot, firstRoot), where + " swapped roots");
                assertRefused(() -> ConsistencyProofVerifier.verify(proof, oracle.root(first - 1), secondRoot),
                        where + " wrong first root");
                assertRefused(() -> ConsistencyProofVerifier.verify(proof, firstRoot, oracle.root(second - 1)),
                        where + " wrong second root");
            }
            for (int wrongFirst : new int[] {first - 1, first + 1}) {
                if (wrongFirst == second) {
                    continue;
                }
                ConsistencyProof moved = new ConsistencyProof(wrongFirst, second, path);
                byte[] rootOfWrongFirst = oracle.root(wrongFirst);
                assertRefused(() -> ConsistencyProofVerifier.verify(moved, rootOfWrongFirst, secondRoot),
                        where + " claimed from size " + wrongFirst);
            }
            for (int wrongSecond : new int[] {second - 1, second + 1}) {
                if (wrongSecond == first || wrongSecond > TREE_SIZE) {
                    continue;
                }
                ConsistencyProof moved = new ConsistencyProof(first, wrongSecond, path);
                byte[] rootOfWrongSecond = oracle.root(wrongSecond);
                assertRefused(() -> ConsistencyProofVerifier.verify(moved, firstRoot, rootOfWrongSecond),
                        where + " claimed to size " + wrongSecond);
            }
            if (!path.isEmpty()) {
                List<byte[]> shorter = path.subList(0, path.size() - 1);
                assertRefused(() -> ConsistencyProofVerifier.verify(new ConsistencyProof(first, second, shorter),
                        firstRoot, secondRoot), where + " truncated");
            }
            List<byte[]> longer = new ArrayList<>(path);
            longer.add(secondRoot);
            assertRefused(() -> ConsistencyProofVerifier.verify(new ConsistencyProof(first, second, longer),
                    firstRoot, secondRoot), where + " extended");
        }
    }

    private static List<byte[]> flipBit(List<byte[]> path, int element) {
        List<byte[]> copy = new ArrayList<>(path);
        byte[] hash = copy.get(element).clone();
        hash[0] ^= 0x08;
        copy.set(element, hash);
        return copy;
    }

    private static void assertRefused(ThrowingCallable verification, String what) {
        assertThatExceptionOfType(ProofVerificationException.class).as(what).isThrownBy(verification);
    }
}
