package org.blohub.hub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measured runs, one CSV row each, for other tools (and the smoke test) to read. */
final class CsvResults {

    static final String HEADER = "path,payload_bytes,sent,delivered,receipts,seconds,msg_per_s,"
            + "delivered_p50_ms,delivered_p99_ms,delivered_p999_ms,delivered_max_ms,"
            + "receipt_p50_ms,receipt_p99_ms,receipt_p999_ms,receipt_max_ms,"
            + "cpu_cores_busy,cpu_ms_per_msg,heap_after_gc_mib,kind,carried_as,target_msg_per_s";

    private CsvResults() {
    }

    static void write(BenchResults results, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        results.runs().forEach(run -> lines.add(row(run, "saturated", 0)));
        results.paced().forEach(paced -> lines.add(row(paced.result(), "paced", paced.rate())));
        results.soak().ifPresent(soak -> lines.add(row(soak.rest(), "soak", 0)));
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchException("cannot write the results " + file, e);
        }
    }

    /** @param targetRate the fixed rate asked for, 0 when sending as fast as the window allows */
    private static String row(RunResult run, String kind, double targetRate) {
        return String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%.3f,%.3f,%s,%s,%.3f,%.3f,%.1f,%s,%s,%.1f",
                run.variant().name(), run.payloadBytes(), run.sent(), run.delivered(), run.receipts(), run.seconds(),
                run.throughput(), latencies(run.toDelivered()), latencies(run.toReceipt()), run.cpuCoresBusy(),
                run.cpuMillisPerMessage(), run.heapAfterGcMib(), kind, run.carriage().name(), targetRate);
    }

    private static String latencies(LatencySummary summary) {
        return String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", summary.p50(), summary.p99(), summary.p999(),
                summary.max());
    }
}
