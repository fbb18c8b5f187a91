package io.yishi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.Estimate;
import io.yishi.core.simulation.Experiment;
import io.yishi.core.simulation.ExperimentResult;
import io.yishi.core.simulation.ExperimentTotals;
import io.yishi.core.simulation.Population;
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
      description = "The rules to compare (default plurality,irv,borda,schulze; with"
          + " --population owners-major,majority,residents-meeting).")
  @Nullable List<String> rules;

  @Option(names = "--seed", paramLabel = "S", description = "The seed (default 0).")
  @Nullable Long seed;

  @Option(names = "--turnout", paramLabel = "P",
      description = "Each voter's chance of voting, in [0, 1] (default 1).")
  @Nullable Double turnout;

  @Option(names = "--experiment", paramLabel = "FILE.json",
      description = "Read the whole experiment from a file instead: {\"model\","
          + " \"modelParameters\", \"voters\", \"candidates\", \"turnout\", \"rules\": [{\"id\","
          + " \"parameters\"}], \"runs\", \"seed\"}, and for a motion put to a community"
          + " \"population\": {\"model\", \"parameters\"}, \"groupTurnout\","
          + " \"minorityGroup\", \"deliberation\": {\"dynamics\", \"parameters\","
          + " \"network\"}.")
  @Nullable Path experimentFile;

  @Option(names = "--population", paramLabel = "ID|FILE.json",
      description = "Put one motion to a community's voters: a population model (lixiong,"
          + " community) or a community's JSON description. Two options then, adopt or keep;"
          + " the model defaults to support.")
  @Nullable String population;

  @Option(names = "--population-params", paramLabel = "JSON",
      description = "The population model's parameters, e.g. '{\"units\": 1000,"
          + " \"electorate\": \"owners\"}'.")
  @Nullable String populationParams;

  @Option(names = "--group-turnout", paramLabel = "JSON",
      description = "Each group's chance of voting, e.g. '{\"tenant\": 0.3}'; a voter in several"
          + " listed groups takes their mean, others vote with --turnout.")
  @Nullable String groupTurnout;

  @Option(names = "--minority", paramLabel = "GROUP",
      description = "Measure how often this group's members get the outcome they prefer.")
  @Nullable String minority;

  @Option(names = "--deliberation", paramLabel = "ID",
      description = "Let opinions move before each vote under an opinion-dynamics model"
          + " (degroot, friedkin-johnsen, hegselmann-krause, deffuant) among households,"
          + " buildings and two random acquaintances each.")
  @Nullable String deliberation;

  @Option(names = "--deliberation-params", paramLabel = "JSON",
      description = "The opinion-dynamics model's parameters, e.g. '{\"rounds\": 20}'.")
  @Nullable String deliberationParams;

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
    Simulator.check(experiment, registry);
    Population voters = Simulator.population(experiment, registry);
    ExperimentTotals totals = Simulator.runRange(experiment, registry, voters, 0,
        experiment.runs(), t, run -> {
          if (csv) {
            row(out, run);
          }
          progress.tick(run.index());
        });
    progress.done();
    ExperimentResult result = ExperimentResult.of(experiment, voters, totals);
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
          || runs != null || rules != null || seed != null || turnout != null
          || population != null || populationParams != null || groupTurnout != null
          || minority != null || deliberation != null || deliberationParams != null) {
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
      return CliInput.read(mapper, withPopulationDefaults(mapper, text, experimentFile),
          Experiment.class, experimentFile.toString());
    }
    Parameters modelParameters = params == null ? Parameters.empty()
        : CliInput.read(mapper, params, Parameters.class, "--params");
    List<String> ids = rules != null ? rules : population == null
        ? List.of("plurality", "irv", "borda", "schulze")
        : List.of("owners-major", "majority", "residents-meeting");
    List<Experiment.Rule> ruleList = ids.stream().map(String::strip).map(Experiment.Rule::of)
        .toList();
    if (population == null) {
      for (String option : new String[] {populationParams == null ? null : "--population-params",
          groupTurnout == null ? null : "--group-turnout", minority == null ? null : "--minority",
          deliberation == null ? null : "--deliberation",
          deliberationParams == null ? null : "--deliberation-params"}) {
        if (option != null) {
          throw new IllegalArgumentException(option + ": needs --population");
        }
      }
      return new Experiment(model == null ? "impartial" : model, modelParameters,
          voters == null ? 1000 : voters, candidates == null ? 5 : candidates,
          turnout == null ? 1.0 : turnout, ruleList, runs == null ? 1000 : runs,
          seed == null ? 0L : seed);
    }
    Map<String, Double> byGroup = groupTurnout == null ? Map.of()
        : CliInput.read(mapper, groupTurnout, mapper.getTypeFactory().constructMapType(
            java.util.LinkedHashMap.class, String.class, Double.class), "--group-turnout");
    Experiment.Deliberation deliberate = null;
    if (deliberation != null) {
      deliberate = new Experiment.Deliberation(deliberation, deliberationParams == null
          ? Parameters.empty()
          : CliInput.read(mapper, deliberationParams, Parameters.class, "--deliberation-params"),
          null);
    } else if (deliberationParams != null) {
      throw new IllegalArgumentException("--deliberation-params: needs --deliberation");
    }
    return new Experiment(model == null ? "support" : model, modelParameters,
        voters == null ? 0 : voters, candidates == null ? 2 : candidates,
        turnout == null ? 1.0 : turnout, ruleList, runs == null ? 1000 : runs,
        seed == null ? 0L : seed, populationSpec(mapper), byGroup, minority, deliberate);
  }

  /**
   * Reads {@code --population}: a model's id, or a file with a community's JSON description
   * (read by the {@code community} model).
   */
  private Experiment.PopulationSpec populationSpec(ObjectMapper mapper) {
    Parameters parameters = populationParams == null ? Parameters.empty()
        : CliInput.read(mapper, populationParams, Parameters.class, "--population-params");
    if (!population.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return new Experiment.PopulationSpec(population, parameters);
    }
    Path file = Path.of(population);
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("--population: no such file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object description = withoutNulls(CliInput.read(mapper, text, Object.class,
        file.toString()));
    return new Experiment.PopulationSpec("community", parameters.with("community",
        description));
  }

  /**
   * {@return the data without null values}: a parameter holds none, and in a community's
   * description a null only says that an optional field is absent
   */
  private static Object withoutNulls(Object data) {
    if (data instanceof Map<?, ?> map) {
      Map<Object, Object> kept = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> {
        if (v != null) {
          kept.put(k, withoutNulls(v));
        }
      });
      return kept;
    }
    if (data instanceof List<?> list) {
      return list.stream().filter(java.util.Objects::nonNull).map(SimulateCommand::withoutNulls)
          .toList();
    }
    return data;
  }

  /**
   * {@return the experiment file's text with {@code voters} 0 and {@code candidates} 2 filled in
   * when it has a population and leaves them out}, as the options do
   */
  private static String withPopulationDefaults(ObjectMapper mapper, String text, Path file) {
    com.fasterxml.jackson.databind.JsonNode tree = CliInput.read(mapper, text,
        com.fasterxml.jackson.databind.JsonNode.class, file.toString());
    if (tree instanceof com.fasterxml.jackson.databind.node.ObjectNode object
        && object.hasNonNull("population")) {
      if (!object.has("voters")) {
        object.put("voters", 0);
      }
      if (!object.has("candidates")) {
        object.put("candidates", 2);
      }
      return object.toString();
    }
    return text;
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
    out.printf(Locale.ROOT, "%s %s: %d voters, %d candidates, turnout %s%s, %d runs, seed %d%n",
        r.model(), r.modelParameters().isEmpty() ? "" : r.modelParameters(), r.voters(),
        r.candidates(), r.turnout(), r.groupTurnout().isEmpty() ? ""
            : " (" + r.groupTurnout() + ")", r.runs(), r.seed());
    ExperimentResult.PopulationSummary p = r.population();
    if (p != null) {
      out.printf(Locale.ROOT, "population %s: %d voters weighted %s, %s%s in all%n", p.model(),
          r.voters(), p.weighting(), p.totalWeight().toPlainString(),
          p.weighting().equals("floor-area") ? " m²" : "");
    }
    if (r.spreadBefore() != null) {
      out.printf(Locale.ROOT, "spread of opinions (sd): %s before%s%n", mean(r.spreadBefore()),
          r.spreadAfter() == null ? "" : ", " + mean(r.spreadAfter()) + " after deliberation ("
              + r.deliberation() + ")");
    }
    out.printf(Locale.ROOT, "Condorcet winner in %s of runs%n", rate(r.condorcetWinnerRate()));
    int width = Math.max(6, r.rules().keySet().stream().mapToInt(String::length).max()
        .orElse(6));
    boolean adoption = r.candidates() == 2;
    boolean minority = r.minorityGroup() != null;
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width
        + "s  %-22s", "rule", "decided"));
    if (adoption) {
      header.append(String.format(Locale.ROOT, "  %-22s", "adopted"));
    }
    header.append(String.format(Locale.ROOT, "  %-26s  %-21s", "Condorcet efficiency", "VSE"));
    if (minority) {
      header.append("  satisfied: ").append(r.minorityGroup());
    }
    out.println(header.toString().stripTrailing());
    for (Map.Entry<String, ExperimentResult.RuleMetrics> e : r.rules().entrySet()) {
      ExperimentResult.RuleMetrics m = e.getValue();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width
          + "s  %-22s", e.getKey(), rate(m.decidedRate())));
      if (adoption) {
        line.append(String.format(Locale.ROOT, "  %-22s", rate(m.adoptionRate())));
      }
      line.append(String.format(Locale.ROOT, "  %-26s  %-21s", m.condorcetEfficiency() == null
          ? "-" : rate(m.condorcetEfficiency()), m.vse() == null ? "-" : mean(m.vse())));
      if (minority) {
        line.append("  ").append(m.minoritySatisfaction() == null ? "-"
            : rate(m.minoritySatisfaction()));
      }
      out.println(line.toString().stripTrailing());
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
