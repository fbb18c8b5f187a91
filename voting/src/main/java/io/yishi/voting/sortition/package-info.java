/**
 * Sortition: selecting a panel of residents by lot, with quotas, as fairly as the quotas allow
 * (RULES.md section 5; Flanigan et al., "Fair algorithms for selecting citizens' assemblies",
 * Nature 596, 2021).
 *
 * <p>Start with a {@link io.yishi.voting.sortition.SortitionProblem}: a {@link
 * io.yishi.voting.sortition.Pool} of {@link io.yishi.voting.sortition.Volunteer}s, the {@link
 * io.yishi.voting.sortition.Quota}s per feature value, the panel size and whether a household
 * may send more than one member. Read them from the Sortition Foundation's CSV files with {@link
 * io.yishi.voting.sortition.SortitionCsv}, or from JSON. {@link
 * io.yishi.voting.sortition.Sortition#check} tells whether the quotas can be met and, if not,
 * suggests the smallest relaxation within the flexible bounds ({@link
 * io.yishi.voting.sortition.InfeasibleQuotasException}). An algorithm ({@code legacy}, {@code
 * maximin}, {@code leximin}, {@code nash}; found with {@link
 * io.yishi.voting.sortition.Sortition#algorithm}) turns the problem into a {@link
 * io.yishi.voting.sortition.PanelDistribution}: panels with their probabilities and every
 * volunteer's chance. {@link io.yishi.voting.sortition.LotteryDraw#draw} rounds it to a fixed
 * number of lottery tickets and draws one from an explicit seed; the draw is a record anyone can
 * re-run with {@link io.yishi.voting.sortition.LotteryDraw#verify}. To keep it in a
 * consultation's hash-chained log, draw through the {@code panel-selection} method ({@link
 * io.yishi.voting.sortition.PanelSelectionMethod#record}): the log's {@link
 * io.yishi.voting.sortition.PanelDrawn} fact holds who drew, the problem, the distribution and
 * the draw, and replaying the log re-runs it.
 */
@NullMarked
package io.yishi.voting.sortition;

import org.jspecify.annotations.NullMarked;
