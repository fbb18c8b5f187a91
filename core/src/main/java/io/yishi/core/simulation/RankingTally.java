package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.annotation.Experimental;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An anonymous profile of strict rankings over a few options, counted by ranking, with the
 * voters' utilities summed per option where the preference model gave them: what one run of an
 * experiment draws and every rule and metric reads. Rankings are kept as counts over the {@code
 * options!} permutations, so a tally of a million voters costs no more than one of ten.
 *
 * <p>Mutable and not thread-safe: one tally per thread, {@link #clear() cleared} between runs.
 */
@Experimental
public final class RankingTally implements PreferenceSink {

  /** The most options a tally holds: {@code 8! = 40,320} rankings. */
  public static final int MAX_OPTIONS = 8;

  private final int options;
  /** Every permutation in lexicographic order, {@code options} bytes each. */
  private final byte[] orders;
  private final long[] counts;
  private final double[] utilities;
  private long voters;
  private long votersWithUtilities;
  /** Values rules derived from this tally as it stands, e.g. a profile several rules share. */
  private final java.util.Map<Class<?>, Object> derived = new java.util.HashMap<>();

  /**
   * Creates an empty tally.
   *
   * @param options the number of options, 2 to {@value #MAX_OPTIONS}
   * @throws IllegalArgumentException if {@code options} is out of range
   */
  public RankingTally(int options) {
    checkArgument(options >= 2 && options <= MAX_OPTIONS,
        "options: must be from 2 to %s, was %s", MAX_OPTIONS, options);
    this.options = options;
    int n = (int) Rankings.count(options);
    this.counts = new long[n];
    this.utilities = new double[options];
    this.orders = new byte[n * options];
    int[] order = new int[options];
    for (int code = 0; code < n; code++) {
      Rankings.decode(code, order);
      for (int i = 0; i < options; i++) {
        orders[code * options + i] = (byte) order[i];
      }
    }
  }

  /** {@return the number of options} */
  public int options() {
    return options;
  }

  /** {@return the number of distinct strict rankings, {@code options!}} */
  public int rankings() {
    return counts.length;
  }

  /** {@return the number of voters counted} */
  public long voters() {
    return voters;
  }

  /** {@return whether every voter counted came with utilities} */
  public boolean hasUtilities() {
    return voters > 0 && votersWithUtilities == voters;
  }

  /** Empties the tally for the next run. */
  public void clear() {
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(utilities, 0);
    voters = 0;
    votersWithUtilities = 0;
    derived.clear();
  }

  /**
   * Counts voters with one ranking.
   *
   * @param ranking option indices, best first, a permutation of {@code 0..options-1}
   * @param utilities each option's utility for these voters, or null
   * @param count how many voters, at least 1
   * @throws IllegalArgumentException if the ranking is not a permutation of the options, a
   *     utility array has the wrong length, or the count is below 1
   */
  @Override
  public void accept(int[] ranking, double @Nullable [] utilities, long count) {
    checkArgument(count >= 1, "count: must be at least 1, was %s", count);
    checkArgument(utilities == null || utilities.length == options,
        "utilities: must hold %s values, was %s", options,
        utilities == null ? 0 : utilities.length);
    counts[code(ranking)] += count;
    voters += count;
    derived.clear();
    if (utilities != null) {
      for (int i = 0; i < options; i++) {
        this.utilities[i] += utilities[i] * count;
      }
      votersWithUtilities += count;
    }
  }

  /**
   * {@return a value derived from the tally as it stands, computed once until the tally
   * changes}: several rules deciding on one tally share, say, the profile they build from it
   *
   * @param type the value's type, which keys it
   * @param compute computes it from the tally
   * @param <T> the value's type
   */
  public <T> T derived(Class<T> type, java.util.function.Function<RankingTally, T> compute) {
    Object value = derived.get(type);
    if (value == null) {
      value = compute.apply(this);
      derived.put(type, value);
    }
    return type.cast(value);
  }

  /** {@return true: the tally keeps only the sums of the utilities over voters} */
  @Override
  public boolean sumsUtilities() {
    return true;
  }

  /**
   * {@return how many voters hold the ranking with this code}
   *
   * @param code a ranking's code, {@code 0 <= code < rankings()}, as {@link #code} gives it
   */
  public long count(int code) {
    return counts[code];
  }

  /**
   * {@return the option at a place of the ranking with this code}
   *
   * @param code a ranking's code
   * @param place the place, 0 for the most preferred
   */
  public int optionAt(int code, int place) {
    return orders[code * options + place];
  }

  /**
   * {@return the code of a ranking}: its rank among the permutations in lexicographic order,
   * as {@link Rankings#code} gives it
   *
   * @param ranking option indices, best first
   * @throws IllegalArgumentException if it is not a permutation of {@code 0..options-1}
   */
  public int code(int[] ranking) {
    checkArgument(ranking.length == options, "ranking: must hold %s options, was %s", options,
        ranking.length);
    int seen = 0;
    for (int o : ranking) {
      if (o < 0 || o >= options || (seen & (1 << o)) != 0) {
        // the message is built only here: accept() checks every ranking a sampler hands on
        throw new IllegalArgumentException(String.format(
            "ranking: must be a permutation of 0..%s, was %s", options - 1,
            java.util.Arrays.toString(ranking)));
      }
      seen |= 1 << o;
    }
    return (int) Rankings.code(ranking);
  }

  /** {@return how many voters rank each option first, by option index} */
  public long[] firstPlaces() {
    long[] first = new long[options];
    for (int code = 0; code < counts.length; code++) {
      first[orders[code * options]] += counts[code];
    }
    return first;
  }

  /**
   * {@return the pairwise margins: {@code m[a][b]} voters preferring a to b minus those
   * preferring b to a}
   */
  public long[][] margins() {
    long[][] m = new long[options][options];
    int[] place = new int[options];
    for (int code = 0; code < counts.length; code++) {
      long c = counts[code];
      if (c == 0) {
        continue;
      }
      for (int i = 0; i < options; i++) {
        place[orders[code * options + i]] = i;
      }
      for (int a = 0; a < options; a++) {
        for (int b = a + 1; b < options; b++) {
          long d = place[a] < place[b] ? c : -c;
          m[a][b] += d;
          m[b][a] -= d;
        }
      }
    }
    return m;
  }

  /** {@return the option that beats every other by a strict majority, or -1 when there is none} */
  public int condorcetWinner() {
    long[][] m = margins();
    for (int a = 0; a < options; a++) {
      boolean beatsAll = true;
      for (int b = 0; b < options && beatsAll; b++) {
        beatsAll = a == b || m[a][b] > 0;
      }
      if (beatsAll) {
        return a;
      }
    }
    return -1;
  }

  /**
   * {@return the sum over voters of an option's utility}
   *
   * @param option the option's index
   * @throws IllegalStateException if not every voter came with utilities
   */
  public double utility(int option) {
    if (!hasUtilities()) {
      throw new IllegalStateException("the tally holds no utilities for every voter");
    }
    return utilities[option];
  }

  /** {@return the rankings held by at least one voter, as option lists, with their counts} */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (int code = 0; code < counts.length; code++) {
      if (counts[code] > 0) {
        int[] order = new int[options];
        for (int i = 0; i < options; i++) {
          order[i] = orders[code * options + i];
        }
        out.add(new Entry(order, counts[code]));
      }
    }
    return out;
  }

  /**
   * A ranking and how many voters hold it.
   *
   * @param ranking option indices, best first
   * @param count how many voters
   */
  public record Entry(int[] ranking, long count) {}
}
