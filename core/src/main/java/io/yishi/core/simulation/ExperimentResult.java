package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an experiment found: the share of runs with a Condorcet winner, and per rule its metrics
 * with 95% confidence intervals. Written as JSON with the fields {@code runs}, {@code seed},
 * {@code model}, {@code modelParameters}, {@code voters}, {@code candidates}, {@code turnout},
 * {@code condorcetWinnerRate} and {@code rules}, keyed by rule id.
 *
 * @param runs how many runs
 * @param seed the experiment's seed
 * @param model the preference model's id
 * @param modelParameters its parameters as given
 * @param voters the voters per run
 * @param candidates the options per run
 * @param turnout each voter's chance of voting
 * @param condorcetWinnerRate the share of runs whose tally had a Condorcet winner
 * @param rules each rule's metrics, in the experiment's order
 * @param totals the exact totals the figures come from, to merge with other ranges
 */
@Experimental
public record ExperimentResult(int runs, long seed, String model,
    Map<String, Object> modelParameters, int voters, int candidates, double turnout,
    Estimate condorcetWinnerRate, Map<String, RuleMetrics> rules, ExperimentTotals totals) {

  /**
   * One rule's metrics.
   *
   * @param decidedRate the share of runs in which the rule chose an option
   * @param condorcetEfficiency over runs with a Condorcet winner, the share in which the rule
   *     chose it (a tie among k winners counts 1/k); null when no run had one
   * @param vse voter satisfaction efficiency: the utilitarian welfare of the rule's choice above
   *     that of an option drawn at random, over the best option's, over the runs with utilities
   *     in which the rule chose; null when there were none
   * @param agreement for each rule, the share of runs in which both chose the same options
   */
  public record RuleMetrics(Estimate decidedRate, @Nullable Estimate condorcetEfficiency,
      @Nullable Estimate vse, Map<String, Estimate> agreement) {}

  /**
   * {@return the result of an experiment from its totals}
   *
   * @param experiment the experiment
   * @param totals its totals over all its runs, or over the range to report
   */
  public static ExperimentResult of(Experiment experiment, ExperimentTotals totals) {
    Map<String, RuleMetrics> rules = new LinkedHashMap<>();
    for (ExperimentTotals.RuleTotals t : totals.rules()) {
      Map<String, Estimate> agreement = new LinkedHashMap<>();
      for (int i = 0; i < totals.rules().size(); i++) {
        agreement.put(totals.rules().get(i).rule(), Estimate.rate(t.agreements().get(i),
            totals.runs()));
      }
      rules.put(t.rule(), new RuleMetrics(Estimate.rate(t.decided(), totals.runs()),
          totals.condorcetRuns() == 0 ? null
              : Estimate.rate(t.condorcetPicks().doubleValue(), totals.condorcetRuns()),
          t.vseRuns() == 0 ? null : Estimate.mean(t.vseSum().doubleValue(),
              t.vseSquares().doubleValue(), t.vseRuns()), agreement));
    }
    return new ExperimentResult(totals.runs(), experiment.seed(), experiment.model(),
        experiment.modelParameters().asMap(), experiment.voters(), experiment.candidates(),
        experiment.turnout(), Estimate.rate(totals.condorcetRuns(), totals.runs()), rules,
        totals);
  }
}
