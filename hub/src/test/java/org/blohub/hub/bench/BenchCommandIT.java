package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.blohub.hub.demo.DemoPairMaterial;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Keeps the benchmark working: a run with a handful of messages per size, through the real command,
 * every path (the pipeline also on an embedded PostgreSQL), all outputs. It times nothing; the figures of a run this small mean nothing.
 */
class BenchCommandIT {

    private static final int MESSAGES = 3;

    @TempDir
    Path directory;

    @Test
    void measuresEverySizeOnAllPathsOnTheChosenJournalWithOneMebibyteAsAnAttachmentAndWritesChartCsvAndDocumentSection()
            throws IOException {
        Path csv = directory.resolve("bench.csv");
        Path chart = directory.resolve("bench.png");
        Path document = directory.resolve("performance.md");
        Files.writeString(document, "# Performance\n\nkept above\n\n" + DocumentSection.BEGIN + "\nold table\n"
                + DocumentSection.END + "\n\nkept below\n");

        int exitCode;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            exitCode = new CommandLine(new BenchCommand()).execute(
                    "--template", DemoPairMaterial.repositoryRoot().resolve("config/demo/network.yaml").toString(),
                    "--sizes", "1024,2048,65536,1048576", "--messages", String.valueOf(MESSAGES), "--warmup", "0",
                    "--rates", "4,8", "--rate-seconds", "1", "--soak-messages", "0", "--drain-timeout", "120", "--journal-type", "MAPPED",
                    "--postgres", "jdbc:postgresql://localhost:" + postgres.getPort() + "/",
                    "--work-dir", directory.resolve("work").toString(),
                    "--report", directory.resolve("bench.md").toString(), "--csv", csv.toString(),
                    "--chart", chart.toString(), "--update-doc", document.toString());
        }

        assertThat(exitCode).isZero();
        Map<String, Row> rows = Files.readAllLines(csv).stream().skip(1).map(Row::parse)
                .collect(Collectors.toMap(Row::key, row -> row));
        for (int size : List.of(1024, 2048, 65536, 1048576)) {
            assertThat(rows.get("BASELINE/" + size + "/saturated")).as("raw JMS at %d bytes", size)
                    .satisfies(row -> assertDeliveredAll(row));
        }
        for (int size : List.of(1024, 2048, 65536, 1048576)) {
            assertThat(rows.get("PIPELINE/" + size + "/saturated")).as("sealed pipeline at %d bytes", size)
                    .satisfies(row -> assertDeliveredAll(row));
        }
        for (int size : List.of(1024, 2048, 65536, 1048576)) {
            assertThat(rows.get("PIPELINE_POSTGRESQL/" + size + "/saturated")).as("pipeline on PostgreSQL at %d bytes", size)
                    .satisfies(row -> assertDeliveredAll(row));
        }
        assertThat(rows.get("PIPELINE/65536/saturated").carriedAs()).isEqualTo("BODY");
        assertThat(rows.get("PIPELINE/1048576/saturated").carriedAs()).as("1 MiB is over the 64 KiB body limit")
                .isEqualTo("ATTACHMENT");
        assertThat(rows.get("PIPELINE/2048/paced/4.0").delivered()).as("4 msg/s held 1 s").isEqualTo(4);
        assertThat(rows.get("PIPELINE/2048/paced/8.0").delivered()).as("8 msg/s held 1 s").isEqualTo(8);

        BufferedImage png = ImageIO.read(chart.toFile());
        assertThat(png).as("the chart decodes as an image").isNotNull();
        assertThat(png.getWidth()).isPositive();

        String updated = Files.readString(document);
        assertThat(updated).startsWith("# Performance\n\nkept above\n\n").endsWith("\n\nkept below\n")
                .doesNotContain("old table")
                .contains("| 2 KiB | sealed pipeline | 3 | 3 |", "| 1 MiB (attachment) | sealed pipeline | 3 | 3 |",
                        "![Throughput and p99 latency", "(bench.png)", "Artemis journal: MAPPED on both paths.",
                        "| 8.00 | 1 | 8 | 8 |", "| 2 KiB | sealed pipeline, PostgreSQL | 3 | 3 |")
                .doesNotContain("not measured |");
    }

    @Test
    void startupTimesAFirstStartThenARestartOnTheDataItLeftWithHealthUpLinksUpAndTheSlowestBeans() {
        Path work = directory.resolve("startup");

        String first = startup(work);
        String restart = startup(work);

        assertThat(first).contains("First start, no data yet", "5 messages exchanged");
        assertThat(restart).contains("Restart with existing data").doesNotContain("messages exchanged");
        for (String run : List.of(first, restart)) {
            assertThat(run).containsPattern("TH: health UP \\d+\\.\\d\\d s after launch, every link up \\d+\\.\\d\\d s")
                    .containsPattern("LA: health UP \\d+\\.\\d\\d s after launch")
                    .contains("context refresh:", "creating beans", "beans that took longest on their own:",
                            "Both nodes: health UP and every link up");
        }
    }

    private String startup(Path work) {
        StringWriter output = new StringWriter();
        CommandLine bench = new CommandLine(new BenchCommand());
        bench.setOut(new PrintWriter(output, true));
        int exitCode = bench.execute("startup", "--template",
                DemoPairMaterial.repositoryRoot().resolve("config/demo/network.yaml").toString(), "--work-dir", work.toString(),
                "--messages", "5", "--timeout", "120");
        assertThat(exitCode).as(output::toString).isZero();
        return output.toString();
    }

    private static void assertDeliveredAll(Row row) {
        assertThat(row.sent()).isEqualTo(MESSAGES);
        assertThat(row.delivered()).isEqualTo(row.sent());
        assertThat(row.receipts()).isEqualTo(row.sent());
        assertThat(row.throughput()).isPositive();
        assertThat(row.deliveredP99()).isPositive();
    }

    private record Row(String path, int payloadBytes, int sent, int delivered, int receipts, double throughput,
            double deliveredP99, String kind, String carriedAs, double targetRate) {

        static Row parse(String line) {
            List<String> cells = Arrays.asList(line.split(","));
            List<String> header = Arrays.asList(CsvResults.HEADER.split(","));
            return new Row(cells.get(header.indexOf("path")), Integer.parseInt(cells.get(header.indexOf("payload_bytes"))),
                    Integer.parseInt(cells.get(header.indexOf("sent"))),
                    Integer.parseInt(cells.get(header.indexOf("delivered"))),
                    Integer.parseInt(cells.get(header.indexOf("receipts"))),
                    Double.parseDouble(cells.get(header.indexOf("msg_per_s"))),
                    Double.parseDouble(cells.get(header.indexOf("delivered_p99_ms"))),
                    cells.get(header.indexOf("kind")), cells.get(header.indexOf("carried_as")),
                    Double.parseDouble(cells.get(header.indexOf("target_msg_per_s"))));
        }

        String key() {
            return path + "/" + payloadBytes + "/" + kind + (targetRate > 0 ? "/" + targetRate : "");
        }
    }
}
