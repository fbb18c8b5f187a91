package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the two parties of an Adjusted Winner division state: the issues between them and how
 * each spreads its 100 points over them (RULES.md §6.1). The problem of the {@code
 * adjusted-winner} negotiation tool; divide it with {@link
 * AdjustedWinner#divide(AdjustedWinnerProblem)}.
 *
 * <p>As JSON, points in the order of the issues:
 *
 * <pre>{@code
 * {"issues": ["retirement account", "home", "summer cottage", "investments", "other"],
 *  "partyA": {"name": "Carol", "points": [50, 20, 15, 10, 5]},
 *  "partyB": {"name": "Bob", "points": [40, 30, 10, 10, 10]}}
 * }</pre>
 *
 * <p>The constructor applies the procedure's rules, so a problem that exists can be divided: at
 * least one issue, names distinct and not blank, two differently named parties, one whole number
 * {@code >= 0} per issue from each party, each party's points summing to exactly 100.
 *
 * @param issues the issues' names, at least one, distinct and not blank; divisible issues
 * @param partyA the first party and its points
 * @param partyB the second party and its points
 */
public record AdjustedWinnerProblem(List<String> issues, Party partyA, Party partyB) {

  /**
   * One party and its points.
   *
   * @param name the party's name, not blank
   * @param points the party's points, one per issue in the order of the problem's issues: whole
   *     numbers {@code >= 0} that sum to 100
   */
  public record Party(String name, List<Integer> points) {

    /**
     * Copies the points.
     *
     * @param name the party's name, not blank
     * @param points the party's points, one per issue in the order of the problem's issues
     * @throws InvalidPointsException if a point value is missing (null), field {@code
     *     points.NAME[i]}
     */
    public Party {
      checkNotNull(name, "name");
      checkNotNull(points, "points");
      List<Integer> copy = new ArrayList<>(points.size());
      for (int i = 0; i < points.size(); i++) {
        @Nullable Integer p = points.get(i);
        if (p == null) {
          throw new InvalidPointsException("points." + name + "[" + i + "]", null,
              "is missing; points must be whole numbers >= 0 (Adjusted Winner, RULES.md §6.1)");
        }
        copy.add(p);
      }
      points = Collections.unmodifiableList(copy);
    }

    /**
     * {@return a party; shorthand for the constructor}
     *
     * @param name the party's name, not blank
     * @param points the party's points, one per issue
     */
    public static Party of(String name, int... points) {
      List<Integer> list = new ArrayList<>(points.length);
      for (int p : points) {
        list.add(p);
      }
      return new Party(name, list);
    }

    int[] pointsArray() {
      return points.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * Checks the problem by the procedure's rules and copies the issues.
   *
   * @param issues the issues' names, at least one, distinct and not blank
   * @param partyA the first party and its points
   * @param partyB the second party and its points
   * @throws InvalidPointsException if the issues or the parties' names are blank or repeated, a
   *     party gives the wrong number of values, a value is negative, or a party's points do not
   *     sum to 100; the field names the party and the issue, e.g. {@code points.Carol['home']}
   */
  public AdjustedWinnerProblem {
    checkNotNull(issues, "issues");
    checkNotNull(partyA, "partyA");
    checkNotNull(partyB, "partyB");
    AdjustedWinner.check(issues, partyA.name(), partyA.pointsArray(), partyB.name(),
        partyB.pointsArray());
    issues = List.copyOf(issues);
  }
}
