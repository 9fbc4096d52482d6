package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.blohub.crypto.fuzz.FuzzTarget;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Whatever bytes arrive as a sealed envelope or a sealed part, opening them either succeeds or ends in an
 * {@link OpenRefusedException}, and never hangs.
 */
class EnvelopeFuzzTest {

    private static final TestNetwork NETWORK = TestNetwork.shared();
    private static final byte[] CONTENT = "{\"kind\":\"REQUEST\",\"subject\":\"vehicle check\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SealedEnvelope {

        private Credential recipient;
        private List<byte[]> valid;
        private FuzzTarget target;

        @BeforeAll
        void sealValidEnvelopes() throws Exception {
            recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            valid = List.of(TestNetwork.sealer().seal(CONTENT, NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256),
                    sender.certificate(), List.of(recipient.certificate())));
            CmsOpener opener = NETWORK.opener();
            target = new FuzzTarget("cms-envelope", input -> opener.open(input, recipient, "fuzz"),
                    List.of(OpenRefusedException.class));
        }

        @Test
        void everyMutatedOrRandomEnvelopeOpensOrIsRefused() {
            assertThat(target.check(valid.get(0), "the unmutated envelope")).as("the valid envelope opens").isTrue();
            FuzzTarget.Outcomes outcomes = target.fuzz(valid, 4_096);
            assertThat(outcomes.refused()).isPositive();
        }

        @TestFactory
        Stream<DynamicTest> corpusInputsOpenOrAreRefused() {
            return target.replayCorpus();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SealedPart {

        private List<byte[]> valid;
        private FuzzTarget target;

        @BeforeAll
        void sealValidPart() throws Exception {
            Credential recipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            new PartSealer().seal(new ByteArrayInputStream(CONTENT), sealed,
                    NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256).certificate(), List.of(recipient.certificate()));
            valid = List.of(sealed.toByteArray());
            PartOpener opener = new PartOpener();
            target = new FuzzTarget("cms-part", input -> opener.open(new ByteArrayInputStream(input),
                    OutputStream.nullOutputStream(), recipient, "fuzz/0"), List.of(OpenRefusedException.class));
        }

        @Test
        void everyMutatedOrRandomPartOpensOrIsRefused() {
            assertThat(target.check(valid.get(0), "the unmutated part")).as("the valid part opens").isTrue();
            FuzzTarget.Outcomes outcomes = target.fuzz(valid, 4_096);
            assertThat(outcomes.refused()).isPositive();
        }

        @TestFactory
        Stream<DynamicTest> corpusInputsOpenOrAreRefused() {
            return target.replayCorpus();
        }
    }
}
