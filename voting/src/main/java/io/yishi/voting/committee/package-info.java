/**
 * Multi-winner rules: single transferable vote (Scottish rules and Meek's method), the single
 * non-transferable vote, block approval, proportional approval voting, sequential Phragmén and
 * the method of equal shares for committees. Each is a {@link io.yishi.core.spi.DecisionRule}
 * plugin whose result is a {@link io.yishi.voting.committee.CommitteeDecision}.
 *
 * <p>The rules that count rankings — {@link io.yishi.voting.committee.ScottishStvRule} ({@code
 * stv}), {@link io.yishi.voting.committee.MeekStvRule} ({@code stv-meek}) and {@link
 * io.yishi.voting.committee.SntvRule} ({@code sntv}) — share {@link
 * io.yishi.voting.committee.RankedCommitteeRule}: its {@code decide(Profile, Parameters, long)}
 * is where a researcher starts, with the parameters {@code seats} and {@code tieBreak}.
 */
@NullMarked
package io.yishi.voting.committee;

import org.jspecify.annotations.NullMarked;
