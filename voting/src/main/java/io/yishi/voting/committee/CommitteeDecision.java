package io.yishi.voting.committee;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a multi-winner rule: who is elected, in order of election, and how the count
 * went, step by step. JSON type name {@code "committee"}.
 *
 * <p>A tie that decides a seat is settled by the rule's tie-break ({@code lot} by default, drawn
 * from the seed) and the step says so; with {@code tieBreak: none} the count stops at the first
 * such tie: {@link #elected()} holds the candidates elected before it, {@link #tie()} is true and
 * {@link #tied()} names the candidates tied for the remaining seats.
 *
 * @param ruleId the rule's id, e.g. {@code stv}
 * @param verdict {@link Verdict#CHOSEN} when every seat is filled, {@link Verdict#NOT_DECIDED}
 *     when an unresolved tie stopped the count
 * @param candidates every candidate, in the profile's order
 * @param seats the number of seats, at least 1
 * @param elected the elected candidates, in order of election (for STV, the order in which they
 *     reached the quota or were declared elected)
 * @param tie true when a tie for a seat was left unresolved
 * @param tied the candidates tied for the remaining seats when {@code tie}; else empty
 * @param steps the count step by step (rounds of STV, one step per seat for sequential rules)
 * @param explanation the count in lines for people
 */
public record CommitteeDecision(
    String ruleId,
    Verdict verdict,
    List<String> candidates,
    int seats,
    List<String> elected,
    boolean tie,
    List<String> tied,
    List<Step> steps,
    List<String> explanation) implements Decision {

  /**
   * Checks and copies.
   *
   * @param ruleId the rule's id
   * @param verdict chosen when every seat is filled, not decided when a tie stopped the count
   * @param candidates every candidate, in the profile's order; copied
   * @param seats the number of seats, at least 1
   * @param elected the elected candidates, in order of election; copied
   * @param tie true when a tie for a seat was left unresolved
   * @param tied the candidates tied for the remaining seats, or empty; copied
   * @param steps the count step by step; copied
   * @param explanation the count in lines; copied
   * @throws IllegalArgumentException if seats is below 1 or more are elected than seats
   */
  public CommitteeDecision {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(verdict, "verdict");
    candidates = List.copyOf(candidates);
    checkArgument(seats >= 1, "seats: must be at least 1, was %s", seats);
    elected = List.copyOf(elected);
    checkArgument(elected.size() <= seats, "elected: at most %s (the seats), were %s", seats,
        elected);
    tied = List.copyOf(tied);
    steps = List.copyOf(steps);
    explanation = List.copyOf(explanation);
  }

  /** {@return the elected candidates, in order of election} */
  @Override
  public List<String> chosen() {
    return elected;
  }

  /** {@return the explanation lines joined by line breaks} */
  @Override
  public String explain() {
    return String.join("\n", explanation);
  }

  /**
   * One step of a count: an STV stage, a seat of a sequential rule, a round of payments.
   *
   * @param number the step's number, from 1
   * @param values what the rule measures per candidate at this step, by name, sorted by name:
   *     votes for STV (after the transfers of this stage), the marginal gain for sequential PAV,
   *     the load a new seat would bring for Phragmén, the price per voter for equal shares; exact
   *     or rounded as the rule documents
   * @param elected the candidates elected at this step
   * @param eliminated the candidates eliminated or excluded at this step
   * @param note what happened, for people: a transfer, a surplus, a tie and how it was settled
   */
  public record Step(int number, Map<String, BigDecimal> values, List<String> elected,
      List<String> eliminated, String note) {

    /**
     * Checks and copies.
     *
     * @param number the step's number, from 1
     * @param values the rule's measure per candidate; copied into name order
     * @param elected the candidates elected at this step; copied
     * @param eliminated the candidates eliminated at this step; copied
     * @param note what happened
     * @throws IllegalArgumentException if the number is below 1
     */
    public Step {
      checkArgument(number >= 1, "number: must be at least 1, was %s", number);
      values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
      elected = List.copyOf(elected);
      eliminated = List.copyOf(eliminated);
      checkNotNull(note, "note");
    }
  }
}
