package org.blohub.hub.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.activemq.artemis.core.server.JournalType;

/**
 * Everything one benchmark run measured.
 *
 * @param journal           the Artemis journal asked for and the one each path's brokers wrote with
 * @param refusedByPipeline payload sizes measured on the raw broker only, because the pipeline refuses them
 * @param paced             the 2 KiB pipeline at each fixed rate, for the latency target
 * @param soak              the long pipeline run, for the heap target
 */
record BenchResults(Instant startedAt, Instant endedAt, Machine atStart, Machine atEnd, String command,
        Journal journal, List<RunResult> runs, List<Integer> refusedByPipeline, List<PacedRun> paced,
        Optional<Soak> soak) {

    BenchResults {
        runs = List.copyOf(runs);
        refusedByPipeline = List.copyOf(refusedByPipeline);
        paced = List.copyOf(paced);
    }

    /** The run at this fixed rate, if there was one. */
    Optional<PacedRun> pacedAt(double rate) {
        return paced.stream().filter(run -> run.rate() == rate).findFirst();
    }

    Optional<RunResult> run(RunResult.Variant variant, int payloadBytes) {
        return runs.stream().filter(run -> run.variant() == variant && run.payloadBytes() == payloadBytes).findFirst();
    }

    /** Pipeline throughput over baseline throughput at one size, when both were measured. */
    Optional<Double> ratio(int payloadBytes) {
        return ratio(RunResult.Variant.PIPELINE, payloadBytes);
    }

    /** This variant's throughput over the baseline's at one size, when both were measured. */
    Optional<Double> ratio(RunResult.Variant variant, int payloadBytes) {
        return run(variant, payloadBytes).flatMap(pipeline -> run(RunResult.Variant.BASELINE, payloadBytes)
                .filter(baseline -> baseline.throughput() > 0)
                .map(baseline -> pipeline.throughput() / baseline.throughput()));
    }

    /**
     * One line per size measured on both paths, e.g. {@code 2 KiB: pipeline/raw throughput 52.3%, pipeline/raw CPU
     * per exchange 2.8x}: the pipeline's throughput over the raw broker's, and its CPU time per exchange over theirs.
     */
    List<String> headlines() {
        return runs.stream().filter(run -> run.variant() != RunResult.Variant.BASELINE)
                .flatMap(pipeline -> run(RunResult.Variant.BASELINE, pipeline.payloadBytes())
                        .filter(baseline -> baseline.throughput() > 0 && baseline.cpuMillisPerMessage() > 0)
                        .map(baseline -> String.format(Locale.ROOT,
                                "%s: %s throughput %.1f%%, %s CPU per exchange %.1fx",
                                MarkdownReport.payload(pipeline.payloadBytes(), pipeline.carriage()),
                                ratioName(pipeline.variant()), 100 * pipeline.throughput() / baseline.throughput(),
                                ratioName(pipeline.variant()),
                                pipeline.cpuMillisPerMessage() / baseline.cpuMillisPerMessage()))
                        .stream())
                .toList();
    }

    private static String ratioName(RunResult.Variant variant) {
        return variant == RunResult.Variant.PIPELINE_POSTGRESQL ? "pipeline on PostgreSQL/raw" : "pipeline/raw";
    }

    /**
     * @param requested the {@code --journal-type}
     * @param baseline  the journal the raw brokers wrote with
     * @param pipeline  the journal the nodes' brokers wrote with; differs from the request only where Artemis fell
     *                  back from ASYNCIO to NIO
     */
    record Journal(JournalType requested, JournalType baseline, JournalType pipeline) {

        String describe() {
            if (baseline == requested && pipeline == requested) {
                return requested + " on both paths";
            }
            return "asked for " + requested + "; the raw brokers wrote with " + baseline + ", the nodes with " + pipeline
                    + " (Artemis fell back; see BLO-BRK-023 in the log)";
        }
    }

    /**
     * @param rate    the rate asked for, in messages per second
     * @param seconds how long the rate was held
     */
    record PacedRun(double rate, long seconds, RunResult result) {
    }

    /**
     * @param oldGenAfterFirstMib old generation after a full collection once the first tenth was through
     * @param oldGenAfterAllMib   the same after all messages
     */
    record Soak(int payloadBytes, int firstMessages, int allMessages, double oldGenAfterFirstMib,
            double oldGenAfterAllMib, RunResult rest) {

        double growth() {
            return oldGenAfterFirstMib == 0 ? 0 : (oldGenAfterAllMib - oldGenAfterFirstMib) / oldGenAfterFirstMib;
        }
    }
}
