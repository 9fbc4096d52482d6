package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.Test;

class BenchResultsTest {

    private static final Machine MACHINE = new Machine(2, "OpenJDK 17", 6000, "G1", 1.5);
    private static final LatencySummary LATENCY = new LatencySummary(10, 20, 30, 40, 100);

    @Test
    void headlinesGiveThePipelineOverTheRawBrokerInThroughputAndCpuPerExchangeForEachSizeMeasuredOnBoth() {
        BenchResults results = results(
                run(RunResult.Variant.BASELINE, 2048, RunResult.Carriage.BODY, 500, 2.5),
                run(RunResult.Variant.BASELINE, 1_048_576, RunResult.Carriage.BODY, 40, 10),
                run(RunResult.Variant.BASELINE, 65536, RunResult.Carriage.BODY, 300, 3),
                run(RunResult.Variant.PIPELINE, 2048, RunResult.Carriage.BODY, 261.5, 7),
                run(RunResult.Variant.PIPELINE, 1_048_576, RunResult.Carriage.ATTACHMENT, 10, 35));

        assertThat(results.headlines()).containsExactly(
                "2 KiB: pipeline/raw throughput 52.3%, pipeline/raw CPU per exchange 2.8x",
                "1 MiB (attachment): pipeline/raw throughput 25.0%, pipeline/raw CPU per exchange 3.5x");
    }

    @Test
    void thePipelineOnPostgresqlGetsItsOwnHeadlineAndRatioAgainstTheSameRawRun() {
        BenchResults results = results(
                run(RunResult.Variant.BASELINE, 2048, RunResult.Carriage.BODY, 500, 2.5),
                run(RunResult.Variant.PIPELINE, 2048, RunResult.Carriage.BODY, 100, 20),
                run(RunResult.Variant.PIPELINE_POSTGRESQL, 2048, RunResult.Carriage.BODY, 50, 30));

        assertThat(results.headlines()).containsExactly(
                "2 KiB: pipeline/raw throughput 20.0%, pipeline/raw CPU per exchange 8.0x",
                "2 KiB: pipeline on PostgreSQL/raw throughput 10.0%, pipeline on PostgreSQL/raw CPU per exchange 12.0x");
        assertThat(results.ratio(2048)).contains(0.2);
        assertThat(results.ratio(RunResult.Variant.PIPELINE_POSTGRESQL, 2048)).contains(0.1);
    }

    @Test
    void noHeadlineForASizeWithoutARawRun() {
        BenchResults results = results(run(RunResult.Variant.PIPELINE, 2048, RunResult.Carriage.BODY, 80, 20));

        assertThat(results.headlines()).isEmpty();
    }

    private static BenchResults results(RunResult... runs) {
        return new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                new BenchResults.Journal(JournalType.NIO, JournalType.NIO, JournalType.NIO), List.of(runs), List.of(),
                List.of(), Optional.empty());
    }

    private static RunResult run(RunResult.Variant variant, int size, RunResult.Carriage carriage, double throughput,
            double cpuMillisPerMessage) {
        return new RunResult(variant, size, carriage, 100, 100, 100, 100 / throughput, throughput, LATENCY, LATENCY,
                1.0, cpuMillisPerMessage, 64);
    }
}
