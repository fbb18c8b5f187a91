package io.yishi.voting.budget;

import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.budget.BudgetDecision.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The method of equal shares (Peters and Skowron, "Proportional participatory budgeting with
 * additive utilities", Peters, Pierczyński and Skowron, NeurIPS 2021), with approval ballots and
 * cost utilities, as <a href="https://equalshares.net">equalshares.net</a> defines it. Id {@code
 * equal-shares}.
 *
 * <p>The budget is split equally: each of the n voters holds budget / n. Repeatedly, among the
 * projects whose supporters together still hold at least its cost, the project with the smallest
 * price ρ per unit of utility is funded: each supporter pays min(their money, ρ · cost) (a
 * supporter's utility from a project is its cost), and ρ is the smallest price at which the
 * payments add up to the cost. Equivalently, the project whose largest payment is the smallest
 * share of its cost. Ties: more approvals first, then lower cost, then the {@code tieBreak} (a
 * seeded lot by default; {@code none} stops the count undecided). Every comparison is exact.
 * Projects nobody approved are never funded; a supported project costing nothing is funded first
 * at no charge.
 *
 * <p>Completion ({@code completion}): equal shares usually leaves money unspent.
 * <ul>
 *   <li>{@code add1-utilitarian} (default; equalshares.net "Add1U"): the count is repeated with
 *       the budget per voter raised by one currency unit at a time (from the whole units below
 *       budget / n), keeping each outcome that still costs at most the real budget and stopping
 *       at the first that costs more or when no unfunded supported project fits the money left;
 *       then the greedy utilitarian fill below. With unit costs (a committee: every project costs
 *       1) one unit per voter would add n seats at once, so each step adds one seat instead.
 *   <li>{@code utilitarian}: the greedy fill only: the unfunded supported projects by approvals
 *       (most first, equal approvals: lower cost first), each funded if it fits the money left.
 *   <li>{@code none}: the outcome of equal shares as it is.
 * </ul>
 *
 * <p>Without costs (parameter {@code seats} instead) every project costs 1 and the budget is the
 * number of seats: the method of equal shares for committees (Peters and Skowron 2020, "Rule X").
 */
public final class EqualSharesRule extends BudgetRule {

  static final ParameterSpec COMPLETION = ParameterSpec.of("completion",
      "add1-utilitarian | utilitarian | none", "add1-utilitarian",
      "how money left by equal shares is spent: raise the budget per voter, then fill greedily");

  /** The completion methods. */
  enum Completion {
    ADD1_UTILITARIAN,
    UTILITARIAN,
    NONE
  }

  /** Creates the rule; it holds no state. */
  public EqualSharesRule() {}

  @Override
  public String id() {
    return "equal-shares";
  }

  @Override
  public String description() {
    return "method of equal shares: the budget split equally among voters, who pay for what they"
        + " approve";
  }

  /** {@return {@code budget}, {@code costs}, {@code seats}, {@code tieBreak}, {@code completion}} */
  @Override
  public List<ParameterSpec> parameters() {
    return List.of(BUDGET, COSTS, SEATS, TIE_BREAK, COMPLETION);
  }

  @Override
  public void checkParameters(Parameters parameters) {
    super.checkParameters(parameters);
    parameters.choice(COMPLETION.name(), Completion.class, Completion.ADD1_UTILITARIAN);
  }

  @Override
  boolean acceptsCommittee() {
    return true;
  }

  @Override
  void run(Ledger ledger, Parameters parameters) {
    Completion completion = parameters.choice(COMPLETION.name(), Completion.class,
        Completion.ADD1_UTILITARIAN);
    EqualSharesEngine engine = new EqualSharesEngine(ledger);
    long n = engine.voters();
    long budget = ledger.budget;
    ledger.line(id() + ": " + n + " voters (" + ledger.profile.distinctBallots()
        + " distinct approval sets), " + ledger.m + " projects, budget "
        + Ledger.text(ledger.money(budget)) + (n == 0 ? "" : "; each voter holds "
        + Ledger.text(ledger.money(BigInteger.valueOf(budget), BigInteger.valueOf(n)))));
    long virtual = budget;
    if (completion == Completion.ADD1_UTILITARIAN && n > 0) {
      virtual = add1(ledger, engine, n);
    }
    EqualSharesEngine.Run run = engine.exact(virtual);
    for (int i = 0; i < run.funded.size(); i++) {
      int c = run.funded.get(i);
      BigInteger[] q = run.maxPayment.get(i);
      long[] payers = run.payers.get(i);
      String note;
      BigDecimal max = ledger.money(q[0], q[1]);
      BigDecimal rho = ledger.cost[c] == 0 ? BigDecimal.ZERO
          : ledger.money(q[0], q[1].multiply(BigInteger.valueOf(ledger.cost[c])))
              .movePointRight(ledger.scale);
      rho = Ledger.strip(rho);
      if (ledger.cost[c] == 0) {
        note = "costs nothing, funded at no charge";
      } else {
        note = "each of its " + payers[0] + " paying supporters paid at most "
            + Ledger.text(max) + " (ρ = " + Ledger.text(rho) + " per unit of utility)"
            + (payers[1] > 0 ? ", " + payers[1] + " of them all they had left" : "");
      }
      String lot = run.lots.get(i);
      if (lot != null) {
        note += "; tie between " + lot + " drawn by lot (seed " + ledger.seed + ")";
      }
      ledger.fund(c, "equal-shares", Reason.FUNDED, max, rho, payers[0], payers[1], note);
    }
    if (!run.tied.isEmpty()) {
      ledger.tie(run.tied);
      return;
    }
    for (int c = 0; c < ledger.m; c++) {
      if (run.isFunded[c] || ledger.support[c] == 0) {
        continue;
      }
      if (ledger.cost[c] > budget) {
        ledger.notFunded(c, Reason.OVER_BUDGET, "costs " + Ledger.text(ledger.money(ledger.cost[c]))
            + ", more than the whole budget of " + Ledger.text(ledger.money(budget)));
      } else if (run.ranOut[c] != null) {
        ledger.notFunded(c, Reason.SUPPORTERS_RAN_OUT, "its supporters' money ran out: they had "
            + Ledger.text(ledger.money(run.ranOut[c][0], run.ranOut[c][1])) + " of the "
            + Ledger.text(ledger.money(ledger.cost[c])) + " it costs");
      }
    }
    if (completion != Completion.NONE) {
      ledger.line("Utilitarian completion: the unfunded projects by approvals, most first, each"
          + " funded if it fits the " + Ledger.text(ledger.money(ledger.remaining())) + " left");
      ledger.greedy("utilitarian-completion", Reason.FUNDED_IN_COMPLETION);
    }
  }

  /** {@return the virtual budget the add1 completion settles on} */
  private long add1(Ledger ledger, EqualSharesEngine engine, long n) {
    long budget = ledger.budget;
    boolean committee = ledger.instance.isCommittee();
    long step;
    try {
      step = committee ? 1 : Math.multiplyExact(n, BigInteger.TEN.pow(ledger.scale)
          .longValueExact());
    } catch (ArithmeticException e) {
      return budget;
    }
    long base = committee ? budget : budget / step * step;
    long chosen = budget;
    EqualSharesEngine.Outcome current = engine.outcome(budget);
    int raised = 0;
    String stop = "the outcome is exhaustive (no unfunded supported project fits the money left)";
    while (!current.tie() && !exhaustive(ledger, current)) {
      long next;
      try {
        next = Math.addExact(base, step);
      } catch (ArithmeticException e) {
        stop = "the budget per voter cannot be raised further";
        break;
      }
      EqualSharesEngine.Outcome trial = engine.outcome(next);
      // Cost first, as equalshares.net's Add1 does: a higher budget per voter is kept only if
      // its outcome fits the budget, tied or not.
      if (trial.spent() > budget) {
        stop = "at " + perVoter(ledger, next, n) + " per voter the outcome would cost "
            + Ledger.text(ledger.money(trial.spent()));
        break;
      }
      if (trial.tie()) {
        chosen = next;
        current = trial;
        stop = "an unresolved tie at the next budget per voter";
        break;
      }
      base = next;
      chosen = next;
      current = trial;
      raised++;
    }
    ledger.line("Add1 completion: " + (raised == 0 ? "budget per voter kept at "
        + perVoter(ledger, budget, n) : "budget per voter raised " + raised + (committee
        ? " seat(s)" : " unit(s)") + " to " + perVoter(ledger, chosen, n)) + "; stopped: " + stop);
    return chosen;
  }

  private static String perVoter(Ledger ledger, long virtual, long n) {
    return Ledger.text(ledger.money(BigInteger.valueOf(virtual), BigInteger.valueOf(n)));
  }

  private static boolean exhaustive(Ledger ledger, EqualSharesEngine.Outcome outcome) {
    long left = ledger.budget - outcome.spent();
    for (int c = 0; c < ledger.m; c++) {
      // Unlike equalshares.net's Add1, a project nobody supports does not keep the budget rising:
      // equal shares never funds it, and raising the budget for it alone could take as many
      // rounds as there are currency units per voter before the outcome overspends.
      if (!outcome.funded()[c] && ledger.support[c] > 0 && ledger.cost[c] <= left) {
        return false;
      }
    }
    return true;
  }
}
