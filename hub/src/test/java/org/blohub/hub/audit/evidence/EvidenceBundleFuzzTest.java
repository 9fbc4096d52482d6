package org.blohub.hub.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.blohub.hub.fuzz.FuzzTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The offline verifier answers every bundle, however damaged, with a report: verified, or failed items with
 * reasons. It throws nothing and does not hang.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBundleFuzzTest {

    private byte[] valid;
    private FuzzTarget target;

    @BeforeAll
    void buildBundle() throws Exception {
        HandBuiltBundle bundle = new HandBuiltBundle();
        valid = bundle.zip();
        EvidenceBundleVerifier verifier = new EvidenceBundleVerifier(List.of(bundle.root()), Optional.empty(),
                List.of());
        target = new FuzzTarget("evidence-bundle", input -> {
            EvidenceReport report = verifier.verify(input);
            if (!report.verified()) {
                assertThat(report.verdicts()).filteredOn(Verdict::failed).isNotEmpty()
                        .allSatisfy(verdict -> assertThat(verdict.reason()).isNotBlank());
                throw new BundleFailed();
            }
        }, List.of(BundleFailed.class));
    }

    @Test
    void everyMutatedOrRandomBundleGetsAReport() {
        assertThat(target.check(valid, "the intact bundle")).as("the intact bundle verifies").isTrue();
        assertThat(target.fuzz(List.of(valid), 4_096).refused()).isPositive();
    }

    @TestFactory
    Stream<DynamicTest> corpusBundlesGetAReport() {
        return target.replayCorpus();
    }

    /** The report did not verify: the documented answer to a damaged bundle. */
    private static final class BundleFailed extends Exception {
    }
}
