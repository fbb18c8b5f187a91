package io.yishi.voting.motion;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Small builders for motion tests: members m1..mN, and ballots by member number. */
final class Motions {

  static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  static final PluginRegistry REGISTRY = PluginRegistry.load();

  private Motions() {}

  static MemberId m(int i) {
    return new MemberId("m" + i);
  }

  static Electorate heads(int n) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      members.add(Member.of(m(i)));
    }
    return Electorate.of(Weighting.PER_PERSON, members);
  }

  static Electorate areas(int n, IntFunction<String> area) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      members.add(Member.of(m(i), new BigDecimal(area.apply(i))));
    }
    return Electorate.of(Weighting.FLOOR_AREA, members);
  }

  /** Ballots for members from..to (inclusive), all with one vote. */
  static List<Ballot> votes(int from, int to, Vote vote) {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      ballots.add(MotionBallot.of(m(i), vote));
    }
    return ballots;
  }

  @SafeVarargs
  static List<Ballot> all(List<Ballot>... parts) {
    List<Ballot> ballots = new ArrayList<>();
    for (List<Ballot> part : parts) {
      ballots.addAll(part);
    }
    return ballots;
  }

  static MotionDecision decide(String rule, Electorate electorate, List<Ballot> ballots) {
    return decide(rule, Map.of(), electorate, ballots);
  }

  static MotionDecision decide(String rule, Map<String, ?> parameters, Electorate electorate,
      List<Ballot> ballots) {
    return (MotionDecision) REGISTRY.decisionRule(rule).decide(DecisionRequest.of(electorate,
        ballots, DAY).withParameters(Parameters.of(parameters)));
  }
}
