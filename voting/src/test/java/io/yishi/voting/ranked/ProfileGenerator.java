package io.yishi.voting.ranked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random ranked ballots from a seed, for property tests; the same seed always gives the same
 * ballots. Ballots are kept as a list (not yet a {@link Profile}) so that a test can shuffle,
 * split or relabel them before building.
 *
 * <pre>{@code
 * List<ProfileGenerator.Ballot> ballots = ProfileGenerator.ballots(new SplittableRandom(seed),
 *     Culture.TIES_AND_TRUNCATION, 5, 120);
 * Profile p = ProfileGenerator.build(ProfileGenerator.names(5), ballots);
 * }</pre>
 */
final class ProfileGenerator {

  /** Candidates per profile, at least. */
  static final int MIN_CANDIDATES = 3;

  /** Candidates per profile, at most. */
  static final int MAX_CANDIDATES = 7;

  /** Voters per profile, at most. */
  static final int MAX_VOTERS = 200;

  private ProfileGenerator() {}

  /** How the voters' rankings are drawn. */
  enum Culture {
    /** Every voter ranks every candidate strictly, each ranking equally likely. */
    IMPARTIAL,
    /** Random rankings with ties (tiers of several) and truncation (candidates left out). */
    TIES_AND_TRUNCATION
  }

  /**
   * Voters who cast one ranking, given as tiers of candidate indices, best first; candidates
   * left out share the last place.
   */
  record Ballot(int[][] tiers, long count) {

    /** {@return the same ballot over relabelled candidates: candidate c becomes {@code to[c]}} */
    Ballot relabel(int[] to) {
      int[][] copy = new int[tiers.length][];
      for (int t = 0; t < tiers.length; t++) {
        copy[t] = new int[tiers[t].length];
        for (int k = 0; k < tiers[t].length; k++) {
          copy[t][k] = to[tiers[t][k]];
        }
      }
      return new Ballot(copy, count);
    }

    @Override
    public String toString() {
      return count + "x" + Arrays.deepToString(tiers);
    }
  }

  /** {@return the names {@code a, b, c, …} of m candidates} */
  static List<String> names(int m) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add(String.valueOf((char) ('a' + c)));
    }
    return List.copyOf(names);
  }

  /**
   * Draws ballots for about {@code voters} voters: single voters mostly, sometimes a group of up
   * to four casting the same ranking, never more voters than asked for.
   */
  static List<Ballot> ballots(SplittableRandom random, Culture culture, int m, int voters) {
    List<Ballot> ballots = new ArrayList<>();
    int left = voters;
    while (left > 0) {
      long count = random.nextInt(5) == 0 ? 1 + random.nextInt(Math.min(4, left)) : 1;
      left -= (int) count;
      ballots.add(new Ballot(culture == Culture.IMPARTIAL ? strict(random, m)
          : weak(random, m), count));
    }
    return ballots;
  }

  /** A uniformly random strict and complete ranking. */
  static int[][] strict(SplittableRandom random, int m) {
    int[] order = permutation(random, m);
    int[][] tiers = new int[m][];
    for (int r = 0; r < m; r++) {
      tiers[r] = new int[] {order[r]};
    }
    return tiers;
  }

  /** A random ranking with ties, truncated half the time. */
  static int[][] weak(SplittableRandom random, int m) {
    int[] order = permutation(random, m);
    int listed = random.nextBoolean() ? m : 1 + random.nextInt(m);
    List<int[]> tiers = new ArrayList<>();
    List<Integer> tier = new ArrayList<>();
    for (int k = 0; k < listed; k++) {
      if (!tier.isEmpty() && random.nextInt(3) != 0) {
        tiers.add(tier.stream().mapToInt(Integer::intValue).toArray());
        tier.clear();
      }
      tier.add(order[k]);
    }
    tiers.add(tier.stream().mapToInt(Integer::intValue).toArray());
    return tiers.toArray(int[][]::new);
  }

  /** A uniformly random permutation of {@code 0 … m-1}. */
  static int[] permutation(SplittableRandom random, int m) {
    int[] p = new int[m];
    for (int k = 0; k < m; k++) {
      p[k] = k;
    }
    for (int k = m - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = p[k];
      p[k] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** {@return a profile over these names holding these ballots, added in list order} */
  static Profile build(List<String> names, List<Ballot> ballots) {
    Profile.Builder builder = Profile.builder(names);
    for (Ballot ballot : ballots) {
      builder.add(ballot.tiers(), ballot.count());
    }
    return builder.build();
  }

  /** {@return a copy of the ballots in a random order} */
  static List<Ballot> shuffled(SplittableRandom random, List<Ballot> ballots) {
    List<Ballot> copy = new ArrayList<>(ballots);
    for (int k = copy.size() - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      Ballot t = copy.get(k);
      copy.set(k, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
