package org.blohub.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RFC 6962 reference data published by certificate-transparency and reused by transparency-dev/merkle
 * ({@code testonly/constants.go}, {@code cmd/proofgen/main.go}). Every expected value is typed in as
 * published; leaf indexes there are 1-based in the proof vectors and are 0-based here.
 */
class Rfc6962ReferenceVectorsTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final List<String> LEAF_INPUTS = List.of(
            "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    private static final String EMPTY_ROOT = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** Roots for tree sizes 1..8. */
    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    /** Hashes of all perfect subtrees of the 8-leaf tree, per level (level 0 = leaf hashes). */
    private static final List<List<String>> NODE_HASHES = List.of(
            List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"),
            List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
            List.of("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            List.of("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));

    private record InclusionVector(long leafIndex, long treeSize, List<String> path) {
    }

    private record ConsistencyVector(long firstSize, long secondSize, List<String> path) {
    }

    private static final List<InclusionVector> INCLUSION_PROOFS = List.of(
            new InclusionVector(0, 1, List.of()),
            new InclusionVector(0, 8, List.of(
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new InclusionVector(5, 8, List.of(
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new InclusionVector(2, 3, List.of(
                    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
            new InclusionVector(1, 5, List.of(
                    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

    private static final List<ConsistencyVector> CONSISTENCY_PROOFS = List.of(
            new ConsistencyVector(1, 1, List.of()),
            new ConsistencyVector(1, 8, List.of(
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new ConsistencyVector(6, 8, List.of(
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new ConsistencyVector(2, 5, List.of(
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
            new ConsistencyVector(6, 7, List.of(
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

    private InMemoryTreeHashStore store;
    private MerkleTree tree;

    @BeforeEach
    void appendTheEightReferenceLeaves() {
        store = new InMemoryTreeHashStore();
        tree = new MerkleTree(store);
        LEAF_INPUTS.forEach(leaf -> tree.append(HEX.parseHex(leaf)));
    }

    @Nested
    class Hashing {

        @Test
        void emptyTreeHashesToSha256OfTheEmptyString() {
            assertThat(hex(MerkleHashes.emptyRoot())).isEqualTo(EMPTY_ROOT);
            assertThat(hex(tree.rootAt(0))).isEqualTo(EMPTY_ROOT);
        }

        @Test
        void leafHashesMatchTheReferenceLeafLevel() {
            for (int i = 0; i < LEAF_INPUTS.size(); i++) {
                assertThat(hex(MerkleHashes.leafHash(HEX.parseHex(LEAF_INPUTS.get(i)))))
                        .as("leaf %d", i).isEqualTo(NODE_HASHES.get(0).get(i));
            }
        }

        @Test
        void nodeHashCombinesTwoReferenceLeavesIntoTheirReferenceParent() {
            byte[] parent = MerkleHashes.nodeHash(
                    HEX.parseHex(NODE_HASHES.get(0).get(2)), HEX.parseHex(NODE_HASHES.get(0).get(3)));
            assertThat(hex(parent)).isEqualTo(NODE_HASHES.get(1).get(1));
        }

        @Test
        void storeHoldsEveryReferencePerfectSubtreeHash() {
            for (int level = 0; level < NODE_HASHES.size(); level++) {
                for (int index = 0; index < NODE_HASHES.get(level).size(); index++) {
                    String expected = NODE_HASHES.get(level).get(index);
                    assertThat(store.find(new SubtreeId(level, index)).map(Rfc6962ReferenceVectorsTest::hex))
                            .as("level %d index %d", level, index)
                            .contains(expected);
                }
            }
        }

        @ParameterizedTest
        @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
        void rootAtEverySizeMatchesTheReferenceRoot(long size) {
            assertThat(hex(tree.rootAt(size))).isEqualTo(ROOTS.get((int) size - 1));
        }

        @Test
        void treeGrownLeafByLeafReportsTheReferenceRootAfterEachAppend() {
            MerkleTree growing = new MerkleTree(new InMemoryTreeHashStore());
            for (int i = 0; i < LEAF_INPUTS.size(); i++) {
                growing.append(HEX.parseHex(LEAF_INPUTS.get(i)));
                assertThat(hex(growing.root())).as("size %d", i + 1).isEqualTo(ROOTS.get(i));
            }
        }
    }

    @Nested
    class InclusionProofs {

        @Test
        void generatedProofsEqualTheReferenceProofs() {
            for (InclusionVector vector : INCLUSION_PROOFS) {
                InclusionProof proof = tree.inclusionProof(vector.leafIndex(), vector.treeSize());
                assertThat(hexes(proof.path())).as("leaf %d size %d", vector.leafIndex(), vector.treeSize())
                        .isEqualTo(vector.path());
            }
        }

        @Test
        void referenceProofsVerifyAgainstTheReferenceRoots() {
            for (InclusionVector vector : INCLUSION_PROOFS) {
                InclusionProof proof = new InclusionProof(vector.leafIndex(), vector.treeSize(), parse(vector.path()));
                byte[] leafHash = HEX.parseHex(NODE_HASHES.get(0).get((int) vector.leafIndex()));
                byte[] root = HEX.parseHex(ROOTS.get((int) vector.treeSize() - 1));
                assertThatCode(() -> InclusionProofVerifier.verify(leafHash, proof, root))
                        .as("leaf %d size %d", vector.leafIndex(), vector.treeSize())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Nested
    class ConsistencyProofs {

        @Test
        void generatedProofsEqualTheReferenceProofs() {
            for (ConsistencyVector vector : CONSISTENCY_PROOFS) {
                ConsistencyProof proof = tree.consistencyProof(vector.firstSize(), vector.secondSize());
                assertThat(hexes(proof.path())).as("%d -> %d", vector.firstSize(), vector.secondSize())
                        .isEqualTo(vector.path());
            }
        }

        @Test
        void referenceProofsVerifyAgainstTheReferenceRoots() {
            for (ConsistencyVector vector : CONSISTENCY_PROOFS) {
                ConsistencyProof proof =
                        new ConsistencyProof(vector.firstSize(), vector.secondSize(), parse(vector.path()));
                byte[] firstRoot = HEX.parseHex(ROOTS.get((int) vector.firstSize() - 1));
                byte[] secondRoot = HEX.parseHex(ROOTS.get((int) vector.secondSize() - 1));
                assertThatCode(() -> ConsistencyProofVerifier.verify(proof, firstRoot, secondRoot))
                        .as("%d -> %d", vector.firstSize(), vector.secondSize())
                        .doesNotThrowAnyException();
            }
        }
    }

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    private static List<String> hexes(List<byte[]> hashes) {
        return hashes.stream().map(Rfc6962ReferenceVectorsTest::hex).toList();
    }

    private static List<byte[]> parse(List<String> hexes) {
        return hexes.stream().map(HEX::parseHex).toList();
    }
}
