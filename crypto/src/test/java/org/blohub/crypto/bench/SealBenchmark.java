package org.blohub.crypto.bench;

import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.blohub.crypto.cms.CmsSealer;
import org.blohub.crypto.cms.SealingException;
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
 * Sealing a 2 KiB message to one or three addressed offices, plus the sending office, which is always a
 * recipient too; profiles as in {@link BenchmarkOffices}. Figures, not a test. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl crypto test-compile &amp;&amp; java -cp "crypto/target/test-classes:crypto/target/classes:$(./mvnw -q -pl crypto dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" org.openjdk.jmh.Main SealBenchmark -f 1 -wi 8 -i 5 -w 1s -r 1s -prof org.blohub.crypto.bench.CpuPerOperationProfiler -prof gc
 * </pre>
 *
 * <p>On a shared machine compare the {@code :cpu} and {@code :gc.alloc.rate.norm} figures rather than the wall-clock score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SealBenchmark {

    private static final int MESSAGE_SIZE = 2048;

    @Param({"DEFAULT", "RSA", "EDWARDS", "HYBRID_X25519", "HYBRID_P256"})
    public String profile;

    @Param({"1", "3"})
    public int addressees;

    private BenchmarkOffices offices;
    private byte[] message;
    private CmsSealer sealer;

    @Setup(Level.Trial)
    public void setUp() {
        offices = new BenchmarkOffices(profile, addressees);
        message = new byte[MESSAGE_SIZE];
        Arrays.fill(message, (byte) 'x');
        sealer = new CmsSealer(Clock.systemUTC());
    }

    @Benchmark
    public byte[] seal() throws SealingException {
        return sealer.seal(message, offices.signing, offices.senderEncryption, offices.addresseeCertificates());
    }
}
