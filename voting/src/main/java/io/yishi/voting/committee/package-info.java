/**
 * Multi-winner rules: single transferable vote (Scottish rules and Meek's method), the single
 * non-transferable vote, block approval, proportional approval voting, sequential Phragmén and
 * the method of equal shares for committees. Each is a {@link io.yishi.core.spi.DecisionRule}
 * plugin whose result is a {@link io.yishi.voting.committee.CommitteeDecision}.
 */
@NullMarked
package io.yishi.voting.committee;

import org.jspecify.annotations.NullMarked;
