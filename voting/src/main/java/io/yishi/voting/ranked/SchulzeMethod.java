package io.yishi.voting.ranked;

import io.yishi.core.simulation.RankingTally;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Id {@code schulze} (beatpath): the strength of a path between two candidates is its weakest
 * link; candidate a beats b when the strongest path from a to b is stronger than the strongest
 * from b to a. That relation is transitive, so it ranks every candidate: the Schulze ranking,
 * which the decision gives in full; the winners are the candidates no one beats.
 *
 * <p>Parameter {@code strength}: {@code margin} (the default: a link is a's margin over b) or
 * {@code winning-votes} (a link is the number of voters ranking a over b, when that is more than
 * those ranking b over a), as in Schulze's own papers. The explanation prints the strongest paths.
 */
public final class SchulzeMethod extends RankedMethod {

  static final ParameterSpec STRENGTH = ParameterSpec.of("strength", "margin | winning-votes",
      "margin", "how a pairwise defeat's strength is measured");

  /** How the strength of a pairwise defeat is measured. */
  enum Strength {
    MARGIN,
    WINNING_VOTES
  }

  /** Creates the method; it holds no state. */
  public SchulzeMethod() {}

  @Override
  public String id() {
    return "schulze";
  }

  @Override
  public String description() {
    return "beatpath: strongest paths between candidates decide; gives the full Schulze ranking";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(TIE_BREAK, STRENGTH);
  }

  @Override
  void count(Count count, Parameters parameters) {
    Strength strength = parameters.choice(STRENGTH.name(), Strength.class, Strength.MARGIN);
    Profile p = count.profile;
    int m = count.m;
    long[][] path = new long[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (a != b && p.margin(a, b) > 0) {
          path[a][b] = strength == Strength.MARGIN ? p.margin(a, b) : p.prefer(a, b);
        }
      }
    }
    for (int k = 0; k < m; k++) {
      for (int a = 0; a < m; a++) {
        if (a == k || path[a][k] == 0) {
          continue;
        }
        for (int b = 0; b < m; b++) {
          if (b != a && b != k) {
            path[a][b] = Math.max(path[a][b], Math.min(path[a][k], path[k][b]));
          }
        }
      }
    }
    count.showPairwise();
    count.line("Strongest paths (" + (strength == Strength.MARGIN ? "margins" : "winning votes")
        + "), row to column:");
    for (int a = 0; a < m; a++) {
      StringBuilder row = new StringBuilder("  " + count.name(a) + ":");
      for (int b = 0; b < m; b++) {
        row.append(' ').append(a == b ? "-" : Long.toString(path[a][b]));
      }
      count.line(row.toString());
    }
    // Tiers in layers: each takes the remaining candidates that no remaining candidate beats,
    // so the first tier is exactly the set of winners.
    List<List<Integer>> tiers = new ArrayList<>();
    boolean[] placed = new boolean[m];
    for (int left = m; left > 0; ) {
      List<Integer> tier = new ArrayList<>();
      for (int a = 0; a < m; a++) {
        if (placed[a]) {
          continue;
        }
        boolean unbeaten = true;
        for (int b = 0; b < m && unbeaten; b++) {
          unbeaten = placed[b] || path[b][a] <= path[a][b];
        }
        if (unbeaten) {
          tier.add(a);
        }
      }
      for (int a : tier) {
        placed[a] = true;
      }
      left -= tier.size();
      tiers.add(tier);
    }
    count.ranking(tiers);
    count.winners(tiers.get(0));
  }

  /**
   * The same strongest paths from the tally's margins; every voter ranks every pair, so those
   * ranking a over b number (voters + margin) / 2. The winners are the candidates no one beats.
   */
  @Override
  int[] tallyWinners(RankingTally tally, Parameters parameters) {
    boolean margins = parameters.choice(STRENGTH.name(), Strength.class, Strength.MARGIN)
        == Strength.MARGIN;
    long[][] margin = tally.margins();
    int m = tally.options();
    long[][] path = new long[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (a != b && margin[a][b] > 0) {
          path[a][b] = margins ? margin[a][b] : (tally.voters() + margin[a][b]) / 2;
        }
      }
    }
    for (int k = 0; k < m; k++) {
      for (int a = 0; a < m; a++) {
        if (a == k || path[a][k] == 0) {
          continue;
        }
        for (int b = 0; b < m; b++) {
          if (b != a && b != k) {
            path[a][b] = Math.max(path[a][b], Math.min(path[a][k], path[k][b]));
          }
        }
      }
    }
    long[] unbeaten = new long[m];
    for (int a = 0; a < m; a++) {
      unbeaten[a] = 1;
      for (int b = 0; b < m; b++) {
        if (path[b][a] > path[a][b]) {
          unbeaten[a] = 0;
        }
      }
    }
    return best(unbeaten);
  }
}
