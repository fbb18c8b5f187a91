package io.yishi.voting.cardinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the cardinal methods on random profiles (2 to 7 candidates, 1 to 120 voters,
 * scores 0 to 5), each drawn from an explicit seed that every assertion prints.
 */
class CardinalProperties {

  static final Parameters LOT = Parameters.of(Map.of("tieBreak", "lot"));
  static final List<CardinalMethod> SCORE_METHODS = List.of(new ScoreMethod(), new StarMethod(),
      new MajorityJudgmentMethod(), new DotVotingMethod());

  static LongStream seeds() {
    return LongStream.range(1, 41);
  }

  static List<String> names(int m) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add("c" + c);
    }
    return names;
  }

  /** Random rows; for dots, each row spends at most 5 dots. */
  static List<int[]> rows(SplittableRandom random, int m, int voters, boolean dots) {
    List<int[]> rows = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      int[] row = new int[m];
      if (dots) {
        int left = random.nextInt(6);
        while (left > 0) {
          row[random.nextInt(m)]++;
          left--;
        }
      } else {
        for (int c = 0; c < m; c++) {
          row[c] = random.nextInt(6);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  static ScoreProfile build(List<String> names, int max, List<int[]> rows) {
    ScoreProfile.Builder b = ScoreProfile.builder(names, 0, max);
    rows.forEach(r -> b.add(r, 1));
    return b.build();
  }

  static Parameters parameters(CardinalMethod method, boolean lot) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (method instanceof DotVotingMethod) {
      p.put("dots", 5);
    }
    if (lot) {
      p.put("tieBreak", "lot");
    }
    return Parameters.of(p);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void orderOfBallotsAndSplittingDoNotMatter(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 2 + random.nextInt(6);
    List<int[]> rows = rows(random, m, 1 + random.nextInt(120), random.nextBoolean());
    List<String> names = names(m);
    ScoreProfile whole = build(names, 5, rows);
    List<int[]> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    int cut = random.nextInt(rows.size() + 1);
    ScoreProfile left = build(names, 5, shuffled.subList(0, cut));
    ScoreProfile right = build(names, 5, shuffled.subList(cut, rows.size()));
    ScoreProfile merged = ScoreProfile.builder(names, 0, 5).addAll(right).addAll(left).build();
    assertThat(merged.sameBallots(whole)).as("seed %s", seed).isTrue();
    assertThat(merged.totals()).as("seed %s", seed).containsExactly(whole.totals());
    for (CardinalMethod method : SCORE_METHODS) {
      boolean dots = method instanceof DotVotingMethod;
      if (dots && whole.largestBallotSum() > 5) {
        continue;
      }
      for (boolean lot : new boolean[] {false, true}) {
        Parameters p = parameters(method, lot);
        CardinalDecision a = method.decide(whole, p, seed);
        CardinalDecision b = method.decide(merged, p, seed);
        assertThat(b).as("%s, seed %s", method.id(), seed).isEqualTo(a);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void approvalIgnoresOrderAndSplitting(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 2 + random.nextInt(6);
    List<String> names = names(m);
    List<int[]> sets = ApprovalProfileTest.randomSets(random, m, 1 + random.nextInt(120));
    ApprovalProfile.Builder whole = ApprovalProfile.builder(names);
    sets.forEach(s -> whole.add(s, 1));
    List<int[]> shuffled = new ArrayList<>(sets);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    int cut = random.nextInt(sets.size() + 1);
    ApprovalProfile.Builder l = ApprovalProfile.builder(names);
    ApprovalProfile.Builder r = ApprovalProfile.builder(names);
    shuffled.subList(0, cut).forEach(s -> l.add(s, 1));
    shuffled.subList(cut, sets.size()).forEach(s -> r.add(s, 1));
    ApprovalProfile merged = ApprovalProfile.builder(names).addAll(r.build()).addAll(l.build())
        .build();
    for (Parameters p : List.of(Parameters.empty(), LOT)) {
      assertThat(new ApprovalMethod().decide(merged, p, seed)).as("seed %s", seed)
          .isEqualTo(new ApprovalMethod().decide(whole.build(), p, seed));
    }
  }

  /** Relabelling the candidates (a permutation of the columns) relabels the result. */
  @ParameterizedTest
  @MethodSource("seeds")
  void relabellingCandidatesRelabelsTheResult(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 2 + random.nextInt(6);
    boolean dotsRows = random.nextBoolean();
    List<int[]> rows = rows(random, m, 1 + random.nextInt(120), dotsRows);
    int[] perm = new int[m];
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      order.add(c);
    }
    Collections.shuffle(order, new java.util.Random(seed));
    for (int c = 0; c < m; c++) {
      perm[c] = order.get(c);
    }
    List<String> names = names(m);
    // column c of the original is column perm[c] of the permuted profile
    List<String> permutedNames = new ArrayList<>(names);
    List<int[]> permuted = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      permutedNames.set(perm[c], "r" + c);
    }
    for (int[] row : rows) {
      int[] p = new int[m];
      for (int c = 0; c < m; c++) {
        p[perm[c]] = row[c];
      }
      permuted.add(p);
    }
    ScoreProfile original = build(names, 5, rows);
    ScoreProfile relabelled = build(permutedNames, 5, permuted);
    for (CardinalMethod method : SCORE_METHODS) {
      if (method instanceof DotVotingMethod && original.largestBallotSum() > 5) {
        continue;
      }
      Parameters p = parameters(method, false);
      CardinalDecision a = method.decide(original, p, seed);
      CardinalDecision b = method.decide(relabelled, p, seed);
      assertThat(b.winners().stream().map(w -> "c" + w.substring(1)).sorted().toList())
          .as("%s, seed %s", method.id(), seed)
          .isEqualTo(a.winners().stream().sorted().toList());
      for (int c = 0; c < m; c++) {
        assertThat(b.scores().get("r" + c)).as("%s, seed %s", method.id(), seed)
            .isEqualTo(a.scores().get("c" + c));
      }
      assertThat(b.tie()).isEqualTo(a.tie());
    }
  }

  /** The majority-value comparison agrees with removing median grades one at a time. */
  @ParameterizedTest
  @MethodSource("seeds")
  void majorityValueMatchesRepeatedMedianRemoval(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 200; trial++) {
      int grades = 1 + random.nextInt(5);
      int n = 1 + random.nextInt(12);
      long[] a = new long[grades + 1];
      long[] b = new long[grades + 1];
      for (int v = 0; v < n; v++) {
        a[random.nextInt(grades + 1)]++;
        b[random.nextInt(trial % 3 == 0 ? 2 : grades + 1)]++;
      }
      assertThat(Integer.signum(MajorityJudgmentMethod.compare(a, b, n)))
          .as("seed %s, %s vs %s", seed, java.util.Arrays.toString(a),
              java.util.Arrays.toString(b))
          .isEqualTo(bruteForce(a, b));
    }
  }

  private static int bruteForce(long[] a, long[] b) {
    List<Integer> ga = expand(a);
    List<Integer> gb = expand(b);
    while (!ga.isEmpty()) {
      int ia = (ga.size() - 1) / 2;
      int ib = (gb.size() - 1) / 2;
      int cmp = Integer.compare(ga.get(ia), gb.get(ib));
      if (cmp != 0) {
        return cmp;
      }
      ga.remove(ia);
      gb.remove(ib);
    }
    return 0;
  }

  private static List<Integer> expand(long[] h) {
    List<Integer> grades = new ArrayList<>();
    for (int v = 0; v < h.length; v++) {
      for (long k = 0; k < h[v]; k++) {
        grades.add(v);
      }
    }
    return grades;
  }

  /** The STAR winner is one of the two highest totals, and beats the other finalist. */
  @ParameterizedTest
  @MethodSource("seeds")
  void starWinnerIsAFinalistPreferredOrTieBroken(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 2 + random.nextInt(6);
    ScoreProfile p = build(names(m), 5, rows(random, m, 1 + random.nextInt(60), false));
    CardinalDecision d = new StarMethod().decide(p, LOT, seed);
    assertThat(d.tie()).isFalse();
    assertThat(d.runoff().finalists()).as("seed %s", seed).contains(d.winners().get(0));
    long[] totals = p.totals();
    long[] sorted = totals.clone();
    java.util.Arrays.sort(sorted);
    for (String f : d.runoff().finalists()) {
      assertThat(totals[p.candidates().indexOf(f)]).as("seed %s", seed)
          .isGreaterThanOrEqualTo(sorted[m - 2]);
    }
    List<Long> pref = d.runoff().preferred();
    int w = d.runoff().finalists().indexOf(d.winners().get(0));
    assertThat(pref.get(w)).as("seed %s", seed).isGreaterThanOrEqualTo(pref.get(1 - w));
    assertThat(pref.get(0) + pref.get(1) + d.runoff().noPreference()).isEqualTo(p.voters());
  }

  /** A ballot that over-spends dots is refused, and the decision is as if it was never cast. */
  @ParameterizedTest
  @MethodSource("seeds")
  void overspentDotsAreRefusedAndChangeNothing(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 2 + random.nextInt(6);
    List<String> names = names(m);
    List<io.yishi.core.spi.Ballot> ballots = new ArrayList<>();
    List<int[]> rows = rows(random, m, 1 + random.nextInt(30), true);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (int c = 0; c < m; c++) {
        if (rows.get(i)[c] > 0) {
          scores.put(names.get(c), rows.get(i)[c]);
        }
      }
      ballots.add(new ScoreBallot(MemberId.of("m" + i), scores));
    }
    var request = CardinalRulesTest.request(names, ballots, Map.of("dots", 5));
    CardinalDecision before = new DotVotingMethod().decide(request);
    Map<String, Integer> over = new LinkedHashMap<>();
    over.put(names.get(0), 3);
    over.put(names.get(m - 1), 3);
    ScoreBallot bad = new ScoreBallot(MemberId.of("late"), over);
    assertThatThrownBy(() -> new DotVotingMethod().checkBallot(bad, request))
        .isInstanceOf(InvalidBallotException.class).hasMessageContaining("ballot.scores")
        .hasMessageContaining("6").hasMessageContaining("5 each voter has");
    List<io.yishi.core.spi.Ballot> withBad = new ArrayList<>(ballots);
    withBad.add(bad);
    assertThatThrownBy(() -> new DotVotingMethod().decide(request.withBallots(withBad)))
        .isInstanceOf(InvalidBallotException.class).hasMessageContaining("5 each voter has");
    assertThat(new DotVotingMethod().decide(request)).isEqualTo(before);
    long total = before.scores().values().stream().mapToLong(BigDecimal::longValueExact).sum();
    assertThat(total).as("seed %s", seed).isLessThanOrEqualTo(5L * rows.size());
  }
}
