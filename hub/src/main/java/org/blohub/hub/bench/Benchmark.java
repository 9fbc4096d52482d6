package org.blohub.hub.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.apache.activemq.artemis.core.server.JournalType;

/**
 * Runs the plan in one JVM: the raw broker pair for every size, then the two full nodes for every size
 * they accept, then the 2 KiB pipeline at each fixed rate, then the long heap run, then (with a PostgreSQL server)
 * the two nodes on PostgreSQL for every size they accept.
 */
final class Benchmark {

    private final BenchPlan plan;
    private final PrintStream progress;
    private final ResourceMeter meter = new ResourceMeter();
    private final CurrentRun currentRun = new CurrentRun();
    private final Load load;
    private final Load rateLoad;

    Benchmark(BenchPlan plan, PrintStream progress) {
        this.plan = plan;
        this.progress = progress;
        this.load = new Load(plan.senders(), plan.drainTimeoutSeconds());
        this.rateLoad = new Load(plan.rateSenders(), plan.drainTimeoutSeconds());
    }

    BenchResults run(Path workDirectory, Path template, String command) {
        Instant startedAt = Instant.now();
        Machine atStart = Machine.now();
        progress.println("Machine: " + atStart.describe());
        BenchNetwork network = BenchNetwork.create(workDirectory, template);
        List<RunResult> runs = new ArrayList<>();
        JournalType baselineJournal;
        JournalType pipelineJournal;
        progress.println(Instant.now() + " raw broker pair starting");
        try (RawBrokerPair brokers = network.startRawBrokers(plan.journalType())) {
            baselineJournal = brokers.journalInUse();
            progress.println(Instant.now() + " raw broker pair started, journal " + baselineJournal);
            brokers.listen(plan.consumers(), currentRun);
            warmUp(RunResult.Variant.BASELINE, brokers.traffic(plan.sizes().get(0)));
            for (int size : plan.sizes()) {
                runs.add(measure(RunResult.Variant.BASELINE, size, brokers.traffic(size), plan.messages(),
                        new Pacing.Saturating(plan.window())));
            }
        }
        List<Integer> refused = plan.sizes().stream().filter(size -> !PipelineNodes.accepts(size)).toList();
        List<BenchResults.PacedRun> paced;
        Optional<BenchResults.Soak> soak;
        progress.println(Instant.now() + " raw broker pair stopped; nodes starting");
        try (PipelineNodes nodes = network.startNodes(plan.consumers(), plan.journalType())) {
            pipelineJournal = nodes.journalInUse();
            progress.println(Instant.now() + " nodes started, journal " + pipelineJournal);
            nodes.listen(currentRun);
            List<Integer> accepted = accepted(plan);
            if (!accepted.isEmpty()) {
                warmUp(RunResult.Variant.PIPELINE, nodes.traffic(accepted.get(0)));
            }
            for (int size : accepted) {
                runs.add(measure(RunResult.Variant.PIPELINE, size, nodes.traffic(size), plan.messages(),
                        new Pacing.Saturating(plan.window())));
            }
            paced = paced(nodes);
            soak = soak(nodes);
        }
        plan.postgres().ifPresent(server -> runs.addAll(onPostgres(network, server, accepted(plan))));
        return new BenchResults(startedAt, Instant.now(), atStart, Machine.now(), command,
                new BenchResults.Journal(plan.journalType(), baselineJournal, pipelineJournal), runs, refused, paced,
                soak);
    }

    private static List<Integer> accepted(BenchPlan plan) {
        return plan.sizes().stream().filter(PipelineNodes::accepts).toList();
    }

    /**
     * The pipeline again, with both nodes on fresh databases of the PostgreSQL server (their brokers as before). The
     * CPU per message counts the server's processes too when it runs on this machine, as it counts H2's work inside
     * the nodes' JVM.
     */
    private List<RunResult> onPostgres(BenchNetwork network, PostgresServer server, List<Integer> sizes) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<String, Map<String, Object>> databases = Map.of(
                "TH", server.freshDatabase("blohub_bench_th_" + run), "LA", server.freshDatabase("blohub_bench_la_" + run));
        Optional<ProcessTreeCpu> serverCpu = server.localServerProcess().map(ProcessTreeCpu::new);
        progress.println(Instant.now() + " nodes starting on PostgreSQL " + server.url() + serverCpu
                .map(found -> ", whose CPU time counts with the run's").orElse(", not on this machine: its CPU time does"
                        + " not count"));
        LongSupplier cpu = serverCpu.<LongSupplier>map(found -> () -> meter.processCpuNanos() + found.cpuNanos())
                .orElse(meter::processCpuNanos);
        List<RunResult> runs = new ArrayList<>();
        try (PipelineNodes nodes = network.startNodes(plan.consumers(), plan.journalType(), databases::get)) {
            nodes.listen(currentRun);
            if (!sizes.isEmpty()) {
                warmUp(RunResult.Variant.PIPELINE_POSTGRESQL, nodes.traffic(sizes.get(0)));
            }
            for (int size : sizes) {
                runs.add(measure(RunResult.Variant.PIPELINE_POSTGRESQL, size, nodes.traffic(size), plan.messages(),
                        new Pacing.Saturating(plan.window()), load, cpu));
            }
        }
        return runs;
    }

    private void warmUp(RunResult.Variant variant, Traffic traffic) {
        if (plan.warmup() > 0) {
            load.run(variant.label + " warm-up", traffic, plan.warmup(), new Pacing.Saturating(plan.window()), currentRun);
            progress.println(Instant.now() + " " + variant.label + ": warmed up with " + plan.warmup() + " messages");
        }
    }

    /** Latency at each fixed rate, held for the plan's duration: the load never waits for the pipeline to catch up. */
    private List<BenchResults.PacedRun> paced(PipelineNodes nodes) {
        if (!plan.measuresRates() || !PipelineNodes.accepts(MarkdownReport.TARGET_SIZE)) {
            return List.of();
        }
        Traffic traffic = nodes.traffic(MarkdownReport.TARGET_SIZE);
        List<BenchResults.PacedRun> paced = new ArrayList<>();
        for (double rate : plan.rates()) {
            Pacing.FixedRate pacing = new Pacing.FixedRate(rate);
            RunResult result = measure(RunResult.Variant.PIPELINE, MarkdownReport.TARGET_SIZE, traffic,
                    pacing.messagesIn(plan.rateSeconds()), pacing, rateLoad);
            paced.add(new BenchResults.PacedRun(rate, plan.rateSeconds(), result));
        }
        return paced;
    }

    private Optional<BenchResults.Soak> soak(PipelineNodes nodes) {
        if (plan.soakMessages() < 2 || !PipelineNodes.accepts(plan.soakSize())) {
            return Optional.empty();
        }
        int first = Math.max(1, plan.soakMessages() / 10);
        Traffic traffic = nodes.traffic(plan.soakSize());
        Pacing pacing = new Pacing.Saturating(plan.window());
        measure(RunResult.Variant.PIPELINE, plan.soakSize(), traffic, first, pacing);
        Optional<Double> afterFirst = meter.oldGenerationAfterGcMib();
        RunResult rest = measure(RunResult.Variant.PIPELINE, plan.soakSize(), traffic, plan.soakMessages() - first, pacing);
        Optional<Double> afterAll = meter.oldGenerationAfterGcMib();
        if (afterFirst.isEmpty() || afterAll.isEmpty()) {
            progress.println("heap run: this collector has no old generation pool to compare");
            return Optional.empty();
        }
        progress.printf("heap run: old generation %.1f MiB after %d messages, %.1f MiB after %d%n",
                afterFirst.get(), first, afterAll.get(), plan.soakMessages());
        return Optional.of(new BenchResults.Soak(plan.soakSize(), first, plan.soakMessages(), afterFirst.get(),
                afterAll.get(), rest));
    }

    private RunResult measure(RunResult.Variant variant, int size, Traffic traffic, int count, Pacing pacing) {
        return measure(variant, size, traffic, count, pacing, load);
    }

    private RunResult measure(RunResult.Variant variant, int size, Traffic traffic, int count, Pacing pacing,
            Load sending) {
        return measure(variant, size, traffic, count, pacing, sending, meter::processCpuNanos);
    }

    /** @param cpuNanos CPU time used so far by what the run measures: this JVM, and a database server's processes */
    private RunResult measure(RunResult.Variant variant, int size, Traffic traffic, int count, Pacing pacing,
            Load sending, LongSupplier cpuNanos) {
        String label = variant.label + " " + MarkdownReport.payload(size, traffic.carriage())
                + (pacing instanceof Pacing.FixedRate rate ? " at " + MarkdownReport.format(rate.perSecond()) + " msg/s" : "");
        long cpuBefore = cpuNanos.getAsLong();
        long jitBefore = meter.jitCompilationMillis();
        long wallBefore = System.nanoTime();
        ExchangeTimings timings = sending.run(label, traffic, count, pacing, currentRun);
        long wall = System.nanoTime() - wallBefore;
        long cpu = cpuNanos.getAsLong() - cpuBefore;
        long jit = meter.jitCompilationMillis() - jitBefore;
        double seconds = timings.deliverySpanSeconds();
        RunResult result = new RunResult(variant, size, traffic.carriage(), count, timings.deliveredCount(),
                timings.receiptCount(), seconds, seconds > 0 ? timings.deliveredCount() / seconds : 0,
                timings.submitToDelivered(), timings.submitToReceipt(), (double) cpu / wall, cpu / 1e6 / count,
                meter.heapAfterGcMib());
        progress.printf("%s %s: %d sent, %d delivered, %.1f msg/s, submit→delivered p50 %.2f p99 %.2f p99.9 %.2f"
                        + " max %.2f ms, submit→receipt p99 %.2f ms, CPU %.2f cores, %.1f ms CPU per message,"
                        + " JIT compiling %d ms%n",
                Instant.now(), label, count, result.delivered(), result.throughput(), result.toDelivered().p50(),
                result.toDelivered().p99(), result.toDelivered().p999(), result.toDelivered().max(),
                result.toReceipt().p99(), result.cpuCoresBusy(), result.cpuMillisPerMessage(), jit);
        progress.println("  slowest deliveries: " + timings.slowestDeliveries().describe());
        return result;
    }
}
