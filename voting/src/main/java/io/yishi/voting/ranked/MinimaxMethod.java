package io.yishi.voting.ranked;

import io.yishi.core.spi.Parameters;

/**
 * Id {@code minimax} (Simpson–Kramer): a candidate's score is its largest head-to-head defeat,
 * measured by margin (0 if it is never defeated); the smallest score wins.
 */
public final class MinimaxMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public MinimaxMethod() {}

  @Override
  public String id() {
    return "minimax";
  }

  @Override
  public String description() {
    return "the candidate whose worst head-to-head defeat (by margin) is smallest wins";
  }

  @Override
  void count(Count count, Parameters parameters) {
    int m = count.m;
    long[] worst = new long[m];
    for (int c = 0; c < m; c++) {
      for (int d = 0; d < m; d++) {
        if (c != d) {
          worst[c] = Math.max(worst[c], count.profile.margin(d, c));
        }
      }
    }
    count.showPairwise();
    StringBuilder line = new StringBuilder("Largest defeat margins:");
    for (int c = 0; c < m; c++) {
      line.append(' ').append(count.name(c)).append(' ').append(worst[c]).append(';');
    }
    count.line(line.substring(0, line.length() - 1));
    count.ranking(Count.tiersByScore(worst, false));
    count.winners(count.best(worst, false));
  }
}
