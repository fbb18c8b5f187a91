package io.yishi.examples.cli;

import io.yishi.core.simulation.Estimate;
import io.yishi.core.simulation.ExperimentResult;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.MinMaxCategoryRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jspecify.annotations.Nullable;

/**
 * Draws an experiment's metrics by rule, each as its mean with the 95% interval from its low to
 * its high bound, one panel per metric, with JFreeChart; written as PNG or SVG by the file's
 * extension.
 */
final class SimulationChart {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 700;

  private SimulationChart() {}

  /**
   * Writes the chart.
   *
   * @param result the experiment's result
   * @param file where to write it, ending in {@code .png} or {@code .svg}
   * @throws IllegalArgumentException if the file ends otherwise
   * @throws IOException if it cannot be written
   */
  static void write(ExperimentResult result, Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".png") && !name.endsWith(".svg")) {
      throw new IllegalArgumentException("--chart: must name a .png or .svg file, was " + file);
    }
    System.setProperty("java.awt.headless", "true");
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis("rule"));
    add(plot, result, "decided rate", ExperimentResult.RuleMetrics::decidedRate);
    add(plot, result, "adoption rate", ExperimentResult.RuleMetrics::adoptionRate);
    add(plot, result, "Condorcet efficiency", ExperimentResult.RuleMetrics::condorcetEfficiency);
    add(plot, result, "VSE", ExperimentResult.RuleMetrics::vse);
    add(plot, result, result.minorityGroup() + " satisfied",
        ExperimentResult.RuleMetrics::minoritySatisfaction);
    String who = result.population() == null ? result.model()
        : result.population().model() + " / " + result.model();
    JFreeChart chart = new JFreeChart(who + ": " + result.voters() + " voters, "
        + result.candidates() + " candidates, " + result.runs() + " runs: 95% intervals, mean marked",
        JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    if (name.endsWith(".png")) {
      ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    } else {
      SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
      chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
      SVGUtils.writeToSVG(file.toFile(), svg.getSVGElement());
    }
    if (!Files.exists(file)) {
      throw new IOException("--chart: nothing was written to " + file);
    }
  }

  /** Adds a metric's panel when some rule has the metric. */
  private static void add(CombinedDomainCategoryPlot plot, ExperimentResult result,
      String metric, Function<ExperimentResult.RuleMetrics, @Nullable Estimate> estimate) {
    if (result.rules().values().stream().anyMatch(m -> estimate.apply(m) != null)) {
      plot.add(panel(result, metric, estimate));
    }
  }

  private static CategoryPlot panel(ExperimentResult result, String metric,
      Function<ExperimentResult.RuleMetrics, @Nullable Estimate> estimate) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<String, ExperimentResult.RuleMetrics> e : result.rules().entrySet()) {
      Estimate x = estimate.apply(e.getValue());
      if (x != null) {
        data.addValue(x.low(), "95% low", e.getKey());
        data.addValue(x.mean(), "mean", e.getKey());
        data.addValue(x.high(), "95% high", e.getKey());
      }
    }
    MinMaxCategoryRenderer renderer = new MinMaxCategoryRenderer();
    renderer.setDrawLines(false);
    CategoryPlot plot = new CategoryPlot(data, null, new NumberAxis(metric), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }
}
