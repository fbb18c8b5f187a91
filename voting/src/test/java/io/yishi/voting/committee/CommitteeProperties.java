package io.yishi.voting.committee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import io.yishi.voting.ranked.Profile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the three ranked committee rules over seeded random profiles. */
class CommitteeProperties {

  private static final List<RankedCommitteeRule> RULES =
      List.of(new ScottishStvRule(), new MeekStvRule(), new SntvRule());

  static Stream<Arguments> cases() {
    return IntStream.range(0, 40).boxed().flatMap(seed -> RULES.stream()
        .map(rule -> Arguments.of(rule, 1000L + seed)));
  }

  static Stream<Arguments> stvCases() {
    return IntStream.range(0, 60).boxed().flatMap(seed -> RULES.subList(0, 2).stream()
        .map(rule -> Arguments.of(rule, 5000L + seed)));
  }

  /** A random election: candidate names, ballots as orders (possibly truncated) with counts. */
  record Election(List<String> names, List<int[]> orders, int seats) {

    static Election random(SplittableRandom r) {
      int m = 3 + r.nextInt(6);
      List<String> names = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        names.add("c" + c);
      }
      List<int[]> orders = new ArrayList<>();
      int voters = 1 + r.nextInt(60);
      for (int v = 0; v < voters; v++) {
        orders.add(order(r, m, 1 + r.nextInt(m)));
      }
      return new Election(names, orders, 1 + r.nextInt(m));
    }

    static int[] order(SplittableRandom r, int m, int length) {
      List<Integer> all = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        all.add(c);
      }
      Collections.shuffle(all, new java.util.Random(r.nextLong()));
      return all.subList(0, length).stream().mapToInt(Integer::intValue).toArray();
    }

    Profile profile() {
      Profile.Builder b = Profile.builder(names);
      for (int[] order : orders) {
        b.addOrder(order, 1);
      }
      return b.build();
    }
  }

  private static Parameters params(int seats, String tieBreak) {
    return Parameters.of(Map.of("seats", seats, "tieBreak", tieBreak));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void electsExactlyTheSeatsWithLotsAndAtMostThemWithout(RankedCommitteeRule rule, long seed) {
    Election e = Election.random(new SplittableRandom(seed));

    CommitteeDecision lot = rule.decide(e.profile(), params(e.seats(), "lot"), seed);
    CommitteeDecision none = rule.decide(e.profile(), params(e.seats(), "none"), seed);

    assertThat(lot.elected()).as("seed %s", seed).hasSize(e.seats()).doesNotHaveDuplicates();
    assertThat(lot.verdict()).isEqualTo(Verdict.CHOSEN);
    if (none.tie()) {
      assertThat(none.verdict()).isEqualTo(Verdict.NOT_DECIDED);
      assertThat(none.elected()).hasSizeLessThan(e.seats());
      assertThat(none.tied()).hasSizeGreaterThan(1);
    } else {
      assertThat(none.elected()).as("seed %s", seed).isEqualTo(lot.elected());
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void ballotOrderDoesNotMatter(RankedCommitteeRule rule, long seed) {
    Election e = Election.random(new SplittableRandom(seed));
    List<int[]> shuffled = new ArrayList<>(e.orders());
    Collections.shuffle(shuffled, new java.util.Random(seed));
    Election reordered = new Election(e.names(), shuffled, e.seats());

    assertThat(rule.decide(reordered.profile(), params(e.seats(), "lot"), seed))
        .as("seed %s", seed)
        .isEqualTo(rule.decide(e.profile(), params(e.seats(), "lot"), seed));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void renamingTheCandidatesRenamesTheCommitteeUnlessALotActs(RankedCommitteeRule rule,
      long seed) {
    Election e = Election.random(new SplittableRandom(seed));
    CommitteeDecision before = rule.decide(e.profile(), params(e.seats(), "none"), seed);
    if (before.tie()) {
      return;  // a lot would act: neutrality is not promised there
    }
    int m = e.names().size();
    List<String> renamed = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      renamed.add("x" + (m - 1 - c));  // reverses the alphabetical order too
    }
    Election other = new Election(renamed, e.orders(), e.seats());

    CommitteeDecision after = rule.decide(other.profile(), params(e.seats(), "none"), seed);

    Set<String> mapped = new HashSet<>();
    for (String name : before.elected()) {
      mapped.add(renamed.get(e.names().indexOf(name)));
    }
    assertThat(after.tie()).as("seed %s", seed).isFalse();
    assertThat(new HashSet<>(after.elected())).as("seed %s", seed).isEqualTo(mapped);
  }

  /**
   * Droop proportionality: if voters who rank every member of a set S above every other
   * candidate number more than k Droop quotas, at least min(k, |S|) members of S are elected.
   * One vote of margin covers what the Scottish rules' five-place transfer values may lose.
   */
  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("stvCases")
  void aSolidCoalitionOfKQuotasWinsKSeats(RankedCommitteeRule rule, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 4 + r.nextInt(5);
    int seats = 1 + r.nextInt(m - 1);
    int size = 1 + r.nextInt(m - 1);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add("c" + c);
    }
    int voters = 20 + r.nextInt(80);
    long quota = voters / (seats + 1) + 1;
    int k = 1 + r.nextInt(Math.min(size, seats));
    int solid = (int) Math.min(voters, k * quota + 1 + r.nextInt(5));
    List<int[]> orders = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      if (v < solid) {
        int[] inside = Election.order(r, size, size);
        int[] rest = Election.order(r, m - size, r.nextInt(m - size + 1));
        int[] order = new int[inside.length + rest.length];
        System.arraycopy(inside, 0, order, 0, inside.length);
        for (int i = 0; i < rest.length; i++) {
          order[inside.length + i] = size + rest[i];
        }
        orders.add(order);
      } else {
        orders.add(Election.order(r, m, 1 + r.nextInt(m)));
      }
    }
    Election e = new Election(names, orders, seats);

    CommitteeDecision d = rule.decide(e.profile(), params(seats, "lot"), seed);

    long fromS = d.elected().stream().filter(n -> names.indexOf(n) < size).count();
    assertThat(fromS).as("seed %s: %s voters, %s solid for %s candidates, %s seats", seed,
        voters, solid, size, seats).isGreaterThanOrEqualTo(k);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void decisionsSurviveAJsonRoundTrip(RankedCommitteeRule rule, long seed) throws Exception {
    Election e = Election.random(new SplittableRandom(seed));
    CommitteeDecision d = rule.decide(e.profile(), params(e.seats(), "lot"), seed);
    ObjectMapper mapper = YishiJson.mapper();

    String json = mapper.writeValueAsString(d);
    Decision back = mapper.readValue(json, Decision.class);

    assertThat(json).contains("\"type\":\"committee\"");
    assertThat(back).isEqualTo(d);
  }
}
