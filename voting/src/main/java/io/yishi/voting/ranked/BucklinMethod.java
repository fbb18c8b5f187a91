package io.yishi.voting.ranked;

import io.yishi.core.spi.Parameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Id {@code bucklin}: count first places; if nobody is ranked by more than half of the voters,
 * add second places, then third, and so on. At the first level where some candidate has more
 * than half of the voters, the candidate with the most votes at that level wins (several with the
 * most are tied). A candidate in a ballot's tier k counts from level k on; candidates a ballot
 * leaves out never count. If no level gives a majority (truncated ballots), the most votes at the
 * last level win. The ranking is by votes at the deciding level.
 */
public final class BucklinMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public BucklinMethod() {}

  @Override
  public String id() {
    return "bucklin";
  }

  @Override
  public String description() {
    return "add lower preferences level by level until someone has a majority";
  }

  @Override
  void count(Count count, Parameters parameters) {
    Profile p = count.profile;
    int m = count.m;
    long[][] atLevel = new long[m][m];
    for (int b = 0; b < p.distinctBallots(); b++) {
      boolean truncated = p.isTruncated(b);
      int last = -1;
      if (truncated) {
        for (int c = 0; c < m; c++) {
          last = Math.max(last, p.rankFast(b, c));
        }
      }
      for (int c = 0; c < m; c++) {
        int r = p.rankFast(b, c);
        if (!truncated || r != last) {
          atLevel[r][c] += p.countFast(b);
        }
      }
    }
    long[] votes = new long[m];
    long voters = p.voters();
    for (int level = 0; level < m; level++) {
      for (int c = 0; c < m; c++) {
        votes[c] += atLevel[level][c];
      }
      long best = 0;
      for (long v : votes) {
        best = Math.max(best, v);
      }
      Map<String, Long> shown = new LinkedHashMap<>();
      for (int c = 0; c < m; c++) {
        shown.put(count.name(c), votes[c]);
      }
      count.round(new RankedDecision.Round(level + 1, shown, List.of(), 0, ""));
      boolean majority = 2 * best > voters;
      count.line("Level " + (level + 1) + ": " + shown + (majority ? "; a majority of the "
          + voters + " voters is reached" : ""));
      if (majority || level == m - 1) {
        count.ranking(Count.tiersByScore(votes, true));
        count.winners(count.best(votes, true));
        return;
      }
    }
  }
}
