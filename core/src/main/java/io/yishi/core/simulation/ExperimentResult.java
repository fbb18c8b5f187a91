package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.electorate.Weighting;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an experiment found: the share of runs with a Condorcet winner, the spread of opinions
 * before and after deliberation, and per rule its metrics with 95% confidence intervals. Written
 * as JSON with the fields {@code runs}, {@code seed}, {@code model}, {@code modelParameters},
 * {@code voters}, {@code candidates}, {@code turnout}, {@code population}, {@code groupTurnout},
 * {@code minorityGroup}, {@code deliberation}, {@code condorcetWinnerRate}, {@code spreadBefore},
 * {@code spreadAfter} and {@code rules}, keyed by rule id.
 *
 * @param runs how many runs
 * @param seed the experiment's seed
 * @param model the preference model's id
 * @param modelParameters its parameters as given
 * @param voters the voters per run: the population's size when there is one
 * @param candidates the options per run
 * @param turnout each voter's chance of voting (outside the groups of {@code groupTurnout})
 * @param population what the population was, or null for anonymous voters
 * @param groupTurnout each listed group's chance of voting
 * @param minorityGroup the group whose satisfaction was measured, or null
 * @param deliberation the opinion-dynamics model of the deliberation, or null
 * @param condorcetWinnerRate the share of runs whose tally had a Condorcet winner
 * @param spreadBefore the mean standard deviation of the voters' opinions before deliberation,
 *     or null without a population
 * @param spreadAfter the same after deliberation, or null without one
 * @param rules each rule's metrics, in the experiment's order
 * @param totals the exact totals the figures come from, to merge with other ranges
 */
@Experimental
public record ExperimentResult(int runs, long seed, String model,
    Map<String, Object> modelParameters, int voters, int candidates, double turnout,
    @Nullable PopulationSummary population, Map<String, Double> groupTurnout,
    @Nullable String minorityGroup, @Nullable String deliberation, Estimate condorcetWinnerRate,
    @Nullable Estimate spreadBefore, @Nullable Estimate spreadAfter,
    Map<String, RuleMetrics> rules, ExperimentTotals totals) {

  /**
   * One rule's metrics.
   *
   * @param decidedRate the share of runs in which the rule chose an option; for a motion rule,
   *     the share in which its quorum was met
   * @param adoptionRate in a two-option experiment, the share of runs in which the rule chose
   *     option 0 (adopting the motion) alone; null otherwise
   * @param condorcetEfficiency over runs with a Condorcet winner, the share in which the rule
   *     chose it (a tie among k winners counts 1/k); null when no run had one
   * @param vse voter satisfaction efficiency: the utilitarian welfare of the rule's choice above
   *     that of an option drawn at random, over the best option's, over the runs with utilities
   *     in which the rule chose; null when there were none. Welfare, like the Condorcet winner,
   *     counts the voters who turned out, one head each, whatever a population's weights
   * @param minoritySatisfaction the mean share of the minority group's members, voting or not,
   *     whose preferred option (by their opinion as the vote is taken, after any deliberation)
   *     the outcome is; no choice keeps things as they are (option 1), and indifferent members
   *     do not count; null without a minority group
   * @param agreement for each rule, the share of runs in which both chose the same options
   */
  public record RuleMetrics(Estimate decidedRate, @Nullable Estimate adoptionRate,
      @Nullable Estimate condorcetEfficiency, @Nullable Estimate vse,
      @Nullable Estimate minoritySatisfaction, Map<String, Estimate> agreement) {}

  /**
   * What a population was, so that a result explains itself.
   *
   * @param model the population model's id
   * @param weighting {@code "per-person"} or {@code "floor-area"}
   * @param totalWeight the voters' total weight: heads, or square metres
   * @param groups each group's name and size
   */
  public record PopulationSummary(String model, String weighting, BigDecimal totalWeight,
      Map<String, Integer> groups) {

    /**
     * {@return the summary of a population}
     *
     * @param model the population model's id
     * @param population the population
     */
    public static PopulationSummary of(String model, Population population) {
      Map<String, Integer> groups = new LinkedHashMap<>();
      for (String g : population.groups()) {
        groups.put(g, population.groupSize(g));
      }
      return new PopulationSummary(model, population.weighting() == Weighting.FLOOR_AREA
          ? "floor-area" : population.weighting().name().toLowerCase(Locale.ROOT).replace('_',
              '-'), population.totalWeightDecimal(), groups);
    }
  }

  /**
   * {@return the result of an experiment on anonymous voters, from its totals}
   *
   * @param experiment the experiment
   * @param totals the totals of all its runs
   * @throws IllegalArgumentException if the experiment has a population (use {@link
   *     #of(Experiment, Population, ExperimentTotals)})
   */
  public static ExperimentResult of(Experiment experiment, ExperimentTotals totals) {
    return of(experiment, null, totals);
  }

  /**
   * {@return the result of an experiment, from its totals}
   *
   * @param experiment the experiment
   * @param population the population its runs drew on ({@link Simulator#population}), or null
   *     for anonymous voters
   * @param totals the totals of all its runs
   * @throws IllegalArgumentException if a population is given to an experiment without one or
   *     the other way round
   */
  public static ExperimentResult of(Experiment experiment, @Nullable Population population,
      ExperimentTotals totals) {
    checkNotNull(experiment, "experiment");
    checkNotNull(totals, "totals");
    checkArgument((population == null) == (experiment.population() == null),
        "population: give the population exactly when the experiment has one");
    boolean twoOptions = experiment.candidates() == 2;
    Map<String, RuleMetrics> rules = new LinkedHashMap<>();
    for (ExperimentTotals.RuleTotals t : totals.rules()) {
      Map<String, Estimate> agreement = new LinkedHashMap<>();
      for (int i = 0; i < totals.rules().size(); i++) {
        agreement.put(totals.rules().get(i).rule(), Estimate.rate(t.agreements().get(i),
            totals.runs()));
      }
      rules.put(t.rule(), new RuleMetrics(Estimate.rate(t.decided(), totals.runs()),
          twoOptions ? Estimate.rate(t.adopted(), totals.runs()) : null,
          totals.condorcetRuns() == 0 ? null
              : Estimate.rate(t.condorcetPicks().doubleValue(), totals.condorcetRuns()),
          t.vse().estimate(), experiment.minorityGroup() == null ? null
              : t.satisfaction().estimate(), agreement));
    }
    Experiment.PopulationSpec spec = experiment.population();
    return new ExperimentResult(totals.runs(), experiment.seed(), experiment.model(),
        experiment.modelParameters().asMap(),
        population == null ? experiment.voters() : population.size(), experiment.candidates(),
        experiment.turnout(),
        population == null || spec == null ? null : PopulationSummary.of(spec.model(),
            population), experiment.groupTurnout(), experiment.minorityGroup(),
        experiment.deliberation() == null ? null : experiment.deliberation().dynamics(),
        Estimate.rate(totals.condorcetRuns(), totals.runs()), totals.spreadBefore().estimate(),
        totals.spreadAfter().estimate(), rules, totals);
  }
}
