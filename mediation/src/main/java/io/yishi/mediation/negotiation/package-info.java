/**
 * Negotiation support: fair-division and bargaining procedures a mediator can run on what the
 * parties state, and the single negotiating text a mediator revises with them.
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
 *   <li>{@link io.yishi.mediation.negotiation.SingleText} runs a mediator's single negotiating
 *       text as an immutable state machine: the mediator proposes, every party accepts or
 *       criticises each version, each revision names the criticisms it answers, until every
 *       party accepts one version or the rounds run out. Refused steps throw an {@link
 *       io.yishi.mediation.negotiation.InvalidSingleTextException} naming the field; {@link
 *       io.yishi.mediation.negotiation.SingleTextProblem} scripts a negotiation as steps and
 *       replays it.
 * </ul>
 *
 * <p>Each is also a {@link io.yishi.core.spi.NegotiationTool} found by id in the plugin registry:
 * {@code adjusted-winner} ({@link io.yishi.mediation.negotiation.AdjustedWinnerProblem}), {@code
 * nash-bargaining} and {@code kalai-smorodinsky} ({@link
 * io.yishi.mediation.negotiation.BargainingProblem}, parameter {@code lotteries}) and {@code
 * single-text} ({@link io.yishi.mediation.negotiation.SingleTextProblem}). Problems and results
 * are JSON values ({@link io.yishi.mediation.json.YishiMediationModule}).
 */
@NullMarked
package io.yishi.mediation.negotiation;

import org.jspecify.annotations.NullMarked;
