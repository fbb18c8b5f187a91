/**
 * Participatory budgeting over approval ballots: a {@link io.yishi.voting.budget.BudgetInstance}
 * (projects with exact costs, a budget and the voters' {@link
 * io.yishi.voting.cardinal.ApprovalProfile}), the rules {@code greedy-budget} ({@link
 * io.yishi.voting.budget.GreedyBudgetRule}) and {@code equal-shares} ({@link
 * io.yishi.voting.budget.EqualSharesRule}, also the committee version when every project costs 1),
 * their result {@link io.yishi.voting.budget.BudgetDecision}, and pabulib {@code .pb} files
 * ({@link io.yishi.voting.budget.Pabulib}).
 *
 * <p>Start with {@link io.yishi.voting.budget.BudgetRule#decide(BudgetInstance,
 * io.yishi.core.spi.Parameters, long)} for research, or with the plugin ids through a
 * consultation, which pass {@code budget} and {@code costs} as parameters.
 */
@NullMarked
package io.yishi.voting.budget;

import org.jspecify.annotations.NullMarked;
