package io.yishi.examples.lixiong;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.Estimate;
import io.yishi.core.simulation.Experiment;
import io.yishi.core.simulation.ExperimentResult;
import io.yishi.core.simulation.Population;
import io.yishi.core.simulation.Simulator;
import io.yishi.core.spi.Parameters;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A study for the demo: about 1,000 simulated owners of a Lixiong-like community vote on one
 * motion, and three rules count the same votes: {@code owners-major} (Civil Code art. 278, a
 * major matter), {@code majority} and {@code residents-meeting}. The study runs at three
 * turnouts, and once more after a deliberation among neighbours, and prints a table and a chart
 * of how often each rule met its quorum and adopted the motion, and how often the landlords
 * (who turn out less and like the motion less) got the outcome they preferred.
 */
final class OwnersStudyScene {

  static final List<String> RULES = List.of("owners-major", "majority", "residents-meeting");
  private static final long SEED = 2026;
  private static final int RUNS = 1000;

  private OwnersStudyScene() {}

  /**
   * Runs the study and prints it.
   *
   * @param out where to print, about 30 lines
   * @param registry where the models and rules are found
   * @return the result at 80% turnout after deliberation, for a chart
   */
  static ExperimentResult run(PrintWriter out, PluginRegistry registry) {
    out.println("== A study: 1,000 simulated owners, three rules ==");
    List<String> labels = new ArrayList<>();
    List<ExperimentResult> results = new ArrayList<>();
    for (double turnout : new double[] {0.4, 0.6, 0.8}) {
      labels.add(String.format(Locale.ROOT, "%.0f%%", 100 * turnout));
      results.add(Simulator.run(experiment(turnout, null), registry, 2));
    }
    labels.add("80%, talked");
    ExperimentResult talked = Simulator.run(experiment(0.8, new Experiment.Deliberation(
        "degroot", Parameters.of(Map.of("rounds", 3, "selfWeight", 0.6)), null)), registry, 2);
    results.add(talked);
    ExperimentResult first = results.get(0);
    ExperimentResult.PopulationSummary p = first.population();
    Population owners = Simulator.population(experiment(0.4, null), registry);
    out.printf(Locale.ROOT, "%,d owners (%d of them landlords) of 1,050 flats in old and new"
        + " estates, %,.2f m² in all,%ndrawn by the '%s' population model; each owner counts"
        + " once, with the area of every flat held.%n", first.voters(),
        owners.groupSize("landlord"), p.totalWeight(), p.model());
    out.println("The motion: adding lifts to the old buildings, a renovation (改建, art. 278 item 7,"
        + " a major matter). Each owner's support is");
    out.println("drawn around 0.6 (landlords 0.35); landlords turn out half as often. "
        + String.format(Locale.ROOT, "%,d", RUNS) + " runs per row, seed " + SEED + ".");
    out.println("A landlord is satisfied when the outcome is the one they prefer as they vote.");
    out.println();
    out.printf(Locale.ROOT, "%-12s %-18s %-13s %-13s %s%n", "turnout", "rule", "quorum met",
        "adopted", "landlords satisfied");
    for (int i = 0; i < results.size(); i++) {
      for (String rule : RULES) {
        ExperimentResult.RuleMetrics m = results.get(i).rules().get(rule);
        out.printf(Locale.ROOT, "%-12s %-18s %-13s %-13s %s%n",
            rule.equals(RULES.get(0)) ? labels.get(i) : "", rule, share(m.decidedRate()),
            share(m.adoptionRate()), share(m.minoritySatisfaction()));
      }
    }
    out.println();
    out.println("Adopted, by turnout (each █ is 5% of runs):");
    for (String rule : RULES) {
      for (int i = 0; i < results.size(); i++) {
        double adopted = results.get(i).rules().get(rule).adoptionRate().mean();
        int bars = (int) Math.round(adopted * 20);
        out.printf(Locale.ROOT, "  %-18s %-12s |%s%s| %s%n", i == 0 ? rule : "", labels.get(i),
            "█".repeat(bars), " ".repeat(20 - bars), share(results.get(i).rules().get(rule)
                .adoptionRate()));
      }
    }
    out.println();
    out.printf(Locale.ROOT, "Talking it over (DeGroot, 3 rounds among households, buildings and"
        + " two acquaintances each)%nnarrows the spread of opinions from %.3f to %.3f.%n",
        talked.spreadBefore().mean(), talked.spreadAfter().mean());
    out.println("owners-major needs two thirds of the owners and of the area to take part"
        + " (Civil Code art. 278):");
    out.println("below that turnout it cannot decide at all, whatever the owners think. The"
        + " other two rules count the");
    out.println("same owners' votes for comparison; a residents' meeting proper is of adult"
        + " residents, tenants among them.");
    return talked;
  }

  static Experiment experiment(double turnout, Experiment.@Nullable Deliberation deliberation) {
    return new Experiment("support", Parameters.of(Map.of("support", 0.6, "concentration", 6,
        "groupSupport", Map.of("landlord", 0.35))), 0, 2, turnout,
        RULES.stream().map(Experiment.Rule::of).toList(), RUNS, SEED,
        new Experiment.PopulationSpec("lixiong", Parameters.of(Map.of("units", 1050))),
        Map.of("landlord", turnout / 2), "landlord", deliberation);
  }

  private static String share(Estimate e) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * e.mean());
  }
}
