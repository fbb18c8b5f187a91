package io.yishi.core.method.hall;

import static io.yishi.core.method.hall.HallHarness.OPENS;
import static io.yishi.core.method.hall.HallHarness.m;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.Fraction;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.json.YishiJson;
import io.yishi.core.method.hall.HallAction.ProposeIdea;
import io.yishi.core.method.hall.HallAction.SupportIdea;
import io.yishi.core.method.hall.HallAction.WithdrawSupport;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.InvalidActionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of the online hall over seeded random sessions. */
class OnlineHallProperties {

  /** Whatever order the supports arrive in, the close forwards the same ideas with the same counts. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theOrderOfSupportsDoesNotChangeTheResult(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Action> supports = new ArrayList<>();
    for (int r = 1; r <= 30; r++) {
      for (int i = 1; i <= 4; i++) {
        if (random.nextInt(3) == 0) {
          supports.add(new SupportIdea(m(r), "idea-" + i));
        }
      }
    }
    HallState.Result first = run(supports);
    Collections.shuffle(supports, new Random(seed));
    HallState.Result second = run(supports);
    assertThat(second).as("seed %d", seed).isEqualTo(first);
  }

  private static HallState.Result run(List<Action> supports) {
    HallHarness h = new HallHarness(30, Map.of("quorumCount", 8));
    h.clock.set(OPENS);
    for (int i = 1; i <= 4; i++) {
      h.act(new ProposeIdea(m(i), "Idea " + i, "text " + i));
    }
    supports.forEach(h::act);
    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    h.check();
    return h.state().result();
  }

  /**
   * Random sessions, refusals included, never leave a log that fails to verify, and the log read
   * back from JSON replays to an equal state.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void randomSessionsVerifyAndReplayFromJson(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    HallHarness h = new HallHarness(25, Map.of("supportLimit", 3, "verificationDays", 3,
        "quorumCount", 4));
    h.clock.set(OPENS);
    for (int step = 0; step < 200; step++) {
      h.clock.advance(Duration.ofHours(4 + random.nextInt(4)));
      int who = 1 + random.nextInt(27);
      String idea = "idea-" + (1 + random.nextInt(6));
      Action a;
      switch (random.nextInt(4)) {
        case 0:
          a = new ProposeIdea(m(who), "Idea by " + who, "text " + step);
          break;
        case 1:
          a = new WithdrawSupport(m(who), idea);
          break;
        default:
          a = new SupportIdea(m(who), idea);
      }
      try {
        h.act(a);
      } catch (InvalidActionException refused) {
        // refused actions leave no trace; the invariants below cover that
      }
    }
    h.check();
    h.hall.log().verify();
    assertThat(h.state().stage()).as("seed %d", seed).isEqualTo(HallState.Stage.CLOSED);
    String json = YishiJson.mapper().writeValueAsString(h.hall.log());
    Consultation replayed = Consultation.replay(
        YishiJson.mapper().readValue(json, EventLog.class), h.clock, HallHarness.REGISTRY);
    assertThat(replayed.state()).as("seed %d", seed).isEqualTo(h.hall.state());
  }

  /** The share is rounded up to a whole supporter; LARGER takes the larger figure. */
  @ParameterizedTest
  @CsvSource({"share,0,1/20,130,7", "share,0,1/20,140,7", "share,0,1/20,141,8",
      "count,10,1/2,1000,10", "larger,10,1/20,130,10", "larger,10,1/10,200,20",
      "share,0,0,50,0", "larger,0,1,3,3"})
  void theQuorumIsExact(String basis, long count, String share, long eligible, long required) {
    AdmissionQuorum q = new AdmissionQuorum(
        AdmissionQuorum.Basis.valueOf(basis.toUpperCase(java.util.Locale.ROOT)), count,
        Fraction.parse(share));
    assertThat(q.required(eligible)).isEqualTo(required);
  }
}
