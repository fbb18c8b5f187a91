package io.yishi.voting.ranked;

import io.yishi.core.simulation.RankingTally;
import io.yishi.core.spi.Parameters;

/**
 * Id {@code borda}: each ballot gives a candidate one point for every candidate it ranks strictly
 * below that candidate; the most points win. On a complete strict ranking of m candidates that
 * is m-1 points for the first, m-2 for the second, … 0 for the last. Ties and truncation follow
 * the same rule: candidates in one tier get the same points, and candidates a ballot leaves out
 * share the last place, get 0 points from it, and count as below every ranked candidate.
 */
public final class BordaMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public BordaMethod() {}

  @Override
  public String id() {
    return "borda";
  }

  @Override
  public String description() {
    return "one point per candidate ranked below; the most points win";
  }

  @Override
  void count(Count count, Parameters parameters) {
    Profile p = count.profile;
    int m = count.m;
    long[] score = new long[m];
    int[] atRank = new int[m + 1];
    int[] below = new int[m + 1];
    for (int b = 0; b < p.distinctBallots(); b++) {
      java.util.Arrays.fill(atRank, 0);
      int maxRank = 0;
      for (int c = 0; c < m; c++) {
        int r = p.rankFast(b, c);
        atRank[r]++;
        maxRank = Math.max(maxRank, r);
      }
      below[maxRank] = 0;
      for (int r = maxRank - 1; r >= 0; r--) {
        below[r] = below[r + 1] + atRank[r + 1];
      }
      long n = p.countFast(b);
      for (int c = 0; c < m; c++) {
        score[c] += n * below[p.rankFast(b, c)];
      }
    }
    StringBuilder line = new StringBuilder("Borda points:");
    for (int c = 0; c < m; c++) {
      line.append(' ').append(count.name(c)).append(' ').append(score[c]).append(';');
    }
    count.line(line.substring(0, line.length() - 1));
    count.ranking(Count.tiersByScore(score, true));
    count.winners(count.best(score, true));
  }

  /** On a tally's complete strict rankings a candidate in place p gets m − 1 − p points. */
  @Override
  int[] tallyWinners(RankingTally tally, Parameters parameters) {
    int m = tally.options();
    long[] score = new long[m];
    for (int code = 0; code < tally.rankings(); code++) {
      long n = tally.count(code);
      if (n > 0) {
        for (int place = 0; place < m - 1; place++) {
          score[tally.optionAt(code, place)] += n * (m - 1 - place);
        }
      }
    }
    return best(score);
  }
}
