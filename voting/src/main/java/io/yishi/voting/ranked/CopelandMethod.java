package io.yishi.voting.ranked;

import io.yishi.core.simulation.RankingTally;
import io.yishi.core.spi.Parameters;

/**
 * Id {@code copeland}: a candidate scores 1 for each candidate it beats head to head and 1/2 for
 * each it ties with; the highest score wins.
 */
public final class CopelandMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public CopelandMethod() {}

  @Override
  public String id() {
    return "copeland";
  }

  @Override
  public String description() {
    return "1 point per head-to-head win, 1/2 per tie; the most points win";
  }

  @Override
  void count(Count count, Parameters parameters) {
    int m = count.m;
    long[] halves = new long[m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (a != b) {
          long margin = count.profile.margin(a, b);
          halves[a] += margin > 0 ? 2 : margin == 0 ? 1 : 0;
        }
      }
    }
    count.showPairwise();
    StringBuilder line = new StringBuilder("Copeland scores:");
    for (int c = 0; c < m; c++) {
      line.append(' ').append(count.name(c)).append(' ').append(halves[c] / 2)
          .append(halves[c] % 2 == 1 ? ".5" : "").append(';');
    }
    count.line(line.substring(0, line.length() - 1));
    count.ranking(Count.tiersByScore(halves, true));
    count.winners(count.best(halves, true));
  }

  @Override
  int[] tallyWinners(RankingTally tally, Parameters parameters) {
    long[][] margins = tally.margins();
    int m = tally.options();
    long[] halves = new long[m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (a != b) {
          halves[a] += margins[a][b] > 0 ? 2 : margins[a][b] == 0 ? 1 : 0;
        }
      }
    }
    return best(halves);
  }
}
