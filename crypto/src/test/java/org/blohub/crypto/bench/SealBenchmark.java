package org.blohub.crypto.bench;

import java.security.KeyPair;
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
import org.blohub.crypto.cms.kem.CompositeSignatureAlgorithm;
import org.blohub.crypto.cms.kem.HybridKemAlgorithm;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
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
 * Sealing and opening a 2 KiB message for one addressee (plus the sender, as always), in each profile.
 * Opening includes the certificate path and CRL checks.
 *
 * <p>Run from the repository root:
 * <pre>
 * ./mvnw -B -q -pl crypto test-compile &amp;&amp; java -cp "crypto/target/test-classes:crypto/target/classes:$(./mvnw -q -pl crypto dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" org.openjdk.jmh.Main SealBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SealBenchmark {

    private static final int MESSAGE_SIZE = 2048;

    /**
     * DEFAULT: ECDSA P-256 and ECDH P-256; RSA: RSA-PSS and RSA-OAEP with 3072-bit keys; EDWARDS: Ed25519 and
     * X25519; HYBRID_X25519 and HYBRID_P256: composite ML-DSA-65 + ECDSA P-256 signature with a composite
     * ML-KEM-768 + X25519 or + ECDH P-256 KEMRecipientInfo.
     */
    @Param({"DEFAULT", "RSA", "EDWARDS", "HYBRID_X25519", "HYBRID_P256"})
    public String profile;

    private byte[] message;
    private Credential signing;
    private X509Certificate senderEncryption;
    private Credential recipient;
    private CmsSealer sealer;
    private CmsOpener opener;
    private byte[] envelope;

    @Setup(Level.Trial)
    public void setUp() throws SealingException {
        DevelopmentPki pki = DevelopmentPki.create("Benchmark", Clock.systemUTC());
        signing = pki.issueOfficeSigning("TH-MAESAI", signingKeyPair());
        senderEncryption = pki.issueOfficeEncryption("TH-MAESAI", encryptionKeyPair()).certificate();
        recipient = pki.issueOfficeEncryption("LA-HOUAYXAY", encryptionKeyPair());
        message = new byte[MESSAGE_SIZE];
        Arrays.fill(message, (byte) 'x');
        sealer = new CmsSealer(Clock.systemUTC());
        opener = new CmsOpener(new CertificatePathValidator(List.of(pki.root().certificate()), List.of(), pki.crls()));
        envelope = seal();
    }

    private KeyPair signingKeyPair() {
        return switch (profile) {
            case "RSA" -> KeyAlgorithm.RSA_3072.generateKeyPair();
            case "EDWARDS" -> KeyAlgorithm.ED25519.generateKeyPair();
            case "HYBRID_X25519", "HYBRID_P256" -> CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.generateKeyPair();
            default -> KeyAlgorithm.EC_P256.generateKeyPair();
        };
    }

    private KeyPair encryptionKeyPair() {
        return switch (profile) {
            case "RSA" -> KeyAlgorithm.RSA_3072.generateKeyPair();
            case "EDWARDS" -> KeyAlgorithm.X25519.generateKeyPair();
            case "HYBRID_X25519" -> HybridKemAlgorithm.MLKEM768_X25519.generateKeyPair();
            case "HYBRID_P256" -> HybridKemAlgorithm.MLKEM768_ECDH_P256.generateKeyPair();
            default -> KeyAlgorithm.EC_P256.generateKeyPair();
        };
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
