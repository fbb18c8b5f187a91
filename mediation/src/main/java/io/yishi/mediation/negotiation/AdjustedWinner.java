package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The Adjusted Winner procedure of Steven J. Brams and Alan D. Taylor (<i>Fair Division</i>,
 * 1996, ch. 4; <i>The Win-Win Solution</i>, 1999), as set out in RULES.md §6.1: two parties
 * divide divisible issues after each spreads 100 points over them.
 *
 * <pre>{@code
 * AdjustedWinnerResult r = AdjustedWinner.divide(
 *     List.of("retirement account", "home", "summer cottage", "investments", "other"),
 *     "Carol", new int[] {50, 20, 15, 10, 5},
 *     "Bob", new int[] {40, 30, 10, 10, 10});
 * r.totalA();      // 170/3, and r.totalB() is 170/3 too
 * r.splitIssue();  // retirement account, Carol keeps 5/6
 * }</pre>
 *
 * <h2>The procedure</h2>
 *
 * <ol>
 *   <li><b>Winner phase.</b> Each issue goes to the party that gives it more points.
 *   <li><b>Ties.</b> Issues both parties value equally all go to the party with fewer points from
 *       the issues already given out (RULES.md §6.1, following the NYU Adjusted Winner site's
 *       example, where the trailing Bob receives the tied investments). If the parties are level
 *       on those issues, the tied issues go to party A; the adjusted phase then evens the totals,
 *       so the final totals do not depend on this choice.
 *   <li><b>Adjusted phase.</b> If one party (the leader) now has more of its own points than the
 *       other (the trailer) has of its own, the leader's issues are taken in increasing order of
 *       the ratio of the leader's points to the trailer's points (issues with equal ratios in the
 *       order given; issues the trailer values at 0 come last; issues both value at 0 are never
 *       moved, as moving them changes nothing). Each is moved whole to the trailer while the
 *       leader still has at least as many points as the trailer afterwards. The first issue whose
 *       whole transfer would put the trailer ahead is split: the trailer receives the fraction
 *       {@code p = (P_L - P_T) / (L_j + T_j)}, which makes {@code P_L - p L_j = P_T + p T_j}.
 * </ol>
 *
 * <h2>Guarantees</h2>
 *
 * For two parties with additive valuations (a share {@code x} of an issue is worth {@code x}
 * times its points) the result is
 *
 * <ul>
 *   <li><b>equitable</b>: both parties receive the same number of their own points;
 *   <li><b>envy-free</b>: since the points sum to 100 and each party receives at least 50 of its
 *       own, each values its share at least as much as the other's share;
 *   <li><b>efficient</b> (Pareto-optimal): no other division, with any number of splits, gives
 *       one party more points without giving the other fewer, because every issue the trailer
 *       ends up with has a ratio no greater than every issue the leader keeps;
 *   <li>and at most one issue is split.
 * </ul>
 *
 * These hold only if the parties report their points honestly and the issues are divisible
 * (a share of an issue can be agreed); when the split issue is in fact indivisible, the mediator
 * must treat it by other means, e.g. compensation or sale, as RULES.md §6.1 notes.
 *
 * <p>Arithmetic is exact: points are whole numbers, the split fraction and the totals are
 * rationals with denominator at most 200. The class is stateless and thread-safe; {@link #divide}
 * runs in {@code O(m log m)} for {@code m} issues.
 */
public final class AdjustedWinner {

  private static final String SOURCE = "(Adjusted Winner, RULES.md §6.1)";
  private static final int TOTAL = 100;

  private AdjustedWinner() {}

  /**
   * Divides the issues between two parties, each of whom spreads 100 points over them.
   *
   * @param issues the issues' names, at least one, distinct and not blank; divisible issues
   * @param partyA the first party's name, not blank
   * @param pointsA party A's points, one per issue in the order of {@code issues}: whole numbers
   *     {@code >= 0} that sum to 100
   * @param partyB the second party's name, not blank and different from {@code partyA}
   * @param pointsB party B's points, in the same order and with the same rules
   * @return the division, with shares keyed by issue in the order given
   * @throws InvalidPointsException if the issues or the parties' names are blank or repeated,
   *     a party gives the wrong number of values, a value is negative, or a party's points do not
   *     sum to 100; the field names the party and the issue
   */
  public static AdjustedWinnerResult divide(
      List<String> issues, String partyA, int[] pointsA, String partyB, int[] pointsB) {
    checkNotNull(issues, "issues");
    checkNotNull(pointsA, "pointsA");
    checkNotNull(pointsB, "pointsB");
    check(issues, partyA, pointsA, partyB, pointsB);
    return new Run(List.copyOf(issues), partyA, pointsA.clone(), partyB, pointsB.clone()).run();
  }

  /**
   * Divides the issues of a problem between its two parties; the same as {@link #divide(List,
   * String, int[], String, int[])} on the problem's parts.
   *
   * @param problem the issues and both parties' points, already checked by its constructor
   * @return the division, with shares keyed by issue in the order of the problem's issues
   */
  public static AdjustedWinnerResult divide(AdjustedWinnerProblem problem) {
    checkNotNull(problem, "problem");
    return divide(problem.issues(), problem.partyA().name(), problem.partyA().pointsArray(),
        problem.partyB().name(), problem.partyB().pointsArray());
  }

  /** The checks of {@link #divide(List, String, int[], String, int[])}, for problem values. */
  static void check(
      List<String> issues, String partyA, int[] pointsA, String partyB, int[] pointsB) {
    checkParties(partyA, partyB);
    checkIssues(issues);
    checkPoints(issues, partyA, pointsA);
    checkPoints(issues, partyB, pointsB);
  }

  /**
   * Divides the issues between two parties, each of whom gives every issue a number of points.
   *
   * <p>The issues are the keys of {@code pointsA}, in its iteration order (use a {@link
   * LinkedHashMap} or {@link Map#of} order as you wish; the order only decides between issues with
   * equal ratios and the order of the explanation).
   *
   * @param partyA the first party's name, not blank
   * @param pointsA party A's points by issue: whole numbers {@code >= 0} that sum to 100; at
   *     least one issue, names not blank
   * @param partyB the second party's name, not blank and different from {@code partyA}
   * @param pointsB party B's points for exactly the same issues, with the same rules
   * @return the division, with shares keyed by issue in the iteration order of {@code pointsA}
   * @throws InvalidPointsException if a name is blank or repeated, {@code pointsB} leaves out an
   *     issue of {@code pointsA} or adds one, a value is negative or a party's points do not sum
   *     to 100; the field names the party and the issue
   */
  public static AdjustedWinnerResult divide(
      String partyA, Map<String, Integer> pointsA, String partyB, Map<String, Integer> pointsB) {
    checkNotNull(pointsA, "pointsA");
    checkNotNull(pointsB, "pointsB");
    checkParties(partyA, partyB);
    List<String> issues = List.copyOf(pointsA.keySet());
    checkIssues(issues);
    for (String issue : pointsA.keySet()) {
      if (!pointsB.containsKey(issue)) {
        throw new InvalidPointsException(
            field(partyB, issue), null,
            "missing; both parties must give every issue points (0 is allowed) " + SOURCE);
      }
    }
    for (String issue : pointsB.keySet()) {
      if (!pointsA.containsKey(issue)) {
        throw new InvalidPointsException(
            field(partyB, issue), pointsB.get(issue),
            "is not an issue of " + partyA + " " + issues + "; both parties must score the same"
                + " issues " + SOURCE);
      }
    }
    int[] a = new int[issues.size()];
    int[] b = new int[issues.size()];
    for (int j = 0; j < a.length; j++) {
      a[j] = checkNotNull(pointsA.get(issues.get(j)), "pointsA value");
      b[j] = checkNotNull(pointsB.get(issues.get(j)), "pointsB value");
    }
    checkPoints(issues, partyA, a);
    checkPoints(issues, partyB, b);
    return new Run(issues, partyA, a, partyB, b).run();
  }

  private static void checkParties(@Nullable String partyA, @Nullable String partyB) {
    checkNotNull(partyA, "partyA");
    checkNotNull(partyB, "partyB");
    if (partyA.isBlank() || partyB.isBlank()) {
      throw new InvalidPointsException(
          "parties", "'" + partyA + "', '" + partyB + "'", "names must not be blank " + SOURCE);
    }
    if (partyA.equals(partyB)) {
      throw new InvalidPointsException(
          "parties", "'" + partyA + "' twice", "the two parties must have different names "
              + SOURCE);
    }
  }

  private static void checkIssues(List<String> issues) {
    if (issues.isEmpty()) {
      throw new InvalidPointsException("issues", "[]",
          "there must be at least one issue " + SOURCE);
    }
    Set<String> seen = new HashSet<>();
    for (String issue : issues) {
      checkNotNull(issue, "issue");
      if (issue.isBlank()) {
        throw new InvalidPointsException(
            "issues", "'" + issue + "'", "issue names must not be blank " + SOURCE);
      }
      if (!seen.add(issue)) {
        throw new InvalidPointsException(
            "issues", "'" + issue + "' twice", "issue names must be distinct " + SOURCE);
      }
    }
  }

  private static void checkPoints(List<String> issues, String party, int[] points) {
    if (points.length != issues.size()) {
      throw new InvalidPointsException(
          "points." + party, points.length + " values",
          "must give one value per issue, " + issues.size() + " for " + issues + " " + SOURCE);
    }
    long sum = 0;
    for (int j = 0; j < points.length; j++) {
      if (points[j] < 0) {
        throw new InvalidPointsException(
            field(party, issues.get(j)), points[j], "points must be whole numbers >= 0 " + SOURCE);
      }
      sum += points[j];
    }
    if (sum != TOTAL) {
      throw new InvalidPointsException(
          "points." + party, sum + " in all " + Arrays.toString(points),
          "each party must spread exactly 100 points over the issues " + SOURCE);
    }
  }

  private static String field(String party, String issue) {
    return "points." + party + "['" + issue + "']";
  }

  /** One run of the procedure over validated input; party 0 is A, party 1 is B. */
  private static final class Run {
    private final List<String> issues;
    private final String[] names;
    private final int[][] points;
    /** The owner of each issue after the winner phase and the whole transfers: 0 or 1. */
    private final int[] owner;
    private final List<String> lines = new ArrayList<>();

    Run(List<String> issues, String partyA, int[] a, String partyB, int[] b) {
      this.issues = issues;
      this.names = new String[] {partyA, partyB};
      this.points = new int[][] {a, b};
      this.owner = new int[issues.size()];
    }

    AdjustedWinnerResult run() {
      int m = issues.size();
      int[] a = points[0];
      int[] b = points[1];
      long[] won = new long[2];
      List<Integer> tied = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        if (a[j] == b[j]) {
          tied.add(j);
        } else {
          owner[j] = a[j] > b[j] ? 0 : 1;
          won[owner[j]] += points[owner[j]][j];
        }
      }
      lines.add("winner phase: " + holdings(0) + "; " + holdings(1));
      if (!tied.isEmpty()) {
        // RULES.md §6.1: tied issues go to whoever trails on the issues already given out.
        int to = won[1] < won[0] ? 1 : 0;
        String why =
            won[0] == won[1]
                ? names[0] + ", the first party, as both have " + won[0]
                    + " points from the other issues"
                : names[to] + ", who has fewer points from the other issues (" + won[to] + " to "
                    + won[1 - to] + ")";
        for (int j : tied) {
          owner[j] = to;
          won[to] += points[to][j];
        }
        lines.add("ties: " + describe(tied, j -> a[j] + " each") + " go to " + why);
      }
      lines.add("after the winner phase: " + names[0] + " " + won[0] + ", " + names[1] + " "
          + won[1]);
      Fraction[] share = new Fraction[m];
      for (int j = 0; j < m; j++) {
        share[j] = owner[j] == 0 ? Fraction.ONE : Fraction.ZERO;
      }
      if (won[0] == won[1]) {
        lines.add("totals are equal: no transfer is needed");
        return result(share, Fraction.of(won[0], 1), Fraction.of(won[1], 1), null);
      }
      int lead = won[0] > won[1] ? 0 : 1;
      int trail = 1 - lead;
      int[] l = points[lead];
      int[] t = points[trail];
      List<Integer> order = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        if (owner[j] == lead && l[j] > 0) {
          order.add(j);
        }
      }
      // Increasing l/t by cross-multiplication; t = 0 sorts last; stable, so input order breaks
      // ties.
      order.sort((i, j) -> Long.compare((long) l[i] * t[j], (long) l[j] * t[i]));
      lines.add(names[lead] + " leads; transfer order by " + names[lead] + "'s points over "
          + names[trail] + "'s: " + describe(order, j -> l[j] + "/" + t[j] + " = " + ratio(l[j],
          t[j])));
      long pl = won[lead];
      long pt = won[trail];
      for (int j : order) {
        long afterL = pl - l[j];
        long afterT = pt + t[j];
        if (afterL >= afterT) {
          owner[j] = trail;
          share[j] = trail == 0 ? Fraction.ONE : Fraction.ZERO;
          pl = afterL;
          pt = afterT;
          lines.add("transfer " + issues.get(j) + " (ratio " + ratio(l[j], t[j]) + ") to "
              + names[trail] + ": " + names[lead] + " " + pl + ", " + names[trail] + " " + pt);
          if (afterL == afterT) {
            lines.add("totals are equal: no split is needed");
            return result(share, Fraction.of(pl, 1), Fraction.of(pt, 1), null);
          }
          continue;
        }
        long den = (long) l[j] + t[j];
        long num = pl - pt;
        Fraction toTrailer = Fraction.of(num, den);
        Fraction kept = Fraction.of(den - num, den);
        Fraction leaderTotal = Fraction.of(pl * den - num * l[j], den);
        Fraction trailerTotal = Fraction.of(pt * den + num * t[j], den);
        share[j] = lead == 0 ? kept : toTrailer;
        lines.add("split " + issues.get(j) + " (ratio " + ratio(l[j], t[j]) + "): " + names[trail]
            + " gets " + toTrailer + " = (" + pl + " - " + pt + ") / (" + l[j] + " + " + t[j]
            + "), " + names[lead] + " keeps " + kept);
        Fraction[] totals = new Fraction[2];
        totals[lead] = leaderTotal;
        totals[trail] = trailerTotal;
        return result(share, totals[0], totals[1],
            new AdjustedWinnerResult.Split(issues.get(j), share[j]));
      }
      // Unreachable for valid input: the trailer values the leader's holdings at 100 - P_T > P_L
      // - P_T before the last issue with a positive ratio is moved, so a crossing always occurs.
      throw new IllegalStateException("adjusted phase ended without equal totals");
    }

    private AdjustedWinnerResult result(
        Fraction[] share, Fraction totalA, Fraction totalB,
        AdjustedWinnerResult.@Nullable Split split) {
      Map<String, Fraction> shares = new LinkedHashMap<>();
      for (int j = 0; j < share.length; j++) {
        shares.put(issues.get(j), share[j]);
      }
      lines.add("final: " + names[0] + " " + totalA + " points, " + names[1] + " " + totalB
          + " points");
      return new AdjustedWinnerResult(names[0], names[1], shares, totalA, totalB, split, lines);
    }

    private String holdings(int party) {
      List<Integer> js = new ArrayList<>();
      for (int j = 0; j < issues.size(); j++) {
        if (owner[j] == party && points[0][j] != points[1][j]) {
          js.add(j);
        }
      }
      int other = 1 - party;
      return names[party] + " gets "
          + (js.isEmpty() ? "nothing" : describe(js, j -> points[party][j] + " to "
              + points[other][j]));
    }

    private String describe(List<Integer> js, IntFunction<String> detail) {
      List<String> parts = new ArrayList<>();
      for (int j : js) {
        parts.add(issues.get(j) + " (" + detail.apply(j) + ")");
      }
      return String.join(", ", parts);
    }

    private static String ratio(int l, int t) {
      return t == 0 ? "infinite" : Fraction.of(l, t).toString();
    }
  }
}
