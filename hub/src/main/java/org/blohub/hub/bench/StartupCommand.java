package org.blohub.hub.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench startup}: starts the two benchmark nodes (TH, then LA) in this JVM and prints, for each, the time
 * from launch to health UP and to every link up, and where that time went. On an empty work directory it is a
 * first start, and it then exchanges messages so that the next run on the same directory restarts nodes with data.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time two nodes starting: launch to health UP and links up, and where the time goes."
                + " Run it twice on the same --work-dir: the first run is a first start and leaves data behind,"
                + " the second times a restart with existing data in a fresh JVM.")
final class StartupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--template", description = "the registry template (default ${DEFAULT-VALUE})")
    Path template = Path.of("config", "demo", "network.yaml");

    @Option(names = "--work-dir", description = "the nodes' material and data, kept between runs (default ${DEFAULT-VALUE})")
    Path workDirectory = Path.of("target", "bench", "startup");

    @Option(names = "--messages", description = "2 KiB messages exchanged after a first start, so that a restart"
            + " finds data (default ${DEFAULT-VALUE})")
    int messages = 1000;

    @Option(names = "--beans", description = "how many of the slowest beans to list (default ${DEFAULT-VALUE})")
    int beansListed = 10;

    @Option(names = "--timeout", description = "seconds a node may take to be ready (default ${DEFAULT-VALUE})")
    long timeoutSeconds = 180;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(template)) {
            out.println("Cannot find the registry template " + template.toAbsolutePath()
                    + ". Run the benchmark from the repository root, or pass --template.");
            return 2;
        }
        BenchCommand.quietLogging();
        Clock clock = Clock.systemUTC();
        BenchNetwork network = BenchNetwork.create(workDirectory, template);
        boolean restart = network.hasData(BenchNetwork.SENDER_NODE) && network.hasData(BenchNetwork.RECEIVER_NODE);
        out.println("Machine: " + Machine.now().describe());
        out.println((restart ? "Restart with existing data under " : "First start, no data yet, under ")
                + workDirectory.toAbsolutePath());
        StartupRecording senderStart = new StartupRecording(clock);
        ConfigurableApplicationContext sender = senderStart.launch(
                () -> network.startNode(BenchNetwork.SENDER_NODE, Map.of()));
        ReadinessWatch senderWatch = ReadinessWatch.start(BenchNetwork.SENDER_NODE, sender, clock);
        StartupRecording receiverStart = new StartupRecording(clock);
        ConfigurableApplicationContext receiver;
        try {
            receiver = receiverStart.launch(() -> network.startNode(BenchNetwork.RECEIVER_NODE, Map.of()));
        } catch (RuntimeException e) {
            sender.close();
            throw e;
        }
        try (PipelineNodes nodes = new PipelineNodes(sender, receiver)) {
            ReadinessWatch receiverWatch = ReadinessWatch.start(BenchNetwork.RECEIVER_NODE, receiver, clock);
            Duration timeout = Duration.ofSeconds(timeoutSeconds);
            List<StartupBreakdown> breakdowns = List.of(
                    breakdown(BenchNetwork.SENDER_NODE, senderStart, senderWatch.await(timeout)),
                    breakdown(BenchNetwork.RECEIVER_NODE, receiverStart, receiverWatch.await(timeout)));
            breakdowns.forEach(breakdown -> breakdown.describe().forEach(out::println));
            Instant bothUp = breakdowns.stream().map(StartupBreakdown::linksUp).max(Instant::compareTo).orElseThrow();
            out.println("Both nodes: health UP and every link up " + StartupBreakdown.seconds(
                    Duration.between(senderStart.milestones().launched(), bothUp)) + " s after the first launch"
                    + " (LA launched once TH's context was ready)");
            out.flush();
            if (!restart) {
                exchange(nodes, out);
            }
        }
        out.flush();
        return 0;
    }

    private StartupBreakdown breakdown(String node, StartupRecording recording, ReadinessWatch.Readiness readiness) {
        return StartupBreakdown.of(node, recording.milestones(), recording.steps(), readiness.healthUp(),
                readiness.linksUp(), beansListed);
    }

    private void exchange(PipelineNodes nodes, PrintWriter out) {
        CurrentRun run = new CurrentRun();
        nodes.listen(run);
        ExchangeTimings timings = new Load(2, timeoutSeconds).run("data for the restart",
                nodes.traffic(MarkdownReport.TARGET_SIZE), messages, new Pacing.Saturating(32), run);
        out.println(timings.deliveredCount() + " messages exchanged. Run again with --work-dir " + workDirectory
                + " to time a restart with existing data.");
    }
}
