package org.blohub.crypto.bench;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.blohub.crypto.cms.CmsOpener;
import org.blohub.crypto.cms.CmsSealer;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.OpenedEnvelope;
import org.blohub.crypto.cms.SealingException;
import org.blohub.crypto.pki.CertificateCheckException;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.KeyUsageRequirement;
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
 * Opening a 2 KiB message sealed to one addressed office plus the sender, as that office: decrypt, verify
 * the signature and the signed RecipientInfos digest, check the signer's certificate path with CRLs at the
 * signing time. One long-lived opener and validator, as in a node, so what they remember is warm after the
 * first operation. {@link #checkSignerPath} is the certificate path check alone, on the chain the message carries. Profiles as in
 * {@link BenchmarkOffices}. Figures, not a test. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl crypto test-compile &amp;&amp; java -cp "crypto/target/test-classes:crypto/target/classes:$(./mvnw -q -pl crypto dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" org.openjdk.jmh.Main OpenBenchmark -f 1 -wi 8 -i 5 -w 1s -r 1s -prof org.blohub.crypto.bench.CpuPerOperationProfiler -prof gc
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
public class OpenBenchmark {

    private static final int MESSAGE_SIZE = 2048;

    @Param({"DEFAULT", "RSA", "EDWARDS", "HYBRID_X25519", "HYBRID_P256"})
    public String profile;

    private BenchmarkOffices offices;
    private CertificatePathValidator trust;
    private CmsOpener opener;
    private byte[] envelope;
    private List<X509Certificate> signerChain;
    private Instant signingTime;

    @Setup(Level.Trial)
    public void setUp() throws SealingException, OpenRefusedException {
        offices = new BenchmarkOffices(profile, 1);
        byte[] message = new byte[MESSAGE_SIZE];
        Arrays.fill(message, (byte) 'x');
        envelope = new CmsSealer(Clock.systemUTC())
                .seal(message, offices.signing, offices.senderEncryption, offices.addresseeCertificates());
        trust = offices.trust();
        opener = new CmsOpener(trust);
        OpenedEnvelope opened = opener.open(envelope, offices.addressees.get(0), "benchmark");
        signerChain = opened.signerChain();
        signingTime = opened.signingTime();
    }

    @Benchmark
    public OpenedEnvelope open() throws OpenRefusedException {
        return opener.open(envelope, offices.addressees.get(0), "benchmark");
    }

    @Benchmark
    public Instant checkSignerPath() throws CertificateCheckException {
        trust.validate(signerChain, signingTime, KeyUsageRequirement.SIGNING);
        return signingTime;
    }
}
