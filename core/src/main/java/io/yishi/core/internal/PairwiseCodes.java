package io.yishi.core.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.simulation.Rankings;

/**
 * Ranking codes from pairwise comparisons, for samplers that rank a few options per voter.
 *
 * <p>For {@code m} options, each pair {@code a < b} in the order (0,1), (0,2), … (0,m−1), (1,2),
 * … (m−2,m−1) owns one bit of a key, set when {@code b} comes before {@code a}. The key of a
 * strict ranking has {@code m(m−1)/2} bits; {@link #table(int)} maps it to the ranking's {@link
 * Rankings#code lexicographic code}, and a key no strict ranking has (an intransitive one) to
 * −1. A sampler that ranks by value, best first, ties to the lower index, sets the bit of
 * {@code (a, b)} when {@code value[a] < value[b]}: ten comparisons and one table read instead of
 * a sort and a code computation for five options, with no data-dependent branch.
 */
public final class PairwiseCodes {

  /** The most options with a table: 6 ({@code 2^15} keys). */
  public static final int MAX_OPTIONS = 6;

  private static final short[][] TABLES = new short[MAX_OPTIONS + 1][];

  static {
    for (int m = 2; m <= MAX_OPTIONS; m++) {
      short[] table = new short[1 << (m * (m - 1) / 2)];
      java.util.Arrays.fill(table, (short) -1);
      int[] ranking = new int[m];
      int[] place = new int[m];
      for (int code = 0; code < Rankings.count(m); code++) {
        Rankings.decode(code, ranking);
        for (int i = 0; i < m; i++) {
          place[ranking[i]] = i;
        }
        table[key(place)] = (short) code;
      }
      TABLES[m] = table;
    }
  }

  private PairwiseCodes() {}

  /**
   * {@return the table from keys to codes for {@code options} options}: shared, not to be
   * written to
   *
   * @param options 2 to {@value #MAX_OPTIONS}
   * @throws IllegalArgumentException if options is out of that range
   */
  public static short[] table(int options) {
    checkArgument(options >= 2 && options <= MAX_OPTIONS,
        "options: must be in [2, %s], was %s", MAX_OPTIONS, options);
    return TABLES[options];
  }

  /** The key of a ranking given as each option's place, 0 the best. */
  static int key(int[] place) {
    int key = 0;
    int bit = 0;
    for (int a = 0; a < place.length; a++) {
      for (int b = a + 1; b < place.length; b++) {
        if (place[b] < place[a]) {
          key |= 1 << bit;
        }
        bit++;
      }
    }
    return key;
  }
}
