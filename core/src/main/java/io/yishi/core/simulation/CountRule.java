package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;

/**
 * A decision rule on a yes-or-no motion that can also decide on a {@link VoteCount}: what an
 * experiment needs to run a motion rule (a majority, a quorum, a double majority by head count
 * and floor area) on thousands of simulated votes without building a ballot per voter. A {@link
 * io.yishi.core.spi.DecisionRule} plugin implements it besides its own interface; the count must
 * lead to the same verdict as the rule's own {@code decide} on ballots that add up to it.
 *
 * <p>In an experiment, option 0 is adopting the motion and option 1 keeping things as they are.
 */
@Experimental
public interface CountRule {

  /**
   * Reads the rule's parameters once, for many counts, and refuses any that could fail on some
   * count, so that an experiment fails before its first run rather than in the middle.
   *
   * @param parameters the rule's parameters
   * @return a counter, safe to share between threads, that decides every valid count
   * @throws io.yishi.core.spi.InvalidParameterException naming the parameter if one is unknown
   *     or invalid, or cannot settle every count (e.g. a tie policy of a casting vote with none
   *     given)
   */
  Counter counter(Parameters parameters);

  /** Decides counts under fixed parameters. */
  @Experimental
  @FunctionalInterface
  interface Counter {

    /**
     * Decides one count.
     *
     * @param count the votes and the electorate
     * @param seed the seed of any lot drawn to settle a tie
     * @return {@link Verdict#ADOPTED}, {@link Verdict#REJECTED}, or {@link Verdict#NOT_DECIDED}
     *     when a quorum fails
     */
    Verdict verdict(VoteCount count, long seed);
  }
}
