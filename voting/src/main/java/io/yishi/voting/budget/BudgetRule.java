package io.yishi.voting.budget;

import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ProfileRule;
import io.yishi.voting.cardinal.ApprovalBallot;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A participatory budgeting rule: a {@link DecisionRule} that counts {@link ApprovalBallot}s over
 * the projects on the slate, with costs and a budget given as parameters, by way of a {@link
 * BudgetInstance}.
 *
 * <p>Parameters of a consultation: {@code budget} (a number {@code >= 0}) and {@code costs} (a
 * map from every project on the slate to its cost {@code >= 0}); or, for {@code equal-shares}
 * only, no costs and {@code seats} (every project costs 1 and the budget is the number of seats:
 * a committee election). {@code tieBreak}: {@code lot} (default; the lot is drawn from the seed
 * and the explanation says so) or {@code none} (stop at the first tie that matters: verdict
 * {@code NOT_DECIDED}, the tied projects named).
 *
 * <p>Researchers call {@link #decide(BudgetInstance, Parameters, long)} on an instance they
 * built or read from a pabulib file; there, {@code budget}, {@code costs} and {@code seats} are
 * not read (the instance has them).
 */
public abstract class BudgetRule implements ProfileRule<BudgetInstance> {

  static final ParameterSpec BUDGET = ParameterSpec.of("budget", "number >= 0", "",
      "the money to spend, in the projects' currency units; required with costs");
  static final ParameterSpec COSTS = ParameterSpec.of("costs", "map of project to number >= 0",
      "", "every project's cost, in the budget's currency units");
  static final ParameterSpec SEATS = ParameterSpec.of("seats", "integer >= 1", "",
      "without costs: every project costs 1 and this many are chosen (a committee)");
  static final ParameterSpec TIE_BREAK = ParameterSpec.of("tieBreak", "lot | none", "lot",
      "lot: settle a tie that matters by a lot drawn from the seed; none: stop there, undecided");

  /** How a tie that matters is settled. */
  enum TieBreak {
    LOT,
    NONE
  }

  /** For subclasses in this package. */
  BudgetRule() {}

  /** {@return {@link ApprovalBallot}} */
  @Override
  public final Class<ApprovalBallot> ballotType() {
    return ApprovalBallot.class;
  }

  /** {@return {@code budget}, {@code costs}, {@code tieBreak} and the rule's own parameters} */
  @Override
  public List<ParameterSpec> parameters() {
    return List.of(BUDGET, COSTS, TIE_BREAK);
  }

  /**
   * Checks the names and the values that do not depend on the slate.
   *
   * @throws InvalidParameterException naming the parameter if one is unknown or invalid
   */
  @Override
  public void checkParameters(Parameters parameters) {
    parameters.checkKnown(id(), parameters());
    parameters.choice(TIE_BREAK.name(), TieBreak.class, TieBreak.LOT);
    BigDecimal budget = parameters.decimal(BUDGET.name(), BigDecimal.ZERO);
    if (budget.signum() < 0) {
      throw new InvalidParameterException(BUDGET.name(), budget, "must be >= 0");
    }
    if (parameters.get(SEATS.name()).isPresent()
        && parameters.integer(SEATS.name(), 1) < 1) {
      throw new InvalidParameterException(SEATS.name(), parameters.get(SEATS.name()).get(),
          "must be at least 1");
    }
  }

  /**
   * Refuses an approval of a project not on the slate.
   *
   * @throws InvalidBallotException naming the unknown project and listing the slate
   */
  @Override
  public final void checkBallot(Ballot ballot, DecisionRequest request) {
    ApprovalProfile.checkApproval(ballot, request);
  }

  /** {@return {@link BudgetInstance}} */
  @Override
  public final Class<BudgetInstance> profileType() {
    return BudgetInstance.class;
  }

  /**
   * Builds the instance from the request's slate, ballots and parameters, and decides.
   *
   * @throws InvalidBallotException if a ballot is not an approval, names a project not on the
   *     slate, or a member has two ballots
   * @throws InvalidParameterException if a parameter is unknown or invalid, a project on the slate
   *     has no cost (the message names it), a cost names a project not on the slate, or the slate
   *     is empty
   */
  @Override
  public final BudgetDecision decide(DecisionRequest request) {
    Parameters parameters = request.parameters();
    checkParameters(parameters);
    List<String> slate = request.alternatives();
    if (slate.isEmpty()) {
      throw new InvalidParameterException("alternatives", slate,
          "a budget decision needs the projects on its slate");
    }
    ApprovalProfile profile = ApprovalProfile.of(request, id());
    return decide(instance(slate, profile, parameters), parameters, request.seed());
  }

  private BudgetInstance instance(List<String> slate, ApprovalProfile profile,
      Parameters parameters) {
    Object costs = parameters.get(COSTS.name()).orElse(null);
    if (costs == null) {
      if (!acceptsCommittee()) {
        throw new InvalidParameterException(COSTS.name(), null,
            "rule '" + id() + "' needs every project's cost");
      }
      if (parameters.get(BUDGET.name()).isPresent()) {
        throw new InvalidParameterException(BUDGET.name(), parameters.get(BUDGET.name()).get(),
            "needs costs; without costs give seats (every project then costs 1)");
      }
      if (parameters.get(SEATS.name()).isEmpty()) {
        throw new InvalidParameterException(SEATS.name(), null,
            "is required without costs (every project then costs 1)");
      }
      long seats = parameters.integer(SEATS.name(), 1);
      if (seats > Integer.MAX_VALUE) {
        throw new InvalidParameterException(SEATS.name(), seats, "is too large");
      }
      return BudgetInstance.committee(profile, (int) seats);
    }
    if (parameters.get(SEATS.name()).isPresent()) {
      throw new InvalidParameterException(SEATS.name(), parameters.get(SEATS.name()).get(),
          "cannot be given with costs; give budget instead");
    }
    if (!(costs instanceof Map<?, ?> map)) {
      throw new InvalidParameterException(COSTS.name(), costs,
          "must be a map from project to cost");
    }
    for (Object key : map.keySet()) {
      if (!slate.contains(String.valueOf(key))) {
        throw new InvalidParameterException(COSTS.name() + "." + key, map.get(key),
            "names a project not on the slate " + slate);
      }
    }
    List<Project> projects = new ArrayList<>();
    for (String name : slate) {
      Object cost = map.get(name);
      if (!(cost instanceof BigDecimal d) || d.signum() < 0) {
        throw new InvalidParameterException(COSTS.name() + "." + name, cost,
            cost == null ? "is missing: every project on the slate needs a cost"
                : "must be a number >= 0");
      }
      projects.add(new Project(name, d));
    }
    if (parameters.get(BUDGET.name()).isEmpty()) {
      throw new InvalidParameterException(BUDGET.name(), null, "is required with costs");
    }
    return BudgetInstance.of(projects, parameters.decimal(BUDGET.name(), BigDecimal.ZERO),
        profile);
  }

  /** {@return whether the rule accepts no costs and {@code seats} instead (a committee)} */
  boolean acceptsCommittee() {
    return false;
  }

  /**
   * Decides on an instance.
   *
   * @param instance the projects, budget and approvals
   * @param parameters the rule's parameters; {@code budget}, {@code costs} and {@code seats} are
   *     not read
   * @param seed the seed for any lot the rule draws
   * @return the funded projects, each project's outcome, the steps and the explanation
   * @throws InvalidParameterException if a parameter is unknown or invalid
   * @throws IllegalArgumentException if a cost or the budget has more than 18 digits once
   *     written with the instance's largest number of decimals
   */
  @Override
  public final BudgetDecision decide(BudgetInstance instance, Parameters parameters, long seed) {
    checkParameters(parameters);
    Ledger ledger = new Ledger(id(), instance, seed,
        parameters.choice(TIE_BREAK.name(), TieBreak.class, TieBreak.LOT));
    run(ledger, parameters);
    return ledger.decision();
  }

  /**
   * Runs the rule, writing the funded projects, steps and explanation into the ledger.
   *
   * @param ledger the count in progress
   * @param parameters the checked parameters
   */
  abstract void run(Ledger ledger, Parameters parameters);
}
