package io.yishi.voting.preflib;

import io.yishi.voting.ranked.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random profiles of a given PrefLib type from a seed, for property tests; the same seed always
 * gives the same profile.
 */
final class PrefLibGenerator {

  private PrefLibGenerator() {}

  /**
   * A profile whose every order fits the type, over 1 to {@code maxCandidates} candidates with
   * names mixing Chinese and English.
   */
  static Profile profile(PrefLibType type, long seed, int maxCandidates, int maxBallots) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 1 + random.nextInt(maxCandidates);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add(c % 2 == 0 ? "候选人 " + (c + 1) : "Candidate " + (c + 1));
    }
    Profile.Builder builder = Profile.builder(names);
    int ballots = 1 + random.nextInt(maxBallots);
    for (int i = 0; i < ballots; i++) {
      int[] order = permutation(random, m);
      int listed = type.allowsIncomplete() ? 1 + random.nextInt(m) : m;
      long count = 1 + random.nextInt(20);
      if (type.allowsTies()) {
        builder.add(tiers(random, order, listed), count);
      } else {
        builder.addOrder(Arrays.copyOf(order, listed), count);
      }
    }
    return builder.build();
  }

  static int[] permutation(SplittableRandom random, int m) {
    int[] order = new int[m];
    for (int k = 0; k < m; k++) {
      order[k] = k;
    }
    for (int k = m - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = order[k];
      order[k] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** Cuts the first {@code listed} candidates of the order into tiers of random sizes. */
  private static int[][] tiers(SplittableRandom random, int[] order, int listed) {
    List<int[]> tiers = new ArrayList<>();
    int from = 0;
    while (from < listed) {
      int size = 1 + random.nextInt(Math.min(3, listed - from));
      tiers.add(Arrays.copyOfRange(order, from, from + size));
      from += size;
    }
    return tiers.toArray(new int[0][]);
  }
}
