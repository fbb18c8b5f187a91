package io.yishi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.Estimate;
import io.yishi.core.simulation.Experiment;
import io.yishi.core.simulation.ExperimentResult;
import io.yishi.core.simulation.ExperimentTotals;
import io.yishi.core.simulation.RunObserver;
import io.yishi.core.simulation.Simulator;
import io.yishi.core.spi.Parameters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yishi simulate}: runs a rule-comparison experiment, from options or from {@code
 * --experiment FILE.json}, and prints a table, JSON ({@code --json}) or one CSV row per run and
 * rule ({@code --csv}). Progress goes to stderr when the experiment runs longer than a second.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Compare rules on many seeded runs drawn from a preference model.")
final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--model", paramLabel = "ID",
      description = "The preference model, e.g. impartial, mallows, urn, spatial (default"
          + " impartial; see 'yishi plugins').")
  @Nullable String model;

  @Option(names = "--params", paramLabel = "JSON",
      description = "The model's parameters as a JSON object, e.g. '{\"dispersion\": 0.3}'.")
  @Nullable String params;

  @Option(names = "--voters", paramLabel = "N", description = "Voters per run (default 1000).")
  @Nullable Integer voters;

  @Option(names = "--candidates", paramLabel = "M",
      description = "Options per run, 2 to 8 (default 5).")
  @Nullable Integer candidates;

  @Option(names = "--runs", paramLabel = "R", description = "Runs (default 1000).")
  @Nullable Integer runs;

  @Option(names = "--rules", paramLabel = "a,b,c", split = ",",
      description = "The rules to compare (default plurality,irv,borda,schulze).")
  @Nullable List<String> rules;

  @Option(names = "--seed", paramLabel = "S", description = "The seed (default 0).")
  @Nullable Long seed;

  @Option(names = "--turnout", paramLabel = "P",
      description = "Each voter's chance of voting, in [0, 1] (default 1).")
  @Nullable Double turnout;

  @Option(names = "--experiment", paramLabel = "FILE.json",
      description = "Read the whole experiment from a file instead: {\"model\","
          + " \"modelParameters\", \"voters\", \"candidates\", \"turnout\", \"rules\": [{\"id\","
          + " \"parameters\"}], \"runs\", \"seed\"}.")
  @Nullable Path experimentFile;

  @Option(names = "--chart", paramLabel = "FILE",
      description = "Also draw each metric by rule with its interval, as PNG or SVG by the"
          + " file's extension.")
  @Nullable Path chart;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads (default: every core); the figures do not depend on it.")
  @Nullable Integer threads;

  @CommandLine.ArgGroup(exclusive = true)
  @Nullable Format format;

  /** How the result is printed, when not as a table. */
  static final class Format {
    @Option(names = "--json", required = true, description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--csv", required = true,
        description = "Print one row per run and rule:"
            + " run,rule,voters,condorcetWinner,winners,vse.")
    boolean csv;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = YishiJson.mapper();
    Experiment experiment = experiment(mapper);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) {
      throw new IllegalArgumentException("--threads: must be at least 1, was " + t);
    }
    if (chart != null) {
      String name = chart.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".png") && !name.endsWith(".svg")) {
        throw new IllegalArgumentException("--chart: must name a .png or .svg file, was "
            + chart);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean csv = format != null && format.csv;
    if (csv) {
      out.println("run,rule,voters,condorcetWinner,winners,vse");
    }
    Progress progress = new Progress(experiment.runs());
    PluginRegistry registry = PluginRegistry.load();
    ExperimentTotals totals = Simulator.runRange(experiment,
        registry.preferenceModel(experiment.model()), registry::decisionRule, 0,
        experiment.runs(), t, run -> {
          if (csv) {
            row(out, run);
          }
          progress.tick(run.index());
        });
    progress.done();
    ExperimentResult result = ExperimentResult.of(experiment, totals);
    if (chart != null) {
      SimulationChart.write(result, chart);
    }
    if (format != null && format.json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else if (!csv) {
      table(out, result);
    }
    out.flush();
    return 0;
  }

  private Experiment experiment(ObjectMapper mapper) {
    if (experimentFile != null) {
      if (model != null || params != null || voters != null || candidates != null
          || runs != null || rules != null || seed != null || turnout != null) {
        throw new IllegalArgumentException("--experiment: give either the file or the"
            + " experiment's options, not both");
      }
      String text;
      try {
        text = Files.readString(experimentFile);
      } catch (NoSuchFileException e) {
        throw new UncheckedIOException("--experiment: no such file: " + experimentFile, e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return CliInput.read(mapper, text, Experiment.class, experimentFile.toString());
    }
    Parameters modelParameters = params == null ? Parameters.empty()
        : CliInput.read(mapper, params, Parameters.class, "--params");
    List<String> ids = rules == null ? List.of("plurality", "irv", "borda", "schulze") : rules;
    return new Experiment(model == null ? "impartial" : model, modelParameters,
        voters == null ? 1000 : voters, candidates == null ? 5 : candidates,
        turnout == null ? 1.0 : turnout,
        ids.stream().map(String::strip).map(Experiment.Rule::of).toList(),
        runs == null ? 1000 : runs, seed == null ? 0L : seed);
  }

  private static void row(PrintWriter out, RunObserver.Run run) {
    for (RunObserver.Choice c : run.choices()) {
      out.println(run.index() + "," + c.rule() + "," + run.voters() + ","
          + (run.condorcetWinner() < 0 ? "" : run.condorcetWinner()) + ","
          + c.winners().stream().map(String::valueOf).collect(Collectors.joining(" ")) + ","
          + (Double.isNaN(c.vse()) ? "" : c.vse()));
    }
  }

  private static void table(PrintWriter out, ExperimentResult r) {
    out.printf(Locale.ROOT, "%s %s: %d voters, %d candidates, turnout %s, %d runs, seed %d%n",
        r.model(), r.modelParameters().isEmpty() ? "" : r.modelParameters(), r.voters(),
        r.candidates(), r.turnout(), r.runs(), r.seed());
    out.printf(Locale.ROOT, "Condorcet winner in %s of runs%n", rate(r.condorcetWinnerRate()));
    int width = Math.max(6, r.rules().keySet().stream().mapToInt(String::length).max()
        .orElse(6));
    out.printf(Locale.ROOT, "%-" + width + "s  %-22s  %-26s  %s%n", "rule", "decided",
        "Condorcet efficiency", "VSE");
    for (Map.Entry<String, ExperimentResult.RuleMetrics> e : r.rules().entrySet()) {
      ExperimentResult.RuleMetrics m = e.getValue();
      out.printf(Locale.ROOT, "%-" + width + "s  %-22s  %-26s  %s%n", e.getKey(),
          rate(m.decidedRate()), m.condorcetEfficiency() == null ? "-"
              : rate(m.condorcetEfficiency()), m.vse() == null ? "-" : mean(m.vse()));
    }
    out.println("Intervals are 95% (Wilson for shares). Agreement between rules: --json.");
  }

  private static String rate(Estimate e) {
    return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * e.mean(), 100 * e.low(),
        100 * e.high());
  }

  private static String mean(Estimate e) {
    return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.mean(), e.low(), e.high());
  }

  /** Shows on stderr how far a long experiment has got, once a second. */
  private final class Progress {
    private final int runs;
    private final long start = System.nanoTime();
    private long shown;

    Progress(int runs) {
      this.runs = runs;
    }

    void tick(int index) {
      long now = System.nanoTime();
      if (now - start > 1_000_000_000L && now - shown > 1_000_000_000L) {
        shown = now;
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "simulate: %d of %d runs%n", index + 1, runs);
        err.flush();
      }
    }

    void done() {
      if (shown != 0) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "simulate: %d runs in %.1f s%n", runs,
            (System.nanoTime() - start) / 1e9);
        err.flush();
      }
    }
  }
}
