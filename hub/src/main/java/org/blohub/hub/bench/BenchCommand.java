package org.blohub.hub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.activemq.artemis.core.server.JournalType;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: sealed end-to-end throughput and latency against the raw broker, in one run and one JVM.
 * Writes a Markdown report, a CSV of the runs and a PNG chart; can regenerate the section of
 * docs/performance.md between its bench markers.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = StartupCommand.class,
        description = "Benchmark: raw persistent JMS between two TLS-bridged brokers, then the full sealed pipeline"
                + " between two nodes, with the same payload sizes, in one JVM.")
public final class BenchCommand implements Callable<Integer> {

    /** With --quick: 2 KiB only; a warm-up long enough for the JIT to compile the pipeline's hot paths. */
    private static final List<Integer> QUICK_SIZES = List.of(2048);
    private static final int QUICK_WARMUP = 3000;
    private static final int QUICK_MESSAGES = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "2 KiB only, " + QUICK_WARMUP + " messages of warm-up and "
            + QUICK_MESSAGES + " measured per path, no fixed-rate or heap run; options given explicitly still apply")
    boolean quick;

    @Option(names = "--sizes", split = ",", description = "payload sizes in bytes (default ${DEFAULT-VALUE})")
    List<Integer> sizes = List.of(1024, 2048, 65536, 1_048_576);

    @Option(names = "--messages", description = "messages per path and size (default ${DEFAULT-VALUE})")
    int messages = 1000;

    /** With 300, the 2 KiB pipeline cost 38 ms of CPU per message; warmed with 10,000, 18 ms. */
    @Option(names = "--warmup", description = "messages per path before measuring, not counted (default ${DEFAULT-VALUE})")
    int warmup = 10_000;

    @Option(names = "--senders", description = "threads submitting concurrently (default ${DEFAULT-VALUE})")
    int senders = 2;

    @Option(names = "--window", description = "most messages submitted but not yet delivered (default ${DEFAULT-VALUE})")
    int window = 32;

    @Option(names = "--consumers", description = "concurrent consumers of the inbound queue (default ${DEFAULT-VALUE})")
    int consumers = 1;

    @Option(names = "--rates", split = ",", description = "fixed rates, in messages per second, at which the 2 KiB"
            + " pipeline's latency is measured (default ${DEFAULT-VALUE})")
    List<Double> rates = List.of(25.0, 50.0, 100.0);

    @Option(names = "--rate-seconds", description = "how long each fixed rate is held; 0 skips the fixed-rate runs"
            + " (default ${DEFAULT-VALUE})")
    long rateSeconds = 300;

    @Option(names = "--rate-senders", description = "threads submitting at a fixed rate (default ${DEFAULT-VALUE})")
    int rateSenders = 8;

    @Option(names = "--soak-messages", description = "messages of the heap run (old generation compared after the"
            + " first tenth and at the end); 0 skips (default ${DEFAULT-VALUE})")
    int soakMessages = 200_000;

    @Option(names = "--soak-size", description = "payload size of the heap run in bytes (default ${DEFAULT-VALUE})")
    int soakSize = 1024;

    @Option(names = "--drain-timeout", description = "seconds to wait for a run's last delivery and receipt"
            + " (default ${DEFAULT-VALUE})")
    long drainTimeoutSeconds = 600;

    @Option(names = "--journal-type", description = "the Artemis journal of the raw brokers and the nodes:"
            + " ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); ASYNCIO needs libaio and Artemis' native wrapper on"
            + " java.library.path (docs/broker.md), else Artemis uses NIO")
    JournalType journalType = JournalType.NIO;

    @Option(names = "--postgres", description = "also run the pipeline with both nodes on this PostgreSQL server,"
            + " a JDBC URL without a database (jdbc:postgresql://localhost:5432/); its CPU time counts when it runs on"
            + " this machine")
    Optional<String> postgresUrl = Optional.empty();

    @Option(names = "--postgres-user", description = "a user that may create databases there (default ${DEFAULT-VALUE});"
            + " the password comes from the variable BLO_BENCH_POSTGRES_PASSWORD")
    String postgresUser = "postgres";

    @Option(names = "--template", description = "the registry template (default ${DEFAULT-VALUE})")
    Path template = Path.of("config", "demo", "network.yaml");

    @Option(names = "--work-dir", description = "where the brokers and databases live; default a temporary"
            + " directory, deleted afterwards")
    Optional<Path> workDirectory = Optional.empty();

    @Option(names = "--report", description = "the Markdown report (default ${DEFAULT-VALUE})")
    Path report = Path.of("target", "bench", "bench.md");

    @Option(names = "--csv", description = "the runs as CSV (default ${DEFAULT-VALUE})")
    Path csv = Path.of("target", "bench", "bench.csv");

    @Option(names = "--chart", description = "the PNG chart (default ${DEFAULT-VALUE})")
    Path chart = Path.of("target", "bench", "bench.png");

    @Option(names = "--update-doc", description = "regenerate this document's section between <!-- bench:begin -->"
            + " and <!-- bench:end -->, e.g. docs/performance.md")
    Optional<Path> document = Optional.empty();

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (!Files.exists(template)) {
            out.println("Cannot find the registry template " + template.toAbsolutePath()
                    + ". Run the benchmark from the repository root, or pass --template.");
            return 2;
        }
        quietLogging();
        BenchPlan plan = plan();
        Path work = workDirectory.isPresent() ? workDirectory.get() : Files.createTempDirectory("blohub-bench");
        BenchResults results;
        try {
            results = new Benchmark(plan, out).run(work, template, commandLine());
        } finally {
            if (workDirectory.isEmpty()) {
                deleteRecursively(work);
            }
        }
        new ResultsChart(results).write(chart);
        CsvResults.write(results, csv);
        String chartLink = document.map(doc -> relativeLink(doc, chart)).orElse(chart.getFileName().toString());
        String markdown = new MarkdownReport(results, chartLink).render();
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
        document.ifPresent(doc -> DocumentSection.replace(doc, markdown));
        out.println();
        out.println(markdown);
        out.println("Report " + report + ", CSV " + csv + ", chart " + chart
                + document.map(doc -> ", updated " + doc).orElse(""));
        results.headlines().forEach(out::println);
        return 0;
    }

    /** The options as parsed; with {@code --quick}, its values for the options not given explicitly. */
    BenchPlan plan() {
        return new BenchPlan(quickUnlessGiven("--sizes", sizes, QUICK_SIZES),
                quickUnlessGiven("--messages", messages, QUICK_MESSAGES),
                quickUnlessGiven("--warmup", warmup, QUICK_WARMUP), senders, window, consumers,
                rates, given("--rates") ? rateSeconds : quickUnlessGiven("--rate-seconds", rateSeconds, 0L), rateSenders,
                quickUnlessGiven("--soak-messages", soakMessages, 0), soakSize, drainTimeoutSeconds, journalType,
                postgresUrl.map(url -> new PostgresServer(url, postgresUser,
                        Objects.requireNonNullElse(System.getenv("BLO_BENCH_POSTGRES_PASSWORD"), ""))));
    }

    private <T> T quickUnlessGiven(String option, T given, T quickValue) {
        return quick && !given(option) ? quickValue : given;
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /**
     * Until Boot configures logging (when the nodes start), the default logs everything at DEBUG, including a
     * line per message from Artemis' audit loggers: the baseline would measure logging, not the broker.
     */
    static void quietLogging() {
        LoggingSystem.get(BenchCommand.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
    }

    /** The command as it was run: JVM options, the jar, and this command's arguments. */
    private String commandLine() {
        List<String> parts = new ArrayList<>(List.of("java"));
        parts.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        parts.add("-jar hub/target/blohub-hub.jar bench");
        parts.addAll(spec.commandLine().getParseResult().originalArgs().stream()
                .filter(argument -> !argument.equals("bench")).toList());
        return String.join(" ", parts);
    }

    private static String relativeLink(Path document, Path target) {
        Path base = document.toAbsolutePath().normalize().getParent();
        return base.relativize(target.toAbsolutePath().normalize()).toString();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
