package io.yishi.voting.cardinal;

import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Id {@code majority-judgment}: majority judgment (Balinski and Laraki, "A theory of measuring,
 * electing, and ranking", PNAS 104(21), 2007; "Majority Judgment", MIT Press, 2011). Each voter
 * grades every alternative on the scale {@code 0..grades}, 0 the worst (an alternative left out
 * of a ballot gets 0); the alternative with the highest <em>majority grade</em> wins. The majority
 * grade is the median of the alternative's grades, the <em>lower</em> middlemost when the number
 * of voters is even, as Balinski and Laraki define it. {@link CardinalDecision#scores()} holds
 * the majority grades (0 when there are no voters).
 *
 * <p>Alternatives with the same majority grade are ordered by their <em>majority values</em>,
 * Balinski and Laraki's tie-break: remove one majority grade from each tied alternative's grades
 * and compare the majority grades of what remains; repeat until they differ. This is computed
 * exactly from each alternative's histogram, without removing anything: the removal order reads
 * the sorted grades outward from the median, alternating below and above it, so the first removal
 * at which two alternatives differ is found from the first sorted position, on each side of the
 * median, where their grades differ — O(grades) per comparison, whatever the number of voters.
 * Two alternatives tie only when their histograms are equal. The explanation gives each majority
 * grade with the number of voters above and below it (the majority gauge) and, for each pair of
 * neighbours in the ranking that share a majority grade, after how many removals they part.
 *
 * <p>Parameters: {@code grades} (default 5, so grades 0 to 5; at most {@value
 * ScoreProfile#MAX_RANGE}), {@code gradeNames} (optional, one name per grade from 0, e.g. {@code
 * ["reject", "poor", "fair", "good", "very good", "excellent"]}, used in the explanation), {@code
 * tieBreak} (for candidates whose histograms are equal).
 */
public final class MajorityJudgmentMethod extends CardinalMethod {

  static final ParameterSpec GRADES = ParameterSpec.of("grades", "integer from 1 to "
      + ScoreProfile.MAX_RANGE, "5", "the highest grade; grades run from 0 (worst) to it");
  static final ParameterSpec GRADE_NAMES = ParameterSpec.of("gradeNames",
      "list of grades + 1 texts", "", "names of the grades from 0 up, for the explanation");

  /** Creates the method; it holds no state. */
  public MajorityJudgmentMethod() {}

  @Override
  public String id() {
    return "majority-judgment";
  }

  @Override
  public String description() {
    return "each voter grades every alternative; the highest median grade wins";
  }

  @Override
  List<ParameterSpec> ownParameters() {
    return List.of(GRADES, GRADE_NAMES);
  }

  @Override
  int[] scale(Parameters parameters) {
    int grades = intParameter(parameters, GRADES.name(), 5, 1, ScoreProfile.MAX_RANGE);
    List<String> names = parameters.texts(GRADE_NAMES.name(), List.of());
    if (!names.isEmpty() && names.size() != grades + 1) {
      throw new InvalidParameterException(GRADE_NAMES.name(), names,
          "must name each of the " + (grades + 1) + " grades 0 to " + grades + ", named "
              + names.size());
    }
    return new int[] {0, grades};
  }

  @Override
  boolean setsScale(Parameters parameters) {
    return parameters.get(GRADES.name()).isPresent();
  }

  @Override
  CardinalDecision count(Tally tally, ScoreProfile profile, Parameters parameters) {
    List<String> gradeNames = parameters.texts(GRADE_NAMES.name(), List.of());
    if (!gradeNames.isEmpty() && gradeNames.size() != profile.max() - profile.min() + 1) {
      // a profile keeps its own scale when grades is not given: the names must fit it
      throw new InvalidParameterException(GRADE_NAMES.name(), gradeNames, "must name each of the "
          + (profile.max() - profile.min() + 1) + " grades " + profile.min() + " to "
          + profile.max() + " of the profile's scale, named " + gradeNames.size());
    }
    int lowest = profile.min();
    int m = tally.m;
    long n = profile.voters();
    long[][] h = new long[m][];
    int[] median = new int[m];
    for (int c = 0; c < m; c++) {
      h[c] = profile.histogram(c);
      median[c] = n == 0 ? 0 : gradeAt(h[c], (n - 1) / 2) + profile.min();
    }
    for (int c = 0; c < m; c++) {
      long above = 0;
      long below = 0;
      for (int v = 0; v < h[c].length; v++) {
        if (v + profile.min() > median[c]) {
          above += h[c][v];
        } else if (v + profile.min() < median[c]) {
          below += h[c][v];
        }
      }
      tally.line(tally.name(c) + ": majority grade " + grade(median[c], lowest, gradeNames) + "; "
          + above + " voters grade it higher, " + below + " lower");
    }
    Integer[] order = new Integer[m];
    for (int c = 0; c < m; c++) {
      order[c] = c;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int r = compare(h[b], h[a], n);
      return r != 0 ? r : Integer.compare(a, b);
    });
    List<List<Integer>> ranking = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      int c = order[k];
      if (k > 0 && compare(h[order[k - 1]], h[c], n) == 0) {
        ranking.get(ranking.size() - 1).add(c);
      } else {
        if (k > 0 && median[order[k - 1]] == median[c] && n > 0) {
          long[] diff = firstDifference(h[order[k - 1]], h[c], n);
          tally.line(tally.name(order[k - 1]) + " ahead of " + tally.name(c) + ": same majority"
              + " grade; after " + diff[0] + (diff[0] == 1 ? " removal" : " removals")
              + " their majority grades are " + grade((int) diff[1] + lowest, lowest, gradeNames)
              + " and " + grade((int) diff[2] + lowest, lowest, gradeNames));
        }
        ranking.add(new ArrayList<>(List.of(c)));
      }
    }
    tally.winners(ranking.get(0));
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (int c = 0; c < m; c++) {
      scores.put(tally.name(c), BigDecimal.valueOf(median[c]));
    }
    return tally.decision(ranking, scores, CardinalDecision.Runoff.none());
  }

  private static String grade(int g, int lowest, List<String> names) {
    return names.isEmpty() ? String.valueOf(g) : g + " (" + names.get(g - lowest) + ")";
  }

  /** The grade offset at 0-based position {@code p} of the ascending sorted grades. */
  static int gradeAt(long[] histogram, long p) {
    long seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (p < seen) {
        return v;
      }
    }
    throw new IllegalStateException("position " + p + " beyond " + seen + " grades");
  }

  /**
   * Compares majority values: positive when {@code a} is ahead of {@code b}, 0 when the
   * histograms (both over {@code n} voters) are equal.
   */
  static int compare(long[] a, long[] b, long n) {
    long[] diff = firstDifference(a, b, n);
    return diff == null ? 0 : Long.compare(diff[1], diff[2]);
  }

  /**
   * {@return the first removal step at which the majority grades of {@code a} and {@code b}
   * differ, with the two grade offsets then, or null if they never differ}
   *
   * <p>Sorted ascending, 0-based, the lower median is at {@code c = (n - 1) / 2}. Removing one
   * median at a time takes, for odd n, c, c - 1, c + 1, c - 2, c + 2, …; for even n, c, c + 1,
   * c - 1, c + 2, …. So position p ≤ c goes at step 2(c - p) - 1 (odd n, p &lt; c), 0 (p = c) or
   * 2(c - p) (even n); position p &gt; c at step 2(p - c) (odd n) or 2(p - c) - 1 (even n). The
   * first step where they differ is the earlier of the steps of the last differing position at or
   * below c and the first differing position above c.
   */
  static long @org.jspecify.annotations.Nullable [] firstDifference(long[] a, long[] b, long n) {
    if (n == 0) {
      return null;
    }
    long c = (n - 1) / 2;
    boolean odd = (n & 1) == 1;
    long low = -1;
    long high = Long.MAX_VALUE;
    int ga = next(a, 0);
    int gb = next(b, 0);
    long endA = a[ga];
    long endB = b[gb];
    long pos = 0;
    while (pos < n) {
      long segEnd = Math.min(endA, endB);
      if (ga != gb) {
        if (pos <= c) {
          low = Math.max(low, Math.min(segEnd - 1, c));
        }
        if (segEnd - 1 > c && high == Long.MAX_VALUE) {
          high = Math.max(pos, c + 1);
        }
      }
      pos = segEnd;
      if (pos >= n) {
        break;
      }
      if (endA == pos) {
        ga = next(a, ga + 1);
        endA += a[ga];
      }
      if (endB == pos) {
        gb = next(b, gb + 1);
        endB += b[gb];
      }
    }
    if (low < 0 && high == Long.MAX_VALUE) {
      return null;
    }
    long lowStep = Long.MAX_VALUE;
    if (low >= 0) {
      lowStep = odd ? (low == c ? 0 : 2 * (c - low) - 1) : 2 * (c - low);
    }
    long highStep = Long.MAX_VALUE;
    if (high != Long.MAX_VALUE) {
      highStep = odd ? 2 * (high - c) : 2 * (high - c) - 1;
    }
    long p = lowStep < highStep ? low : high;
    return new long[] {Math.min(lowStep, highStep), gradeAt(a, p), gradeAt(b, p)};
  }

  private static int next(long[] histogram, int from) {
    int v = from;
    while (histogram[v] == 0) {
      v++;
    }
    return v;
  }
}
