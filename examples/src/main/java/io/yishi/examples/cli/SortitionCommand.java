package io.yishi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.sortition.LotteryDraw;
import io.yishi.voting.sortition.PanelDistribution;
import io.yishi.voting.sortition.Sortition;
import io.yishi.voting.sortition.SortitionCsv;
import io.yishi.voting.sortition.SortitionProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yishi sortition --people FILE --features FILE --size K --algorithm ID [--seed S]
 * [--tickets M] [--json]}: selects a panel by lot with quotas from the Sortition Foundation's
 * CSV files, prints every volunteer's chance, what legacy would give on the same pool, and the
 * lottery draw.
 */
@Command(name = "sortition", mixinStandardHelpOptions = true,
    description = "Select a panel by lot with quotas (Sortition Foundation CSV files): the"
        + " distribution over panels, every volunteer's chance, legacy's for comparison, and a"
        + " seeded lottery draw.")
final class SortitionCommand implements Callable<Integer> {

  @Option(names = "--people", required = true, paramLabel = "FILE",
      description = "The people CSV: id, one column per feature, optional household.")
  Path people;

  @Option(names = "--features", required = true, paramLabel = "FILE",
      description = "The features CSV: feature,value,min,max[,min_flex,max_flex].")
  Path features;

  @Option(names = "--size", required = true, paramLabel = "K", description = "The panel size.")
  int size;

  @Option(names = "--algorithm", required = true, paramLabel = "ID",
      description = "legacy, maximin, leximin or nash (see 'yishi plugins').")
  String algorithm;

  @Option(names = "--seed", paramLabel = "S",
      description = "The seed of the lottery draw (and of legacy's draws). Default 0, with a"
          + " warning: anyone can predict it; for a real draw, choose one in public.")
  @Nullable Long seed;

  @Option(names = "--tickets", paramLabel = "M", defaultValue = "1000",
      description = "Lottery tickets the distribution is rounded to (default 1000).")
  int tickets;

  @Option(names = "--json", description = "Print one JSON object: problemDigest, distribution,"
      + " legacy (smallest, largest, spread), draw.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Warns on stderr, before a draw without {@code --seed}, that such a draw is predictable. */
  private void warnOfADefaultSeed() {
    if (seed != null) {
      return;
    }
    spec.commandLine().getErr().println("sortition: no --seed given, so the draw uses seed 0,"
        + " which anyone can predict; for a real draw, give a seed chosen in public");
    spec.commandLine().getErr().flush();
  }

  @Override
  public Integer call() throws IOException {
    for (Path file : List.of(people, features)) {
      if (!Files.exists(file)) {
        throw new UncheckedIOException(new NoSuchFileException(file + ": no such file"));
      }
    }
    if (tickets < 1) {
      throw new IllegalArgumentException("--tickets: must be ≥ 1, was " + tickets);
    }
    PluginRegistry registry = PluginRegistry.load();
    var chosen = Sortition.algorithm(registry, algorithm);
    SortitionProblem problem = SortitionCsv.read(people, features, size);
    long seed = this.seed == null ? 0 : this.seed;
    PanelDistribution distribution = chosen.select(problem, Parameters.empty(), seed);
    @Nullable PanelDistribution legacy = null;
    @Nullable String legacyFailure = null;
    try {
      legacy = algorithm.equals("legacy") ? distribution
          : Sortition.algorithm(registry, "legacy").select(problem, Parameters.empty(), seed);
    } catch (io.yishi.core.spi.InvalidParameterException e) {
      legacyFailure = e.getMessage();
    }
    warnOfADefaultSeed();
    LotteryDraw draw = LotteryDraw.draw(problem, distribution, tickets, seed);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = YishiJson.mapper();
      ObjectNode result = mapper.createObjectNode();
      result.put("algorithm", distribution.algorithm());
      result.put("minimum", distribution.minimum());
      result.put("maximum", distribution.maximum());
      result.put("spread", distribution.spread());
      result.put("explanation", distribution.explain());
      result.put("problemDigest", draw.problemDigest());
      result.set("distribution", mapper.valueToTree(distribution));
      if (legacy != null) {
        ObjectNode l = result.putObject("legacy");
        l.put("minimum", legacy.minimum());
        l.put("maximum", legacy.maximum());
        l.put("spread", legacy.spread());
      } else {
        result.put("legacy", legacyFailure);
      }
      result.set("draw", mapper.valueToTree(draw));
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
      out.flush();
      return 0;
    }
    out.printf("Sortition: a panel of %d from %d volunteers by %s%s%n", problem.panelSize(),
        problem.pool().size(), distribution.algorithm(), problem.oneMemberPerHousehold()
            ? ", at most one member per household" : "");
    distribution.explanation().forEach(line -> out.println("  " + line));
    if (legacy != null && legacy != distribution) {
      out.printf(Locale.ROOT, "  for comparison, legacy (1000 greedy draws from seed %d):"
          + " smallest %.4f, largest %.4f, spread %.4f%n", seed, legacy.minimum(),
          legacy.maximum(), legacy.spread());
    } else if (legacyFailure != null) {
      out.println("  for comparison, legacy: " + legacyFailure);
    }
    out.printf("Lottery: %d tickets over %d panels; seed %d drew ticket %d (panel %d)%n",
        draw.tickets(), distribution.panels().size(), draw.seed(), draw.ticket(), draw.panel());
    out.println("Selected: " + String.join(", ", draw.members()));
    out.println("Selection probability of every volunteer:");
    List<String> cells = new ArrayList<>();
    for (Map.Entry<String, Double> e : distribution.probabilities().entrySet()) {
      cells.add(String.format(Locale.ROOT, "%-12s %.4f", e.getKey(), e.getValue()));
    }
    for (int i = 0; i < cells.size(); i += 4) {
      out.println("  " + String.join("   ", cells.subList(i, Math.min(cells.size(), i + 4))));
    }
    out.println("Record: problem " + draw.problemDigest().substring(0, 16) + "…, distribution "
        + draw.distributionDigest().substring(0, 16) + "…; re-run with the same files, size,"
        + " algorithm and seed to check it");
    out.flush();
    return 0;
  }
}
