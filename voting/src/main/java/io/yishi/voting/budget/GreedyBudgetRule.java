package io.yishi.voting.budget;

import io.yishi.core.spi.Parameters;

/**
 * Greedy participatory budgeting by approvals, the skip variant: the projects in decreasing order
 * of approvals are funded one by one while the budget left allows; a project that does not fit is
 * skipped and the count goes on with the next (as the Paris and Warsaw budgets and Decidim's
 * default count do, and pabutools' {@code greedy_utilitarian_welfare} with cardinality
 * satisfaction). The variant that stops at the first project that does not fit is not offered.
 * Id {@code greedy-budget}; needs {@code costs} and {@code budget}.
 *
 * <p>Order: more approvals first; equal approvals, lower cost first. Projects equal in both are
 * ordered by lot only when the budget left at their turn fits some but not all of them (then the
 * explanation gives the draw); with {@code tieBreak: none} the count stops there, undecided.
 * Projects nobody approved are never funded.
 */
public final class GreedyBudgetRule extends BudgetRule {

  /** Creates the rule; it holds no state. */
  public GreedyBudgetRule() {}

  @Override
  public String id() {
    return "greedy-budget";
  }

  @Override
  public String description() {
    return "funds projects by approvals, most first, skipping any that no longer fits the budget";
  }

  @Override
  void run(Ledger ledger, Parameters parameters) {
    ledger.line(id() + ": " + ledger.profile.voters() + " voters, " + ledger.m
        + " projects, budget " + Ledger.text(ledger.money(ledger.budget))
        + "; projects by approvals, most first (equal approvals: lower cost first)");
    ledger.greedy("greedy", BudgetDecision.Reason.FUNDED);
  }
}
