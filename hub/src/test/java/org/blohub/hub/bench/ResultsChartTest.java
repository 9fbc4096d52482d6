package org.blohub.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsChartTest {

    private static final Machine MACHINE = new Machine(2, "OpenJDK 17", 6000, "G1", 1.5);
    private static final LatencySummary LATENCY = new LatencySummary(10, 30, 40, 50, 100);

    @TempDir
    Path directory;

    @Test
    void drawsAThirdPanelForTheFixedRatesWhenTheRunHadThem() throws IOException {
        BenchResults.PacedRun atFifty = new BenchResults.PacedRun(50, 300, run(50));

        BufferedImage without = draw(results(List.of()), "without.png");
        BufferedImage with = draw(results(List.of(atFifty)), "with.png");

        assertThat(without.getHeight()).isEqualTo(840);
        assertThat(with.getHeight()).isEqualTo(1260);
        assertThat(with.getWidth()).isEqualTo(without.getWidth());
    }

    private BufferedImage draw(BenchResults results, String name) throws IOException {
        Path png = directory.resolve(name);
        new ResultsChart(results).write(png);
        return ImageIO.read(png.toFile());
    }

    private static BenchResults results(List<BenchResults.PacedRun> paced) {
        return new BenchResults(Instant.EPOCH, Instant.EPOCH, MACHINE, MACHINE, "java -jar bench",
                new BenchResults.Journal(JournalType.NIO, JournalType.NIO, JournalType.NIO),
                List.of(run(500), run(80)), List.of(), paced, Optional.empty());
    }

    private static RunResult run(double throughput) {
        return new RunResult(RunResult.Variant.PIPELINE, 2048, RunResult.Carriage.BODY, 100, 100, 100, 1, throughput,
                LATENCY, LATENCY, 1.0, 10, 64);
    }
}
