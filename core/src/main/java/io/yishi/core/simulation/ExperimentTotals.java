package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
 * @param spreadBefore the standard deviation of the voters' opinions before deliberation, per
 *     run with a population
 * @param spreadAfter the same after deliberation, per run with a deliberation
 * @param rules each rule's totals, in the experiment's order
 */
@Experimental
public record ExperimentTotals(int fromRun, int toRun, long condorcetRuns, long utilityRuns,
    Moments spreadBefore, Moments spreadAfter, List<RuleTotals> rules) {

  /**
   * How many values were summed, their exact sum and the sum of their squares.
   *
   * @param count how many values, {@code >= 0}
   * @param sum their sum
   * @param squares the sum of their squares
   */
  public record Moments(long count, BigDecimal sum, BigDecimal squares) {

    /** No values. */
    public static final Moments NONE = new Moments(0, BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * Refuses nulls and a negative count.
     *
     * @param count how many values
     * @param sum their sum
     * @param squares the sum of their squares
     */
    public Moments {
      checkArgument(count >= 0, "count: must be >= 0, was %s", count);
      checkNotNull(sum, "sum");
      checkNotNull(squares, "squares");
    }

    /**
     * {@return these values and one more}, added exactly
     *
     * @param value a finite value
     */
    public Moments plus(double value) {
      BigDecimal exact = new BigDecimal(value);
      return new Moments(count + 1, sum.add(exact), squares.add(exact.multiply(exact)));
    }

    /**
     * {@return these values and those}
     *
     * @param other more values
     */
    public Moments plus(Moments other) {
      return new Moments(count + other.count, sum.add(other.sum), squares.add(other.squares));
    }

    /** {@return the mean with its 95% interval, or null when there are no values} */
    public @Nullable Estimate estimate() {
      return count == 0 ? null
          : Estimate.mean(sum.doubleValue(), squares.doubleValue(), count);
    }
  }

  /**
   * One rule's totals.
   *
   * @param rule the rule's id
   * @param decided the runs in which it chose at least one option (for a motion rule: its
   *     quorum was met)
   * @param adopted the runs in which it chose option 0 alone: adopting, in a two-option
   *     experiment
   * @param condorcetPicks over runs with a Condorcet winner, the share of the rule's winners
   *     that is that winner (1 when it alone is chosen, 1/k among k tied winners), summed
   * @param vse over the runs with utilities in which the rule chose an option, the voter
   *     satisfaction efficiency
   * @param satisfaction over the runs in which members of the minority group had a preference,
   *     the share of them whose preferred option the outcome is
   * @param agreements for each rule in the experiment's order, the runs in which both chose the
   *     same options
   */
  public record RuleTotals(String rule, long decided, long adopted, BigDecimal condorcetPicks,
      Moments vse, Moments satisfaction, List<Long> agreements) {
    /**
     * Refuses nulls and copies the list.
     *
     * @param rule the rule's id
     * @param decided the runs in which it chose
     * @param adopted the runs in which it chose option 0 alone
     * @param condorcetPicks the Condorcet winner's shares summed
     * @param vse the VSE values
     * @param satisfaction the minority's satisfaction values
     * @param agreements the runs agreeing with each rule
     */
    public RuleTotals {
      checkNotNull(rule, "rule");
      checkNotNull(condorcetPicks, "condorcetPicks");
      checkNotNull(vse, "vse");
      checkNotNull(satisfaction, "satisfaction");
      agreements = List.copyOf(agreements);
    }

    RuleTotals plus(RuleTotals o) {
      checkArgument(rule.equals(o.rule), "totals of rule %s cannot merge with %s", rule, o.rule);
      List<Long> agree = new ArrayList<>();
      for (int i = 0; i < agreements.size(); i++) {
        agree.add(agreements.get(i) + o.agreements.get(i));
      }
      return new RuleTotals(rule, decided + o.decided, adopted + o.adopted,
          condorcetPicks.add(o.condorcetPicks), vse.plus(o.vse), satisfaction.plus(o.satisfaction),
          agree);
    }
  }

  /**
   * Checks the range and copies the list.
   *
   * @param fromRun the first run index, inclusive, {@code >= 0}
   * @param toRun the last run index, exclusive, above {@code fromRun}
   * @param condorcetRuns the runs with a Condorcet winner
   * @param utilityRuns the runs with utilities
   * @param spreadBefore the opinions' spread before deliberation
   * @param spreadAfter the opinions' spread after deliberation
   * @param rules each rule's totals
   * @throws IllegalArgumentException if the range is empty or negative
   */
  public ExperimentTotals {
    checkArgument(fromRun >= 0 && toRun > fromRun, "runs [%s, %s): must be a non-empty range",
        fromRun, toRun);
    checkNotNull(spreadBefore, "spreadBefore");
    checkNotNull(spreadAfter, "spreadAfter");
    rules = List.copyOf(rules);
  }

  /** {@return how many runs the totals cover} */
  public int runs() {
    return toRun - fromRun;
  }

  /**
   * {@return these totals and the next range's}
   *
   * @param next the totals of the runs that follow these, of the same experiment
   * @throws IllegalArgumentException if {@code next} does not start where these end, or has
   *     other rules
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
        utilityRuns + next.utilityRuns, spreadBefore.plus(next.spreadBefore),
        spreadAfter.plus(next.spreadAfter), merged);
  }
}
