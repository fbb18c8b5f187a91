/**
 * Decision rules: motions with quorums and thresholds ({@code motion}), ranked methods ({@code
 * ranked}), cardinal methods ({@code cardinal}), multi-winner rules ({@code committee}),
 * participatory budgeting ({@code budget}), and PrefLib files ({@code preflib}). A rule that can
 * decide on a summarised profile implements {@link io.yishi.voting.ProfileRule}.
 */
@NullMarked
package io.yishi.voting;

import org.jspecify.annotations.NullMarked;
