package io.yishi.voting.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Verdict;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result of a budgeting rule: which projects are funded, in order of selection, what each
 * project came to and why, and the count step by step. JSON type name {@code "budget"}.
 *
 * <p>Amounts are in the instance's currency units, written without trailing zeros. Prices of the method of equal shares are exact
 * rationals, shown rounded to 16 significant digits (half-even); the funded set is decided on the
 * exact values.
 *
 * @param ruleId the rule's id, {@code greedy-budget} or {@code equal-shares}
 * @param verdict {@link Verdict#CHOSEN} when the count ran to its end (even if nothing could be
 *     funded), {@link Verdict#NOT_DECIDED} when a tie with {@code tieBreak: none} stopped it
 * @param budget the budget, {@code >= 0}
 * @param spent the total cost of the funded projects, at most the budget
 * @param funded the funded projects' names, in order of selection
 * @param tie true when an unresolved tie stopped the count
 * @param tied the projects tied when {@code tie}; else empty
 * @param projects every project with its cost, support, and what came of it, in instance order
 * @param steps one step per funded project, in order of selection
 * @param explanation the count in lines for people
 */
public record BudgetDecision(
    String ruleId,
    Verdict verdict,
    BigDecimal budget,
    BigDecimal spent,
    List<String> funded,
    boolean tie,
    List<String> tied,
    List<ProjectOutcome> projects,
    List<Step> steps,
    List<String> explanation) implements Decision {

  /**
   * Checks and copies.
   *
   * @param ruleId the rule's id
   * @param verdict chosen, or not decided when an unresolved tie stopped the count
   * @param budget the budget, {@code >= 0}
   * @param spent the total cost of the funded projects, at most the budget
   * @param funded the funded projects, in order of selection; copied
   * @param tie true when an unresolved tie stopped the count
   * @param tied the tied projects, or empty; copied
   * @param projects every project's outcome; copied
   * @param steps the steps; copied
   * @param explanation the lines; copied
   * @throws IllegalArgumentException if more is spent than the budget
   */
  public BudgetDecision {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(verdict, "verdict");
    checkNotNull(budget, "budget");
    checkNotNull(spent, "spent");
    budget = Project.canonical(budget);
    spent = Project.canonical(spent);
    checkArgument(spent.compareTo(budget) <= 0, "spent: must be at most the budget %s, was %s",
        budget, spent);
    funded = List.copyOf(funded);
    tied = List.copyOf(tied);
    projects = List.copyOf(projects);
    steps = List.copyOf(steps);
    explanation = List.copyOf(explanation);
  }

  /** {@return the funded projects, in order of selection} */
  @Override
  public List<String> chosen() {
    return funded;
  }

  /** {@return the explanation lines joined by line breaks} */
  @Override
  public String explain() {
    return String.join("\n", explanation);
  }

  /** Why a project was or was not funded. */
  public enum Reason {
    /** Funded by the rule's main phase: greedy order, or a step of equal shares. */
    FUNDED,
    /** Funded by the utilitarian completion after equal shares. */
    FUNDED_IN_COMPLETION,
    /** Not funded: at its turn it cost more than the budget left. */
    OVER_BUDGET,
    /** Not funded by equal shares: its supporters' money ran out before they could pay it. */
    SUPPORTERS_RAN_OUT,
    /** Not funded: nobody approved it. */
    NO_SUPPORT,
    /** Not decided: an unresolved tie stopped the count before its turn. */
    NOT_REACHED
  }

  /**
   * What came of one project.
   *
   * @param name the project's name
   * @param cost its cost
   * @param support the number of voters who approved it
   * @param funded whether it is funded
   * @param step the step at which it was funded, from 1; 0 if not funded
   * @param reason why it was or was not funded
   * @param why the reason for people, with the numbers, e.g. {@code "not funded: costs 1400,
   *     over the remaining budget of 900 at its turn"}
   */
  public record ProjectOutcome(String name, BigDecimal cost, long support, boolean funded,
      int step, Reason reason, String why) {

    /**
     * Checks for null.
     *
     * @param name the project's name
     * @param cost its cost
     * @param support the number of approvals, {@code >= 0}
     * @param funded whether it is funded
     * @param step the step that funded it, or 0
     * @param reason why
     * @param why the reason for people
     * @throws IllegalArgumentException if the support or the step is negative
     */
    public ProjectOutcome {
      checkNotNull(name, "name");
      cost = Project.canonical(checkNotNull(cost, "cost"));
      checkNotNull(reason, "reason");
      checkNotNull(why, "why");
      checkArgument(support >= 0, "support: must be >= 0, was %s", support);
      checkArgument(step >= 0, "step: must be >= 0, was %s", step);
    }
  }

  /**
   * One funded project and what it cost its supporters.
   *
   * @param number the step's number, from 1
   * @param project the funded project
   * @param phase {@code greedy}, {@code equal-shares} or {@code utilitarian-completion}
   * @param cost the project's cost
   * @param maxPayment for equal shares, the most any supporter paid (those with less paid all
   *     they had); for the other phases, 0
   * @param rho for equal shares, the price per unit of utility, {@code maxPayment / cost} (each
   *     supporter's utility is the project's cost); for the other phases, 0
   * @param payers the voters who paid (equal shares) or approved the project (other phases)
   * @param payersInFull for equal shares, the supporters who paid all the money they had left;
   *     else 0
   * @param remaining the budget left after this step
   * @param note what happened, for people
   */
  public record Step(int number, String project, String phase, BigDecimal cost,
      BigDecimal maxPayment, BigDecimal rho, long payers, long payersInFull,
      BigDecimal remaining, String note) {

    /**
     * Checks for null.
     *
     * @param number the step's number, from 1
     * @param project the funded project
     * @param phase the phase that funded it
     * @param cost its cost
     * @param maxPayment the largest payment, or 0
     * @param rho the price per unit of utility, or 0
     * @param payers the paying (or approving) voters
     * @param payersInFull the supporters who paid all they had, or 0
     * @param remaining the budget left after the step
     * @param note what happened
     * @throws IllegalArgumentException if the number is below 1
     */
    public Step {
      checkArgument(number >= 1, "number: must be at least 1, was %s", number);
      checkNotNull(project, "project");
      checkNotNull(phase, "phase");
      cost = Project.canonical(checkNotNull(cost, "cost"));
      maxPayment = Project.canonical(checkNotNull(maxPayment, "maxPayment"));
      rho = Project.canonical(checkNotNull(rho, "rho"));
      remaining = Project.canonical(checkNotNull(remaining, "remaining"));
      checkNotNull(note, "note");
    }
  }
}
