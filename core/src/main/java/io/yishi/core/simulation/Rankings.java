package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.annotation.Experimental;

/**
 * Strict rankings of options as compact codes: the position of a ranking in the lexicographic
 * order of all {@code options!} rankings, so that rankings can be counted in a plain array.
 *
 * <p>For 3 options the codes 0 to 5 stand for {@code [0,1,2] [0,2,1] [1,0,2] [1,2,0] [2,0,1]
 * [2,1,0]}. Codes fit in a {@code long} up to {@link #MAX_CODED_OPTIONS} options.
 */
@Experimental
public final class Rankings {

  /** The largest number of options whose rankings have a code: 20 ({@code 20!} fits a long). */
  public static final int MAX_CODED_OPTIONS = 20;

  private static final long[] FACTORIALS = new long[MAX_CODED_OPTIONS + 1];

  static {
    FACTORIALS[0] = 1;
    for (int i = 1; i <= MAX_CODED_OPTIONS; i++) {
      FACTORIALS[i] = FACTORIALS[i - 1] * i;
    }
  }

  private Rankings() {}

  /**
   * {@return {@code options!}, the number of strict rankings of that many options}
   *
   * @param options the number of options, 0 to {@link #MAX_CODED_OPTIONS}
   * @throws IllegalArgumentException if options is out of that range
   */
  public static long count(int options) {
    checkArgument(options >= 0 && options <= MAX_CODED_OPTIONS,
        "options must be in [0, %s], was %s", MAX_CODED_OPTIONS, options);
    return FACTORIALS[options];
  }

  /**
   * {@return the lexicographic code of a ranking, in {@code 0 .. options! - 1}}
   *
   * <p>Runs in time quadratic in the number of options, without allocating.
   *
   * @param ranking a permutation of {@code 0 .. ranking.length - 1}, at most {@link
   *     #MAX_CODED_OPTIONS} long; not checked to be one
   * @throws IllegalArgumentException if the ranking is longer than {@link #MAX_CODED_OPTIONS}
   */
  public static long code(int[] ranking) {
    int m = ranking.length;
    checkArgument(m <= MAX_CODED_OPTIONS, "ranking of %s options cannot be coded", m);
    long code = 0;
    for (int i = 0; i < m; i++) {
      int smallerLater = 0;
      for (int j = i + 1; j < m; j++) {
        if (ranking[j] < ranking[i]) {
          smallerLater++;
        }
      }
      code += smallerLater * FACTORIALS[m - 1 - i];
    }
    return code;
  }

  /**
   * Writes the ranking with a code into an array.
   *
   * @param code a code in {@code 0 .. into.length! - 1}
   * @param into the array to fill, its length the number of options, at most {@link
   *     #MAX_CODED_OPTIONS}
   * @return {@code into}, holding the ranking
   * @throws IllegalArgumentException if the code is out of range for that many options
   */
  public static int[] decode(long code, int[] into) {
    int m = into.length;
    checkArgument(m <= MAX_CODED_OPTIONS && code >= 0 && code < FACTORIALS[m],
        "code %s is not a ranking of %s options", code, m);
    // used is a bit set of the options already placed; 20 options fit an int
    int used = 0;
    long rest = code;
    for (int i = 0; i < m; i++) {
      long f = FACTORIALS[m - 1 - i];
      int skip = (int) (rest / f);
      rest %= f;
      int option = -1;
      while (skip >= 0) {
        option++;
        if ((used & (1 << option)) == 0) {
          skip--;
        }
      }
      used |= 1 << option;
      into[i] = option;
    }
    return into;
  }
}
