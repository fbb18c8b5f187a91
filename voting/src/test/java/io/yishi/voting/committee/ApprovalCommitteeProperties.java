package io.yishi.voting.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.Rational;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the approval committee rules on random small profiles — 3 to 7 candidates, 1 to
 * 40 voters, either independent approvals or a few "parties" with noise, 1 to m seats — each
 * drawn from an explicit seed that every assertion prints.
 */
class ApprovalCommitteeProperties {

  static final int SEEDS = 60;

  /** Every rule, as id and the parameters that select a variant. */
  static final Map<String, ApprovalCommitteeRule> RULES = Map.of(
      "block", new BlockApprovalRule(),
      "pav exact", new ProportionalApprovalRule(),
      "pav sequential", new ProportionalApprovalRule(),
      "phragmen", new PhragmenRule());

  static Map<String, Object> variant(String rule) {
    return rule.startsWith("pav") ? Map.of("variant", rule.substring(4)) : Map.of();
  }

  static Parameters parameters(String rule, int seats, String tieBreak) {
    Map<String, Object> p = new HashMap<>(variant(rule));
    p.put("seats", seats);
    p.put("tieBreak", tieBreak);
    return Parameters.of(p);
  }

  /** A seeded draw: the candidates, one approval set per voter, and the seats. */
  record Draw(long seed, List<String> names, List<int[]> ballots, int seats) {

    int m() {
      return names.size();
    }

    ApprovalProfile profile() {
      return build(names, ballots);
    }

    String describe() {
      List<String> sets = new ArrayList<>();
      for (int[] b : ballots) {
        List<String> s = new ArrayList<>();
        for (int c : b) {
          s.add(names.get(c));
        }
        sets.add(String.join("", s));
      }
      return "seed " + seed + " (" + m() + " candidates, " + seats + " seats): " + sets;
    }
  }

  static ApprovalProfile build(List<String> names, List<int[]> ballots) {
    ApprovalProfile.Builder builder = ApprovalProfile.builder(names);
    ballots.forEach(b -> builder.add(b, 1));
    return builder.build();
  }

  static Draw draw(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 3 + random.nextInt(5);
    int voters = 1 + random.nextInt(40);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add(String.valueOf((char) ('a' + c)));
    }
    List<int[]> ballots = new ArrayList<>();
    if (random.nextBoolean()) {
      double p = 0.15 + 0.5 * random.nextDouble();
      for (int v = 0; v < voters; v++) {
        List<Integer> set = new ArrayList<>();
        for (int c = 0; c < m; c++) {
          if (random.nextDouble() < p) {
            set.add(c);
          }
        }
        ballots.add(set.stream().mapToInt(Integer::intValue).toArray());
      }
    } else {
      int parties = 1 + random.nextInt(3);
      List<Set<Integer>> platforms = new ArrayList<>();
      for (int q = 0; q < parties; q++) {
        Set<Integer> platform = new HashSet<>();
        for (int c = 0; c < m; c++) {
          if (random.nextInt(3) == 0) {
            platform.add(c);
          }
        }
        platforms.add(platform);
      }
      for (int v = 0; v < voters; v++) {
        Set<Integer> set = new HashSet<>(platforms.get(random.nextInt(parties)));
        if (random.nextInt(4) == 0) {
          int c = random.nextInt(m);
          if (!set.remove(c)) {
            set.add(c);
          }
        }
        ballots.add(set.stream().mapToInt(Integer::intValue).sorted().toArray());
      }
    }
    return new Draw(seed, names, ballots, 1 + random.nextInt(m));
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, SEEDS).boxed();
  }

  static Stream<Arguments> rulesAndSeeds() {
    return new TreeMap<>(RULES).keySet().stream()
        .flatMap(rule -> seeds().map(seed -> Arguments.of(rule, seed)));
  }

  static CommitteeDecision decide(String rule, ApprovalProfile p, int seats, String tieBreak,
      long seed) {
    return RULES.get(rule).decide(p, parameters(rule, seats, tieBreak), seed);
  }

  static List<Integer> indices(ApprovalProfile p, List<String> names) {
    return names.stream().map(n -> p.candidates().indexOf(n)).toList();
  }

  // ---- shape ----

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void withALotTheCommitteeHasExactlyTheSeats(String rule, long seed) {
    Draw d = draw(seed);
    CommitteeDecision decision = decide(rule, d.profile(), d.seats(), "lot", seed);

    assertThat(decision.elected()).as("%s on %s", rule, d.describe()).hasSize(d.seats())
        .doesNotHaveDuplicates();
    assertThat(decision.tie()).as("%s on %s", rule, d.describe()).isFalse();
    assertThat(decision.tied()).isEmpty();
    assertThat(decision.seats()).isEqualTo(d.seats());
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void withoutALotEitherAllSeatsAreFilledOrTheTieIsNamed(String rule, long seed) {
    Draw d = draw(seed);
    CommitteeDecision decision = decide(rule, d.profile(), d.seats(), "none", seed);

    String why = rule + " on " + d.describe();
    if (decision.tie()) {
      int open = d.seats() - decision.elected().size();
      // Block and exact PAV tie for all open seats at once; sequential rules for the next one.
      boolean sequential = rule.equals("phragmen") || rule.equals("pav sequential");
      assertThat(decision.tied()).as(why).hasSizeGreaterThan(sequential ? 1 : open)
          .doesNotHaveDuplicates();
      assertThat(decision.tied()).as(why).noneMatch(decision.elected()::contains);
      assertThat(open).as(why).isPositive();
      assertThat(decision.verdict()).isEqualTo(io.yishi.core.spi.Verdict.NOT_DECIDED);
    } else {
      assertThat(decision.elected()).as(why).hasSize(d.seats());
      assertThat(decision.verdict()).isEqualTo(io.yishi.core.spi.Verdict.CHOSEN);
    }
  }

  // ---- invariance ----

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void theDecisionDoesNotDependOnBallotOrderOrOnSplittingTheCount(String rule, long seed) {
    Draw d = draw(seed);
    CommitteeDecision whole = decide(rule, d.profile(), d.seats(), "lot", seed);

    List<int[]> shuffled = new ArrayList<>(d.ballots());
    Collections.shuffle(shuffled, new Random(seed));
    int cut = shuffled.size() / 2;
    ApprovalProfile merged = ApprovalProfile.builder(d.names())
        .addAll(build(d.names(), shuffled.subList(cut, shuffled.size())))
        .addAll(build(d.names(), shuffled.subList(0, cut))).build();

    assertThat(decide(rule, build(d.names(), shuffled), d.seats(), "lot", seed))
        .as("%s on %s, shuffled", rule, d.describe()).isEqualTo(whole);
    assertThat(decide(rule, merged, d.seats(), "lot", seed))
        .as("%s on %s, split and merged", rule, d.describe()).isEqualTo(whole);
  }

  /**
   * Renaming the candidates and reordering the slate renames the outcome: the same committee (in
   * the same order for the sequential rules), the same tie. Without a lot, so that nothing but
   * the ballots can decide.
   */
  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void renamingAndReorderingTheCandidatesRenamesTheOutcome(String rule, long seed) {
    Draw d = draw(seed);
    List<Integer> perm = new ArrayList<>();
    for (int c = 0; c < d.m(); c++) {
      perm.add(c);
    }
    Collections.shuffle(perm, new Random(seed ^ 0x5DEECE66DL));
    // Candidate c is renamed "x" + perm(c) and put at slate position m - 1 - perm(c).
    List<String> renamed = new ArrayList<>(Collections.nCopies(d.m(), ""));
    Map<String, String> rename = new HashMap<>();
    for (int c = 0; c < d.m(); c++) {
      renamed.set(d.m() - 1 - perm.get(c), "x" + perm.get(c));
      rename.put(d.names().get(c), "x" + perm.get(c));
    }
    List<int[]> moved = new ArrayList<>();
    for (int[] b : d.ballots()) {
      int[] nb = new int[b.length];
      for (int i = 0; i < b.length; i++) {
        nb[i] = d.m() - 1 - perm.get(b[i]);
      }
      moved.add(nb);
    }

    CommitteeDecision original = decide(rule, d.profile(), d.seats(), "none", seed);
    CommitteeDecision relabelled = decide(rule, build(renamed, moved), d.seats(), "none", seed);

    List<String> expected = original.elected().stream().map(rename::get).toList();
    String why = rule + " on " + d.describe();
    if (rule.equals("phragmen") || rule.equals("pav sequential")) {
      // Candidates nobody approves fill the last seats in slate order, which decides nothing.
      int approved = (int) original.elected().stream()
          .filter(n -> d.profile().approvalCount(d.names().indexOf(n)) > 0).count();
      assertThat(relabelled.elected().subList(0, approved)).as(why)
          .containsExactlyElementsOf(expected.subList(0, approved));
      assertThat(relabelled.elected()).as(why).containsExactlyInAnyOrderElementsOf(expected);
    } else {
      assertThat(relabelled.elected()).as(why).containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(relabelled.tie()).as(why).isEqualTo(original.tie());
    assertThat(relabelled.tied()).as(why).containsExactlyInAnyOrderElementsOf(
        original.tied().stream().map(rename::get).toList());
  }

  // ---- proportionality ----

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void exactPavSatisfiesExtendedJustifiedRepresentation(long seed) {
    Draw d = draw(seed);
    ApprovalProfile p = d.profile();
    CommitteeDecision decision = decide("pav exact", p, d.seats(), "lot", seed);

    assertThat(ApprovalAxioms.ejrViolation(p, d.seats(), indices(p, decision.elected())))
        .as(d.describe()).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void phragmenSatisfiesProportionalJustifiedRepresentation(long seed) {
    Draw d = draw(seed);
    ApprovalProfile p = d.profile();
    CommitteeDecision decision = decide("phragmen", p, d.seats(), "lot", seed);

    assertThat(ApprovalAxioms.pjrViolation(p, d.seats(), indices(p, decision.elected())))
        .as(d.describe()).isEmpty();
  }

  // ---- against simple references ----

  /** PAV score times lcm(1..k), computed voter by voter. */
  static BigInteger pavScore(Draw d, Set<Integer> committee) {
    BigInteger l = ProportionalApprovalRule.lcm(d.seats());
    BigInteger score = BigInteger.ZERO;
    for (int[] b : d.ballots()) {
      int have = 0;
      for (int c : b) {
        if (committee.contains(c)) {
          have++;
        }
      }
      for (int j = 1; j <= have; j++) {
        score = score.add(l.divide(BigInteger.valueOf(j)));
      }
    }
    return score;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void exactPavReachesTheBestScoreOfAnyCommitteeAndSequentialPavNoMore(long seed) {
    Draw d = draw(seed);
    ApprovalProfile p = d.profile();
    BigInteger[] best = {BigInteger.valueOf(-1)};
    ApprovalAxioms.forEachSubset(d.m(), d.seats(), w -> {
      BigInteger s = pavScore(d, new HashSet<>(w));
      if (s.compareTo(best[0]) > 0) {
        best[0] = s;
      }
    });

    Set<Integer> exact = new HashSet<>(indices(p, decide("pav exact", p, d.seats(), "lot", seed)
        .elected()));
    Set<Integer> greedy = new HashSet<>(indices(p, decide("pav sequential", p, d.seats(), "lot",
        seed).elected()));

    assertThat(pavScore(d, exact)).as(d.describe()).isEqualTo(best[0]);
    assertThat(pavScore(d, greedy)).as(d.describe()).isLessThanOrEqualTo(best[0]);
  }

  /**
   * Sequential Phragmén computed voter by voter with exact loads; where it meets no tie it must
   * elect the same candidates in the same order, and where it meets one the rule with {@code
   * tieBreak none} must stop at the same seat.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void phragmenAgreesWithAVoterByVoterReference(long seed) {
    Draw d = draw(seed);
    Rational[] load = new Rational[d.ballots().size()];
    java.util.Arrays.fill(load, Rational.ZERO);
    List<String> elected = new ArrayList<>();
    boolean tie = false;
    while (elected.size() < d.seats() && !tie) {
      Rational best = null;
      List<Integer> arg = new ArrayList<>();
      for (int c = 0; c < d.m(); c++) {
        if (elected.contains(d.names().get(c))) {
          continue;
        }
        Rational sum = Rational.of(1, 1);
        int n = 0;
        for (int v = 0; v < load.length; v++) {
          int cc = c;
          if (java.util.Arrays.stream(d.ballots().get(v)).anyMatch(x -> x == cc)) {
            sum = sum.add(load[v]);
            n++;
          }
        }
        if (n == 0) {
          continue;
        }
        Rational s = sum.divide(n);
        if (best == null || s.compareTo(best) < 0) {
          best = s;
          arg.clear();
        }
        if (s.compareTo(best) == 0) {
          arg.add(c);
        }
      }
      if (best == null) {
        int left = d.m() - elected.size();
        tie = left > d.seats() - elected.size();
        if (!tie) {
          for (int c = 0; c < d.m(); c++) {
            if (!elected.contains(d.names().get(c))) {
              elected.add(d.names().get(c));
            }
          }
        }
        break;
      }
      if (arg.size() > 1) {
        tie = true;
        break;
      }
      int e = arg.get(0);
      elected.add(d.names().get(e));
      for (int v = 0; v < load.length; v++) {
        if (java.util.Arrays.stream(d.ballots().get(v)).anyMatch(x -> x == e)) {
          load[v] = best;
        }
      }
    }

    CommitteeDecision decision = decide("phragmen", d.profile(), d.seats(), "none", seed);

    assertThat(decision.tie()).as(d.describe()).isEqualTo(tie);
    if (tie) {
      assertThat(decision.elected()).as(d.describe()).containsExactlyElementsOf(elected);
    } else {
      assertThat(decision.elected()).as(d.describe())
          .containsExactlyInAnyOrderElementsOf(elected);
      assertThat(decision.elected().subList(0, elected.size() - countUnapproved(d, elected)))
          .as(d.describe()).containsExactlyElementsOf(elected.subList(0, elected.size()
              - countUnapproved(d, elected)));
    }
  }

  private static int countUnapproved(Draw d, List<String> elected) {
    ApprovalProfile p = d.profile();
    int n = 0;
    for (String name : elected) {
      if (p.approvalCount(p.candidates().indexOf(name)) == 0) {
        n++;
      }
    }
    return n;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void blockElectsCandidatesWithNoFewerApprovalsThanAnyLeftOut(long seed) {
    Draw d = draw(seed);
    ApprovalProfile p = d.profile();
    CommitteeDecision decision = decide("block", p, d.seats(), "lot", seed);

    long worstIn = Long.MAX_VALUE;
    long bestOut = -1;
    for (int c = 0; c < d.m(); c++) {
      long a = p.approvalCount(c);
      if (decision.elected().contains(d.names().get(c))) {
        worstIn = Math.min(worstIn, a);
      } else {
        bestOut = Math.max(bestOut, a);
      }
    }
    assertThat(worstIn).as(d.describe()).isGreaterThanOrEqualTo(bestOut);
  }
}
