/**
 * Negotiation support: fair-division procedures a mediator can run on the parties' stated
 * priorities.
 *
 * <p>Start with {@link io.yishi.mediation.negotiation.AdjustedWinner#divide}: two parties spread
 * 100 points each over the issues between them, and the Adjusted Winner procedure of Brams and
 * Taylor (RULES.md §6.1) returns an {@link io.yishi.mediation.negotiation.AdjustedWinnerResult}
 * that is envy-free, equitable and efficient, splits at most one issue, and explains itself line
 * by line. Points that break the procedure's rules are refused with an {@link
 * io.yishi.mediation.negotiation.InvalidPointsException} naming the party and the issue.
 */
@NullMarked
package io.yishi.mediation.negotiation;

import org.jspecify.annotations.NullMarked;
