package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact totals of a range of an experiment's runs, from which every metric follows. Sums of
 * per-run values are kept as exact decimals, so totals merge in any order to the same figures:
 * a sweep split into ranges, run apart and merged, gives the result of one whole run, bit for
 * bit, whatever the number of threads.
 *
 * @param fromRun the first run index, inclusive
 * @param toRun the last run index, exclusive
 * @param condorcetRuns the runs whose tally had a Condorcet winner
 * @param utilityRuns the runs whose tally had utilities and options of unequal welfare
 * @param rules each rule's totals, in the experiment's order
 */
@Experimental
public record ExperimentTotals(int fromRun, int toRun, long condorcetRuns, long utilityRuns,
    List<RuleTotals> rules) {

  /**
   * One rule's totals.
   *
   * @param rule the rule's id
   * @param decided the runs in which it chose at least one option
   * @param condorcetPicks over runs with a Condorcet winner, the share of the rule's winners
   *     that is that winner (1 when it alone is chosen, 1/k among k tied winners), summed
   * @param vseRuns the runs with utilities in which the rule chose an option
   * @param vseSum over those runs, the voter satisfaction efficiency summed
   * @param vseSquares the squares of those values summed
   * @param agreements for each rule in the experiment's order, the runs in which both chose the
   *     same options
   */
  public record RuleTotals(String rule, long decided, BigDecimal condorcetPicks, long vseRuns,
      BigDecimal vseSum, BigDecimal vseSquares, List<Long> agreements) {
    /**
     * Refuses nulls and copies the list.
     *
     * @param rule the rule's id
     * @param decided the runs in which it chose
     * @param condorcetPicks the Condorcet winner's shares summed
     * @param vseRuns the runs with utilities in which it chose
     * @param vseSum the VSE values summed
     * @param vseSquares their squares summed
     * @param agreements the runs agreeing with each rule
     */
    public RuleTotals {
      checkNotNull(rule, "rule");
      checkNotNull(condorcetPicks, "condorcetPicks");
      checkNotNull(vseSum, "vseSum");
      checkNotNull(vseSquares, "vseSquares");
      agreements = List.copyOf(agreements);
    }

    RuleTotals plus(RuleTotals o) {
      checkArgument(rule.equals(o.rule), "totals of rule %s cannot merge with %s", rule, o.rule);
      List<Long> agree = new ArrayList<>();
      for (int i = 0; i < agreements.size(); i++) {
        agree.add(agreements.get(i) + o.agreements.get(i));
      }
      return new RuleTotals(rule, decided + o.decided, condorcetPicks.add(o.condorcetPicks),
          vseRuns + o.vseRuns, vseSum.add(o.vseSum), vseSquares.add(o.vseSquares), agree);
    }
  }

  /**
   * Checks the range and copies the list.
   *
   * @param fromRun the first run index, inclusive, at least 0
   * @param toRun the last run index, exclusive, above {@code fromRun}
   * @param condorcetRuns the runs with a Condorcet winner
   * @param utilityRuns the runs with utilities
   * @param rules each rule's totals
   * @throws IllegalArgumentException if the range is empty or negative
   */
  public ExperimentTotals {
    checkArgument(fromRun >= 0 && toRun > fromRun, "runs [%s, %s): must be a non-empty range",
        fromRun, toRun);
    rules = List.copyOf(rules);
  }

  /** {@return how many runs the totals cover} */
  public int runs() {
    return toRun - fromRun;
  }

  /**
   * {@return the totals of this range and the one that follows it}
   *
   * @param next the totals of the runs from this range's end, of the same experiment
   * @throws IllegalArgumentException if {@code next} does not start where this range ends or
   *     counts other rules
   */
  public ExperimentTotals merge(ExperimentTotals next) {
    checkArgument(next.fromRun == toRun, "runs: [%s, %s) cannot be followed by [%s, %s)",
        fromRun, toRun, next.fromRun, next.toRun);
    checkArgument(next.rules.size() == rules.size(), "rules: %s cannot merge with %s",
        rules.size(), next.rules.size());
    List<RuleTotals> merged = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      merged.add(rules.get(i).plus(next.rules.get(i)));
    }
    return new ExperimentTotals(fromRun, next.toRun, condorcetRuns + next.condorcetRuns,
        utilityRuns + next.utilityRuns, merged);
  }
}
