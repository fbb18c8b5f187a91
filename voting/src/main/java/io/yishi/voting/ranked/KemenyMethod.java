package io.yishi.voting.ranked;

import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Id {@code kemeny} (Kemeny–Young): the ranking that disagrees with the fewest voter-pair
 * preferences, found exactly by dynamic programming over subsets of candidates (time {@code 2^m *
 * m^2}, memory {@code 2^m}). Refused above {@value #MAX_CANDIDATES} candidates.
 *
 * <p>The winners are the candidates placed first by some optimal ranking (several means a tie).
 * The ranking given is the optimal ranking that, position by position, places the candidate
 * earliest in the profile's order; the explanation says whether other rankings are as good.
 */
public final class KemenyMethod extends RankedMethod {

  /** The most candidates the exact computation accepts. */
  public static final int MAX_CANDIDATES = 16;

  /** Creates the method; it holds no state. */
  public KemenyMethod() {}

  @Override
  public String id() {
    return "kemeny";
  }

  @Override
  public String description() {
    return "the ranking with the fewest disagreements with the voters (exact, up to "
        + MAX_CANDIDATES + " candidates)";
  }

  @Override
  void count(Count count, Parameters parameters) {
    Profile p = count.profile;
    int m = count.m;
    if (m > MAX_CANDIDATES) {
      throw new InvalidParameterException("candidates", m, "kemeny is computed exactly for at"
          + " most " + MAX_CANDIDATES + " candidates; use schulze or ranked-pairs for more");
    }
    long[] pw = p.pairwise();  // pw[a * m + b]: voters ranking a above b
    int full = (1 << m) - 1;
    long[] best = new long[1 << m];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    best[0] = 0;
    for (int set = 0; set < full; set++) {
      if (best[set] == Long.MAX_VALUE) {
        continue;
      }
      for (int c = 0; c < m; c++) {
        if ((set & (1 << c)) != 0) {
          continue;
        }
        long cost = best[set];
        for (int s = 0; s < m; s++) {
          if ((set & (1 << s)) != 0) {
            cost += pw[c * m + s];  // voters who rank c above s, placed before it
          }
        }
        int next = set | (1 << c);
        if (cost < best[next]) {
          best[next] = cost;
        }
      }
    }
    // best[S] depends only on the pairs inside S, so the cost of putting c first is
    // the voters ranking someone above c plus the best order of the rest.
    long optimum = best[full];
    List<Integer> firsts = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      long cost = best[full & ~(1 << c)];
      for (int s = 0; s < m; s++) {
        if (s != c) {
          cost += pw[s * m + c];
        }
      }
      if (cost == optimum) {
        firsts.add(c);
      }
    }
    // Build the ranking from the first place down: at each place take the earliest candidate
    // who can stand there in an optimal ranking of those remaining.
    List<List<Integer>> ranking = new ArrayList<>();
    int remaining = full;
    boolean unique = true;
    while (remaining != 0) {
      int chosen = -1;
      int optimalChoices = 0;
      for (int c = 0; c < m; c++) {
        if ((remaining & (1 << c)) == 0) {
          continue;
        }
        int rest = remaining & ~(1 << c);
        long cost = best[rest];
        for (int s = 0; s < m; s++) {
          if ((rest & (1 << s)) != 0) {
            cost += pw[s * m + c];
          }
        }
        if (cost == best[remaining]) {
          optimalChoices++;
          if (chosen < 0) {
            chosen = c;
          }
        }
      }
      unique &= optimalChoices == 1;
      ranking.add(List.of(chosen));
      remaining &= ~(1 << chosen);
    }
    count.showPairwise();
    count.line("Fewest disagreements: " + optimum + (unique ? " (the optimal ranking is unique)"
        : " (other rankings are as good; this one breaks ties by candidate order)"));
    count.ranking(ranking);
    count.winners(firsts);
  }
}
