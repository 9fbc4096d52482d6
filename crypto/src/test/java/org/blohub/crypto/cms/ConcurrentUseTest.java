package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;
import static org.blohub.crypto.cms.TestNetwork.TACHILEIK;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.Test;

/**
 * A node shares one sealer and one opener between its consumer threads; what they remember (certificate
 * conversions, verifiers, key pair generators, checked paths) must not mix up messages.
 */
class ConcurrentUseTest {

    private static final TestNetwork NETWORK = TestNetwork.shared();
    private static final int THREADS = 4;
    private static final int MESSAGES_PER_THREAD = 15;

    @Test
    void oneSealerAndOneOpenerSharedByFourThreadsSealAndOpenEveryMessageIntact() throws Exception {
        CmsSealer sealer = TestNetwork.sealer();
        CmsOpener opener = NETWORK.opener();
        List<Credential> signers = List.of(NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256),
                NETWORK.signing(HOUAYXAY, KeyAlgorithm.ED25519));
        Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
        List<Credential> addressees = List.of(NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256),
                NETWORK.encryption(TACHILEIK, KeyAlgorithm.EC_P256));
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int threadNumber = thread;
            tasks.add(() -> {
                int opened = 0;
                for (int message = 0; message < MESSAGES_PER_THREAD; message++) {
                    byte[] content = ("{\"thread\":" + threadNumber + ",\"message\":" + message + "}")
                            .getBytes(StandardCharsets.UTF_8);
                    Credential signer = signers.get((threadNumber + message) % signers.size());
                    byte[] envelope = sealer.seal(content, signer, sender.certificate(),
                            addressees.stream().map(Credential::certificate).toList());
                    for (Credential reader : addressees) {
                        OpenedEnvelope result = opener.open(envelope, reader, "concurrent");
                        assertThat(result.content()).isEqualTo(content);
                        assertThat(result.signerCertificate()).isEqualTo(signer.certificate());
                        opened++;
                    }
                }
                return opened;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            int opened = 0;
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                opened += result.get();
            }
            assertThat(opened).isEqualTo(THREADS * MESSAGES_PER_THREAD * addressees.size());
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
