package org.blohub.hub.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run measured.
 *
 * @param refusedByPipeline payload sizes measured on the raw broker only, because the pipeline refuses them
 * @param paced             the pipeline at a fixed rate (half its measured maximum), for the latency target
 * @param soak              the long pipeline run, for the heap target
 */
record BenchResults(Instant startedAt, Instant endedAt, Machine atStart, Machine atEnd, String command,
        List<RunResult> runs, List<Integer> refusedByPipeline, Optional<PacedRun> paced, Optional<Soak> soak) {

    BenchResults {
        runs = List.copyOf(runs);
        refusedByPipeline = List.copyOf(refusedByPipeline);
    }

    Optional<RunResult> run(RunResult.Variant variant, int payloadBytes) {
        return runs.stream().filter(run -> run.variant() == variant && run.payloadBytes() == payloadBytes).findFirst();
    }

    /** Pipeline throughput over baseline throughput at one size, when both were measured. */
    Optional<Double> ratio(int payloadBytes) {
        return run(RunResult.Variant.PIPELINE, payloadBytes).flatMap(pipeline -> run(RunResult.Variant.BASELINE, payloadBytes)
                .filter(baseline -> baseline.throughput() > 0)
                .map(baseline -> pipeline.throughput() / baseline.throughput()));
    }

    /** @param targetRate the rate asked for: half the pipeline's saturated throughput at that size */
    record PacedRun(double targetRate, RunResult result) {
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
