/**
 * Ranked methods: plurality, two-round runoff, instant runoff, Coombs, Bucklin, Borda, Copeland,
 * Minimax, Schulze, Ranked Pairs, Kemeny, the Condorcet winner and the Smith and Schwartz sets,
 * all decided on a {@link io.yishi.voting.ranked.Profile}.
 *
 * <p>Start with {@link io.yishi.voting.ranked.Profile#builder}, or let a consultation build the
 * profile from {@link io.yishi.voting.ranked.RankingBallot}s. Every method is a {@link
 * io.yishi.core.spi.DecisionRule} plugin (see {@link io.yishi.voting.ranked.RankedMethod}) whose
 * result, a {@link io.yishi.voting.ranked.RankedDecision}, names the winners, says whether they
 * are tied, gives a ranking where the method defines one, and explains the count.
 */
@NullMarked
package io.yishi.voting.ranked;

import org.jspecify.annotations.NullMarked;
