package org.blohub.hub.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A PNG of one run: throughput by payload size (raw JMS beside the sealed pipeline), p99 latencies
 * from submit to delivered and to receipt, and, when measured, the 2 KiB pipeline's submit-to-delivered
 * percentiles at each fixed rate. Log scales, since the two paths differ by orders of magnitude.
 * Drawn headless.
 */
final class ResultsChart {

    private static final int WIDTH = 1000;
    private static final int PANEL_HEIGHT = 420;

    private final BenchResults results;

    ResultsChart(BenchResults results) {
        this.results = results;
    }

    void write(Path png) {
        System.setProperty("java.awt.headless", "true");
        List<JFreeChart> panels = new ArrayList<>(List.of(throughput(), latency()));
        if (!results.paced().isEmpty()) {
            panels.add(fixedRates());
        }
        BufferedImage image = new BufferedImage(WIDTH, panels.size() * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).draw(graphics, new Rectangle2D.Double(0, i * PANEL_HEIGHT, WIDTH, PANEL_HEIGHT));
            }
        } finally {
            graphics.dispose();
        }
        try {
            if (png.toAbsolutePath().getParent() != null) {
                Files.createDirectories(png.toAbsolutePath().getParent());
            }
            if (!ImageIO.write(image, "png", png.toFile())) {
                throw new BenchException("no PNG writer available for " + png);
            }
        } catch (IOException e) {
            throw new BenchException("cannot write the chart " + png, e);
        }
    }

    private JFreeChart throughput() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RunResult run : results.runs()) {
            data.addValue(run.throughput(), run.variant().label, MarkdownReport.size(run.payloadBytes()));
        }
        return chart("Throughput (messages delivered per second, log scale)", "payload", "msg/s", data);
    }

    private JFreeChart latency() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        add(data, "p99 submit→delivered", run -> run.toDelivered().p99());
        add(data, "p99 submit→receipt", run -> run.toReceipt().p99());
        return chart("Latency at saturation (p99, milliseconds, log scale)", "payload", "ms", data);
    }

    private JFreeChart fixedRates() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BenchResults.PacedRun paced : results.paced()) {
            String rate = MarkdownReport.format(paced.rate()) + " msg/s";
            LatencySummary delivered = paced.result().toDelivered();
            data.addValue(delivered.p50(), "p50", rate);
            data.addValue(delivered.p99(), "p99", rate);
            data.addValue(delivered.p999(), "p99.9", rate);
            data.addValue(delivered.max(), "max", rate);
        }
        return chart("2 KiB sealed pipeline at fixed rates: submit→delivered (milliseconds, log scale)", "rate",
                "ms", data);
    }

    private void add(DefaultCategoryDataset data, String measure, ToDoubleFunction<RunResult> value) {
        for (RunResult run : results.runs()) {
            data.addValue(value.applyAsDouble(run), run.variant().label + ", " + measure,
                    MarkdownReport.size(run.payloadBytes()));
        }
    }

    private static JFreeChart chart(String title, String categories, String unit, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, categories, unit, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LogAxis axis = new LogAxis(unit);
        axis.setSmallestValue(0.1);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.#"));
        plot.setRangeAxis(axis);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        return chart;
    }
}
