package org.blohub.hub.bench;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's results as a Markdown section for docs/performance.md: machine, command, table, targets. */
final class MarkdownReport {

    static final int TARGET_SIZE = 2048;
    static final int TARGET_RATE = 50;
    static final long TARGET_RATE_SECONDS = 300;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd, HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final BenchResults results;
    private final String chartLink;

    /** @param chartLink the chart's path relative to the document, e.g. {@code performance-pipeline.png} */
    MarkdownReport(BenchResults results, String chartLink) {
        this.results = results;
        this.chartLink = chartLink;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("### Run of ").append(DAY_TIME.format(results.startedAt())).append("–")
                .append(TIME.format(results.endedAt())).append(" UTC\n\n");
        out.append("Machine: ").append(results.atStart().describe()).append(" at the start; load average ")
                .append(format(results.atEnd().loadAverage())).append(" at the end.\n\n");
        out.append("Artemis journal: ").append(results.journal().describe()).append(".\n\n");
        out.append("Delivered: when the receiving node has committed the message to the inbox and the audit trail."
                + " Receipt: when the sending node has verified and recorded the signed receipt (raw JMS: an echo).\n\n");
        out.append("Command (from the repository root, after `./mvnw -B -q -pl hub -am package -DskipTests`):\n\n")
                .append("```bash\n").append(results.command()).append("\n```\n\n");
        table(out);
        fixedRates(out);
        out.append("\n![Throughput and p99 latency, raw JMS and sealed pipeline](").append(chartLink).append(")\n\n");
        targets(out);
        return out.toString();
    }

    private void table(StringBuilder out) {
        out.append("As fast as the sending window allows:\n\n");
        out.append("| payload | path | sent | delivered | msg/s | pipeline / baseline | submit→delivered p50 / p99 / p99.9 ms"
                + " | submit→receipt p50 / p99 / p99.9 ms | CPU cores busy | CPU ms / msg | heap after GC MiB |\n");
        out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult run : results.runs()) {
            String ratio = run.variant() == RunResult.Variant.BASELINE ? ""
                    : results.ratio(run.variant(), run.payloadBytes()).map(r -> percent(r)).orElse("");
            out.append("| ").append(payload(run.payloadBytes(), run.carriage())).append(" | ").append(run.variant().label)
                    .append(" | ").append(run.sent()).append(" | ").append(run.delivered())
                    .append(" | ").append(format(run.throughput())).append(" | ").append(ratio)
                    .append(" | ").append(latencies(run.toDelivered())).append(" | ").append(latencies(run.toReceipt()))
                    .append(" | ").append(format(run.cpuCoresBusy())).append(" | ").append(format(run.cpuMillisPerMessage()))
                    .append(" | ").append(format(run.heapAfterGcMib())).append(" |\n");
        }
        for (int size : results.refusedByPipeline()) {
            out.append("| ").append(size(size)).append(" | sealed pipeline | – | – | not measured | | | | | | |\n");
        }
        if (results.runs().stream().anyMatch(run -> run.carriage() == RunResult.Carriage.ATTACHMENT)) {
            out.append("\n(attachment): the canonical message's body is limited to 64 KiB"
                    + " (`LiaisonMessageValidator.MAX_BODY_BYTES`), so a larger payload travels through the pipeline as"
                    + " one attachment, submitted as the REST API's multipart submission does: sealed as its own CMS part"
                    + " and sent as an Artemis large message ahead of a short envelope. Delivered counts once the"
                    + " receiving node has checked the part against the signed size and SHA-256 and stored the message.\n");
        }
        if (!results.refusedByPipeline().isEmpty()) {
            out.append("\nNot measured through the pipeline: ")
                    .append(String.join(", ", results.refusedByPipeline().stream().map(MarkdownReport::size).toList()))
                    .append(". An attachment may have at most 20 MiB (`LiaisonMessageValidator.MAX_ATTACHMENT_BYTES`).\n");
        }
    }

    private void fixedRates(StringBuilder out) {
        if (results.paced().isEmpty()) {
            return;
        }
        out.append("\nThe 2 KiB pipeline at fixed rates (latency counted from when each message was due):\n\n");
        out.append("| rate msg/s | held s | sent | delivered | achieved msg/s | submit→delivered p50 / p99 / p99.9 / max ms"
                + " | submit→receipt p50 / p99 / p99.9 / max ms | CPU cores busy | CPU ms / msg | heap after GC MiB |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchResults.PacedRun paced : results.paced()) {
            RunResult run = paced.result();
            out.append("| ").append(format(paced.rate())).append(" | ").append(paced.seconds()).append(" | ")
                    .append(run.sent()).append(" | ").append(run.delivered()).append(" | ").append(format(run.throughput()))
                    .append(" | ").append(latenciesWithMax(run.toDelivered())).append(" | ")
                    .append(latenciesWithMax(run.toReceipt())).append(" | ").append(format(run.cpuCoresBusy()))
                    .append(" | ").append(format(run.cpuMillisPerMessage())).append(" | ")
                    .append(format(run.heapAfterGcMib())).append(" |\n");
        }
    }

    private void targets(StringBuilder out) {
        out.append("Targets, as measured in this run:\n\n");
        Optional<Double> ratio = results.ratio(TARGET_SIZE);
        out.append("- At 2 KiB, pipeline throughput ≥ 50% of the baseline: ").append(ratio
                .map(r -> percent(r) + " — " + (r >= 0.5 ? "met" : "**not met**"))
                .orElse("not measured (2 KiB was not among the sizes)")).append(".\n");
        out.append("- p99 submit→delivered < 100 ms at " + TARGET_RATE + " msg/s for "
                + TARGET_RATE_SECONDS / 60 + " minutes: ").append(results.pacedAt(TARGET_RATE)
                .map(paced -> "p99 " + format(paced.result().toDelivered().p99()) + " ms over " + paced.seconds() + " s ("
                        + format(paced.result().throughput()) + " msg/s achieved) — "
                        + (paced.result().toDelivered().p99() >= 100 ? "**not met**"
                                : paced.seconds() < TARGET_RATE_SECONDS ? "met, but held shorter than the target asks"
                                : "met"))
                .orElse("not measured in this run")).append(".\n");
        out.append("- Heap flat over the long run: ").append(results.soak()
                .map(soak -> "old generation " + format(soak.oldGenAfterFirstMib()) + " MiB after the first "
                        + soak.firstMessages() + " messages, " + format(soak.oldGenAfterAllMib()) + " MiB after all "
                        + soak.allMessages() + " (" + signedPercent(soak.growth()) + ") — "
                        + (soak.growth() <= 0.10 ? "within 10%" : "**more than 10%**")
                        + (soak.allMessages() < 200_000 ? "; the target asks for 200,000 messages, this run sent "
                                + soak.allMessages() : ""))
                .orElse("not measured in this run")).append(".\n");
    }

    /** The payload as the table shows it: its size, and {@code (attachment)} when it travelled as one. */
    static String payload(int bytes, RunResult.Carriage carriage) {
        return size(bytes) + (carriage == RunResult.Carriage.ATTACHMENT ? " (attachment)" : "");
    }

    static String size(int bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
    }

    private static String latencies(LatencySummary summary) {
        return summary.samples() == 0 ? "–" : format(summary.p50()) + " / " + format(summary.p99()) + " / "
                + format(summary.p999());
    }

    private static String latenciesWithMax(LatencySummary summary) {
        return summary.samples() == 0 ? "–" : latencies(summary) + " / " + format(summary.max());
    }

    static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String signedPercent(double ratio) {
        return String.format(Locale.ROOT, "%+.1f%%", ratio * 100);
    }
}
