package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.Parameters;

/**
 * A decision rule that can also decide on a {@link RankingTally}: what an experiment needs to run
 * a rule on thousands of drawn profiles without building a ballot per voter. A {@link
 * io.yishi.core.spi.DecisionRule} plugin implements it besides its own interface; the experiment
 * finds the rule by id in the registry and runs only rules that do.
 */
@Experimental
public interface TallyRule {

  /**
   * Decides on a tally.
   *
   * @param tally the rankings drawn, with their counts; options are its indices
   * @param parameters the rule's parameters, already checked
   * @param seed the seed of any lot the rule draws
   * @return the indices of the chosen options in increasing order: one, several when tied and
   *     not separated, none when the rule chooses nobody
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is invalid for this tally
   */
  int[] winners(RankingTally tally, Parameters parameters, long seed);

  /**
   * Checks, before any run, that the parameters suit tallies of this many options, e.g. that a
   * committee's seats do not outnumber them. The default accepts any number.
   *
   * @param parameters the rule's parameters, already checked on their own
   * @param options the options of every tally, 2 to {@value RankingTally#MAX_OPTIONS}
   * @throws io.yishi.core.spi.InvalidParameterException naming the parameter that does not suit
   */
  default void checkOptions(Parameters parameters, int options) {}
}
