/**
 * Negotiation support: fair-division and bargaining procedures a mediator can run on what the
 * parties state.
 *
 * <ul>
 *   <li>{@link io.yishi.mediation.negotiation.AdjustedWinner#divide}: two parties spread 100
 *       points each over the issues between them, and the Adjusted Winner procedure of Brams and
 *       Taylor (RULES.md §6.1) returns an {@link
 *       io.yishi.mediation.negotiation.AdjustedWinnerResult} that is envy-free, equitable and
 *       efficient, splits at most one issue, and explains itself line by line. Points that break
 *       the procedure's rules are refused with an {@link
 *       io.yishi.mediation.negotiation.InvalidPointsException} naming the party and the issue.
 *   <li>{@link io.yishi.mediation.negotiation.NashBargaining} and {@link
 *       io.yishi.mediation.negotiation.KalaiSmorodinsky} solve a {@link
 *       io.yishi.mediation.negotiation.BargainingProblem} over a finite set of options (RULES.md
 *       §6.2), exactly, with a lottery between two options where it helps.
 * </ul>
 */
@NullMarked
package io.yishi.mediation.negotiation;

import org.jspecify.annotations.NullMarked;
