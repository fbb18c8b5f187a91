package io.yishi.voting.ranked;

import io.yishi.core.simulation.RankingTally;
import io.yishi.core.spi.Parameters;

/**
 * Id {@code plurality}: the candidate ranked first by the most voters wins. A ballot whose first
 * tier holds several candidates counts for none of them; the explanation says how many did.
 */
public final class PluralityMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public PluralityMethod() {}

  @Override
  public String id() {
    return "plurality";
  }

  @Override
  public String description() {
    return "the candidate ranked first by the most voters wins";
  }

  @Override
  void count(Count count, Parameters parameters) {
    long[] first = count.profile.firstPreferences();
    long counted = 0;
    StringBuilder line = new StringBuilder("First preferences:");
    for (int c = 0; c < count.m; c++) {
      counted += first[c];
      line.append(' ').append(count.name(c)).append(' ').append(first[c]).append(';');
    }
    count.line(line.substring(0, line.length() - 1));
    if (counted < count.profile.voters()) {
      count.line((count.profile.voters() - counted) + " ballots rank several candidates first"
          + " and count for none");
    }
    count.ranking(Count.tiersByScore(first, true));
    count.winners(count.best(first, true));
  }

  /** Every ranking in a tally has one first place: the most first places win. */
  @Override
  int[] tallyWinners(RankingTally tally, Parameters parameters) {
    return best(tally.firstPlaces());
  }
}
