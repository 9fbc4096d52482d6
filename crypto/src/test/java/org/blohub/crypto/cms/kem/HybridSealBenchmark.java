package org.blohub.crypto.cms.kem;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.blohub.crypto.cms.CmsOpener;
import org.blohub.crypto.cms.CmsSealer;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.OpenedEnvelope;
import org.blohub.crypto.cms.SealingException;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
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
 * Sealing and opening a 2 KiB message in the hybrid profile for one addressee plus the sender:
 * composite ML-DSA-65 + ECDSA P-256 signature, composite ML-KEM-768 recipients. The counterpart of
 * {@code org.blohub.crypto.bench.SealBenchmark}, with the same message size and measurement settings.
 *
 * <p>Run from the repository root:
 * <pre>
 * ./mvnw -B -q -pl crypto test-compile &amp;&amp; java -cp "crypto/target/test-classes:crypto/target/classes:$(./mvnw -q -pl crypto dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" org.openjdk.jmh.Main HybridSealBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class HybridSealBenchmark {

    private static final int MESSAGE_SIZE = 2048;

    @Param({"MLKEM768_X25519", "MLKEM768_ECDH_P256"})
    public String kem;

    private byte[] message;
    private Credential signing;
    private X509Certificate senderEncryption;
    private Credential recipient;
    private CmsSealer sealer;
    private CmsOpener opener;
    private byte[] envelope;

    @Setup(Level.Trial)
    public void setUp() throws SealingException {
        HybridKemAlgorithm algorithm = HybridKemAlgorithm.valueOf(kem);
        DevelopmentPki pki = DevelopmentPki.create("Benchmark", Clock.systemUTC());
        signing = pki.issueOfficeSigning("TH-MAESAI", CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.generateKeyPair());
        senderEncryption = pki.issueOfficeEncryption("TH-MAESAI", algorithm.generateKeyPair()).certificate();
        recipient = pki.issueOfficeEncryption("LA-HOUAYXAY", algorithm.generateKeyPair());
        message = new byte[MESSAGE_SIZE];
        Arrays.fill(message, (byte) 'x');
        sealer = new CmsSealer(Clock.systemUTC());
        opener = new CmsOpener(new CertificatePathValidator(List.of(pki.root().certificate()), List.of(), pki.crls()));
        envelope = seal();
    }

    @Benchmark
    public byte[] seal() throws SealingException {
        return sealer.seal(message, signing, senderEncryption, List.of(recipient.certificate()));
    }

    @Benchmark
    public OpenedEnvelope open() throws OpenRefusedException {
        return opener.open(envelope, recipient, "benchmark");
    }
}
