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
                NIO_BOTH, List.of(run(RunResult.Variant.BASELINE, 100)), List.of(32 * 1_048_576), List.of(), Optional.empty());

        String report = new MarkdownReport(results, "chart.png").render();

        assertThat(report).contains("| 32 MiB | sealed pipeline | – | – | not measured |")
                .contains("Not measured through the pipeline: 32 MiB. An attachment may have at most 20 MiB")
                .contains("p99 submit→delivered < 100 ms at 50 msg/s for 5 minutes: not measured in this run")
                .contains("Heap flat over the long run: not measured")
                .contains("![Throughput and p99 latency, raw JMS and sealed pipeline](chart.png)");
    }

    @Test
    void comparesTheOldGenerationAfterTheFirstTenthWithTheEndOfTheHeapRun() {
        BenchResults.Soak soak = new BenchResults.Soak(1024, 20_000, 200_000, 100, 115,
                run(RunResult.Variant.PIPELINE, 10));
        BenchResults results = new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                NIO_BOTH, List.of(), List.of(), List.of(), Optional.of(soak));

        assertThat(new MarkdownReport(results, "chart.png").render())
                .contains("100 MiB after the first 20000 messages, 115 MiB after all 200000 (+15.0%) — **more than 10%**");
    }

    @Test
    void tabulatesEachFixedRateWithItsPercentilesAndMaximum() {
        BenchResults results = withRates(paced(25, 300, new LatencySummary(12, 40, 55, 61, 7500)),
                paced(50, 300, new LatencySummary(14, 80, 120, 180, 15000)));

        assertThat(new MarkdownReport(results, "chart.png").render())
                .contains("| 25.0 | 300 | 7500 | 7500 | 25.0 | 12.0 / 40.0 / 55.0 / 61.0 |")
                .contains("| 50.0 | 300 | 15000 | 15000 | 50.0 | 14.0 / 80.0 / 120 / 180 |");
    }

    @Test
    void meetsTheLatencyTargetOnlyWithAP99Under100MillisecondsAtFiftyMessagesPerSecond() {
        assertThat(render(withRates(paced(50, 300, new LatencySummary(14, 99, 150, 300, 15000)))))
                .contains("< 100 ms at 50 msg/s for 5 minutes: p99 99.0 ms over 300 s (50.0 msg/s achieved) — met.");
        assertThat(render(withRates(paced(50, 300, new LatencySummary(14, 101, 150, 300, 15000)))))
                .contains("p99 101 ms over 300 s (50.0 msg/s achieved) — **not met**.");
        assertThat(render(withRates(paced(50, 60, new LatencySummary(14, 40, 50, 60, 3000)))))
                .contains("— met, but held shorter than the target asks.");
        assertThat(render(withRates(paced(25, 300, new LatencySummary(14, 40, 50, 60, 7500)))))
                .contains("< 100 ms at 50 msg/s for 5 minutes: not measured in this run.");
    }

    @Test
    void saysWhenDeliveredIsTimed() {
        assertThat(report(run(RunResult.Variant.BASELINE, 100)))
                .contains("Delivered: when the receiving node has committed the message to the inbox");
    }

    @Test
    void namesTheJournalBothPathsWroteWith() {
        assertThat(report(run(RunResult.Variant.BASELINE, 100))).contains("Artemis journal: NIO on both paths.");
    }

    @Test
    void saysWhenArtemisFellBackFromTheRequestedJournal() {
        BenchResults results = new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                new BenchResults.Journal(JournalType.ASYNCIO, JournalType.NIO, JournalType.NIO), List.of(), List.of(),
                List.of(), Optional.empty());

        assertThat(new MarkdownReport(results, "chart.png").render()).contains(
                "Artemis journal: asked for ASYNCIO; the raw brokers wrote with NIO, the nodes with NIO");
    }

    private static BenchResults withRates(BenchResults.PacedRun... paced) {
        return new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench", NIO_BOTH, List.of(),
                List.of(), List.of(paced), Optional.empty());
    }

    private static BenchResults.PacedRun paced(double rate, long seconds, LatencySummary delivered) {
        int messages = (int) (rate * seconds);
        return new BenchResults.PacedRun(rate, seconds, new RunResult(RunResult.Variant.PIPELINE, 2048,
                RunResult.Carriage.BODY, messages, messages, messages, seconds, rate, delivered, delivered, 0.5, 12, 64));
    }

    private static String render(BenchResults results) {
        return new MarkdownReport(results, "chart.png").render();
    }

    private static String report(RunResult... runs) {
        return new MarkdownReport(new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                NIO_BOTH, List.of(runs), List.of(), List.of(), Optional.empty()), "chart.png").render();
    }

    private static RunResult run(RunResult.Variant variant, double throughput) {
        return new RunResult(variant, 2048, RunResult.Carriage.BODY, 100, 100, 100, 100 / throughput, throughput,
                LATENCY, LATENCY, 1.0, 10, 64);
    }
}
