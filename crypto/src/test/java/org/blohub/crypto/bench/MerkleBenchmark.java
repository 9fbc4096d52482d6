package org.blohub.crypto.bench;

import java.nio.ByteBuffer;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.blohub.crypto.merkle.ConsistencyProof;
import org.blohub.crypto.merkle.InMemoryTreeHashStore;
import org.blohub.crypto.merkle.InclusionProof;
import org.blohub.crypto.merkle.MerkleTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of appending to the audit Merkle tree and of producing inclusion and consistency proofs from its
 * stored perfect-subtree hashes, at 10^3, 10^5 and 10^6 leaves. Figures, not a test. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl crypto test-compile &amp;&amp; java -cp "crypto/target/test-classes:crypto/target/classes:$(./mvnw -q -pl crypto dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" org.openjdk.jmh.Main MerkleBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 *
 * <p>Each benchmark method gets a freshly built tree of {@code treeSize} leaves. {@link #append} keeps
 * appending during its run, so its tree grows past {@code treeSize}; append cost depends on the size only
 * through the O(log n) left siblings read, so that drift barely matters. Proofs are always asked for the tree
 * at {@code treeSize}, with a random leaf index or first size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MerkleBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int treeSize;

    private MerkleTree tree;
    private long appended;

    @Setup(Level.Trial)
    public void buildTree() {
        tree = new MerkleTree(new InMemoryTreeHashStore());
        for (appended = 0; appended < treeSize; appended++) {
            tree.append(leaf(appended));
        }
    }

    @Benchmark
    public long append() {
        return tree.append(leaf(appended++));
    }

    @Benchmark
    public InclusionProof inclusionProof() {
        return tree.inclusionProof(ThreadLocalRandom.current().nextLong(treeSize), treeSize);
    }

    @Benchmark
    public ConsistencyProof consistencyProof() {
        return tree.consistencyProof(1 + ThreadLocalRandom.current().nextLong(treeSize), treeSize);
    }

    /** A 64-byte leaf, about the size of a hashed audit event reference, unique per index. */
    private static byte[] leaf(long index) {
        return ByteBuffer.allocate(64).putLong(index).putLong(56, ~index).array();
    }
}
