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
            + "delivered_p50_ms,delivered_p95_ms,delivered_p99_ms,receipt_p50_ms,receipt_p95_ms,receipt_p99_ms,"
            + "cpu_cores_busy,cpu_ms_per_msg,heap_after_gc_mib,kind,carried_as";

    private CsvResults() {
    }

    static void write(BenchResults results, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        results.runs().forEach(run -> lines.add(row(run, "saturated")));
        results.paced().ifPresent(paced -> lines.add(row(paced.result(), "paced")));
        results.soak().ifPresent(soak -> lines.add(row(soak.rest(), "soak")));
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchException("cannot write the results " + file, e);
        }
    }

    private static String row(RunResult run, String kind) {
        return String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.1f,%s,%s",
                run.variant().name(), run.payloadBytes(), run.sent(), run.delivered(), run.receipts(), run.seconds(),
                run.throughput(), run.toDelivered().p50(), run.toDelivered().p95(), run.toDelivered().p99(),
                run.toReceipt().p50(), run.toReceipt().p95(), run.toReceipt().p99(), run.cpuCoresBusy(),
                run.cpuMillisPerMessage(), run.heapAfterGcMib(), kind, run.carriage().name());
    }
}
