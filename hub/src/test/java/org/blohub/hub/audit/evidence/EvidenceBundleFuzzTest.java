package org.blohub.hub.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.blohub.crypto.fuzz.FuzzTarget;
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

    @Test
    void aZipBombFailsAsTooLargeWithoutBeingExpanded() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry(EvidenceLayout.ENVELOPE));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= EvidenceBundleVerifier.MAX_EXPANDED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).as("compressed size").isLessThan(1024 * 1024);

        EvidenceReport report = new EvidenceBundleVerifier(List.of(new HandBuiltBundle().root()), Optional.empty(),
                List.of()).verify(bomb.toByteArray());

        assertThat(report.verified()).isFalse();
        assertThat(report.verdicts()).singleElement().extracting(Verdict::reason).asString()
                .contains("expands to more than 256 MiB at envelope.p7m");
    }

    @TestFactory
    Stream<DynamicTest> corpusBundlesGetAReport() {
        return target.replayCorpus();
    }

    /** The report did not verify: the documented answer to a damaged bundle. */
    private static final class BundleFailed extends Exception {
    }
}
