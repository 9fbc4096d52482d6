package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static final Machine MACHINE = new Machine(2, "OpenJDK 17", 6000, "G1", 1.5);
    private static final LatencySummary LATENCY = new LatencySummary(10, 20, 30, 40, 100);
    private static final BenchResults.Journal NIO_BOTH = new BenchResults.Journal(JournalType.NIO, JournalType.NIO,
            JournalType.NIO);

    @Test
    void reportsTheThroughputTargetMetWhenThePipelineReachesHalfTheBaselineAtTwoKibibytes() {
        String report = report(run(RunResult.Variant.BASELINE, 100), run(RunResult.Variant.PIPELINE, 50));

        assertThat(report).contains("| 2 KiB | sealed pipeline | 100 | 100 | 50.0 | 50.0% |")
                .contains("pipeline throughput ≥ 50% of the baseline: 50.0% — met");
    }

    @Test
    void reportsTheThroughputTargetNotMetBelowHalfTheBaseline() {
        String report = report(run(RunResult.Variant.BASELINE, 100), run(RunResult.Variant.PIPELINE, 12));

        assertThat(report).contains("12.0% — **not met**");
    }

    @Test
    void labelsAPayloadThatTravelledAsAnAttachmentAndSaysHowItWasCarried() {
        RunResult attached = new RunResult(RunResult.Variant.PIPELINE, 1_048_576, RunResult.Carriage.ATTACHMENT, 100,
                100, 100, 10, 10, LATENCY, LATENCY, 1.0, 10, 64);

        String report = report(attached);

        assertThat(report).contains("| 1 MiB (attachment) | sealed pipeline | 100 | 100 | 10.0 |")
                .contains("travels through the pipeline as one attachment");
        assertThat(report(run(RunResult.Variant.PIPELINE, 50))).doesNotContain("(attachment)");
    }

    @Test
    void saysWhichSizesThePipelineRefusedAndWhatWasNotMeasured() {
        BenchResults results = new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                NIO_BOTH, List.of(run(RunResult.Variant.BASELINE, 100)), List.of(32 * 1_048_576), Optional.empty(), Optional.empty());

        String report = new MarkdownReport(results, "chart.png").render();

        assertThat(report).contains("| 32 MiB | sealed pipeline | – | – | not measured |")
                .contains("Not measured through the pipeline: 32 MiB. An attachment may have at most 20 MiB")
                .contains("p99 submit→delivered < 100 ms at half the pipeline's maximum throughput: not measured")
                .contains("Heap flat over the long run: not measured")
                .contains("![Throughput and p99 latency, raw JMS and sealed pipeline](chart.png)");
    }

    @Test
    void comparesTheOldGenerationAfterTheFirstTenthWithTheEndOfTheHeapRun() {
        BenchResults.Soak soak = new BenchResults.Soak(1024, 20_000, 200_000, 100, 115,
                run(RunResult.Variant.PIPELINE, 10));
        BenchResults results = new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                NIO_BOTH, List.of(), List.of(), Optional.empty(), Optional.of(soak));

        assertThat(new MarkdownReport(results, "chart.png").render())
                .contains("100 MiB after the first 20000 messages, 115 MiB after all 200000 (+15.0%) — **more than 10%**");
    }

    @Test
    void namesTheJournalBothPathsWroteWith() {
        assertThat(report(run(RunResult.Variant.BASELINE, 100))).contains("Artemis journal: NIO on both paths.");
    }

    @Test
    void saysWhenArtemisFellBackFromTheRequestedJournal() {
        BenchResults results = new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                new BenchResults.Journal(JournalType.ASYNCIO, JournalType.NIO, JournalType.NIO), List.of(), List.of(),
                Optional.empty(), Optional.empty());

        assertThat(new MarkdownReport(results, "chart.png").render()).contains(
                "Artemis journal: asked for ASYNCIO; the raw brokers wrote with NIO, the nodes with NIO");
    }

    private static String report(RunResult... runs) {
        return new MarkdownReport(new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                NIO_BOTH, List.of(runs), List.of(), Optional.empty(), Optional.empty()), "chart.png").render();
    }

    private static RunResult run(RunResult.Variant variant, double throughput) {
        return new RunResult(variant, 2048, RunResult.Carriage.BODY, 100, 100, 100, 100 / throughput, throughput,
                LATENCY, LATENCY, 1.0, 10, 64);
    }
}
