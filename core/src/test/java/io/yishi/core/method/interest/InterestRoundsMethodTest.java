package io.yishi.core.method.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.Fraction;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.TallyDecision;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.json.YishiJson;
import io.yishi.core.method.interest.InterestAction.CastVote;
import io.yishi.core.method.interest.InterestAction.ClassifyInterest;
import io.yishi.core.method.interest.InterestAction.CloseRound;
import io.yishi.core.method.interest.InterestAction.CountVotes;
import io.yishi.core.method.interest.InterestAction.DeclareGroup;
import io.yishi.core.method.interest.InterestAction.FrameProblem;
import io.yishi.core.method.interest.InterestAction.OpenRound;
import io.yishi.core.method.interest.InterestAction.ProposeOption;
import io.yishi.core.method.interest.InterestAction.RateOption;
import io.yishi.core.method.interest.InterestAction.RecordBatna;
import io.yishi.core.method.interest.InterestAction.ReportBack;
import io.yishi.core.method.interest.InterestAction.StartEvaluation;
import io.yishi.core.method.interest.InterestAction.StateInterest;
import io.yishi.core.method.interest.InterestAction.StatePosition;
import io.yishi.core.method.interest.InterestFact.RoundClosed;
import io.yishi.core.method.interest.InterestRoundsState.Stage;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interest rounds between four groups of a new estate, run inside a consultation: a realistic
 * session end to end, the refusals, the deadlines, both fallbacks, forged logs, and properties
 * over seeded random sessions.
 */
public class InterestRoundsMethodTest {

  static final ObjectMapper JSON = YishiJson.mapper();
  public static final PluginRegistry REGISTRY = PluginRegistry.load();
  public static final ResidentId FACILITATOR = new ResidentId("r-facilitator");
  static final List<String> GROUPS = List.of("car-owners", "no-car", "ground-floor", "shops");

  /** A clock set by hand. */
  public static final class HandClock extends Clock {
    public Instant now = Fixtures.START;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }

    public void pass(Duration d) {
      now = now.plus(d);
    }
  }

  static ResidentId resident(String group, int i) {
    return new ResidentId("r-" + group + "-" + i);
  }

  /** The representative of a group: its first member. */
  public static ResidentId rep(String group) {
    return resident(group, 1);
  }

  public static Consultation open(Map<String, ?> parameters, Clock clock) {
    Map<String, Object> p = new LinkedHashMap<>(parameters);
    p.putIfAbsent("facilitators", List.of(FACILITATOR.value()));
    var base = Fixtures.spec(Fixtures.members(40));
    var spec = new ConsultationSpec(base.id(), "Parking on the new estate", base.issue(),
        "interest-rounds", Parameters.of(p), base.rule(), base.ruleParameters(), List.of(),
        base.electorate(), 7);
    return Consultation.open(spec, clock, REGISTRY);
  }

  public static InterestRoundsState state(Consultation c) {
    return (InterestRoundsState) c.state().methodState().orElseThrow();
  }

  public static void act(Consultation c, Action a) {
    c.submit(new Act(a));
  }

  /** Four groups of ten, two interests each, positions stated; ends in phase interests. */
  public static void prepare(Consultation c) {
    for (String g : GROUPS) {
      List<ResidentId> members = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        members.add(resident(g, i));
      }
      act(c, new DeclareGroup(FACILITATOR, g, "group " + g, members, List.of(rep(g))));
    }
    act(c, new RecordBatna(rep("shops"), "shops", "keep loading on the pavement",
        new BigDecimal("5")));
    c.submit(new AdvancePhase(FACILITATOR, "interests"));
    act(c, new FrameProblem(FACILITATOR, "120 cars, 80 spaces, one school gate",
        List.of("speak to the facilitator", "no personal attacks")));
    act(c, new StatePosition(rep("car-owners"), "car-owners", "a space for every car"));
    act(c, new StatePosition(rep("no-car"), "no-car", "no more paving"));
    interest(c, "car-owners", "park-near-home", 3);
    interest(c, "car-owners", "low-cost", 1);
    interest(c, "no-car", "green-space", 2);
    interest(c, "no-car", "safe-walking", 2);
    interest(c, "ground-floor", "quiet-at-night", 1);
    interest(c, "ground-floor", "clear-windows", 1);
    interest(c, "shops", "loading", 2);
    interest(c, "shops", "customer-parking", 1);
    act(c, new ClassifyInterest(FACILITATOR, "safe-walking", InterestKind.SHARED));
  }

  static void interest(Consultation c, String group, String id, int priority) {
    act(c, new StateInterest(rep(group), group, id, "interest " + id, priority));
  }

  static Map<String, Integer> scores(InterestRoundsState s, String group, int score) {
    Map<String, Integer> m = new LinkedHashMap<>();
    s.interestsOf(group).forEach(i -> m.put(i.id(), score));
    return m;
  }

  public static void rate(Consultation c, String group, String option, int score) {
    act(c, new RateOption(rep(group), group, option, scores(state(c), group, score)));
  }

  @Test
  void aSessionOfFourGroupsReachesAgreementInTheSecondRound() throws Exception {
    HandClock clock = new HandClock();
    Consultation c = open(Map.of(), clock);
    assertThat(c.state().phase()).isEqualTo("prepare");
    assertThat(c.state().allowed()).containsExactly("advance-phase", "check-deadlines", "close",
        "declare-group", "post-comment");

    prepare(c);
    assertThat(c.state().allowed()).containsExactly("advance-phase", "check-deadlines",
        "classify-interest", "close", "frame-problem", "post-comment", "record-batna",
        "state-interest", "state-position");
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    assertThat(c.state().allowed()).contains("open-round").doesNotContain("propose-option");
    act(c, new OpenRound(FACILITATOR));
    assertThat(c.state().allowed()).contains("propose-option").doesNotContain(
        "start-evaluation", "rate-option");

    act(c, new ProposeOption(resident("car-owners", 5), "permits", "Resident permits",
        "one permit per household", List.of("park-near-home"), null));
    act(c, new ProposeOption(resident("no-car", 3), "timed-bays", "Timed bays",
        "two-hour bays by the shops", List.of("customer-parking", "green-space"), null));
    act(c, new StartEvaluation(FACILITATOR, List.of("cost per household", "fire-lane rules")));
    assertThat(c.state().allowed()).contains("rate-option", "close-round")
        .doesNotContain("propose-option");
    rate(c, "car-owners", "permits", 9);
    rate(c, "no-car", "permits", 3);
    rate(c, "ground-floor", "permits", 6);
    rate(c, "shops", "permits", 4);
    rate(c, "car-owners", "timed-bays", 5);
    rate(c, "no-car", "timed-bays", 7);
    rate(c, "ground-floor", "timed-bays", 7);
    rate(c, "shops", "timed-bays", 8);
    act(c, new CloseRound(FACILITATOR));

    InterestRoundsState s = state(c);
    assertThat(s.stage()).isEqualTo(Stage.INVENTING);
    assertThat(s.round()).isEqualTo(2);
    RoundClosed first = s.rounds().get(0);
    assertThat(first.results()).extracting(InterestFact.OptionResult::option)
        .containsExactly("timed-bays", "permits");
    assertThat(first.results().get(0).acceptedBy()).isEqualTo(3);
    // shops recorded a reservation of 5: they accept permits at 4? no; timed bays at 8, yes
    assertThat(first.results().get(0).groups()).extracting(InterestFact.GroupResult::accepts)
        .containsExactly(false, true, true, true);

    // round 2: a revision with shared school bays replaces the timed bays
    act(c, new ProposeOption(resident("shops", 2), "timed-and-school-bays",
        "Timed bays plus shared school bays", "school bays open to residents at night",
        List.of("park-near-home", "customer-parking"), "timed-bays"));
    act(c, new StartEvaluation(FACILITATOR, List.of()));
    rate(c, "car-owners", "timed-and-school-bays", 7);
    rate(c, "no-car", "timed-and-school-bays", 6);
    rate(c, "ground-floor", "timed-and-school-bays", 6);
    rate(c, "shops", "timed-and-school-bays", 8);
    act(c, new CloseRound(FACILITATOR));

    s = state(c);
    assertThat(s.stage()).isEqualTo(Stage.AGREED);
    assertThat(s.agreement().option()).isEqualTo("timed-and-school-bays");
    assertThat(s.agreement().serves()).containsExactly("park-near-home", "low-cost",
        "green-space", "safe-walking", "quiet-at-night", "clear-windows", "loading",
        "customer-parking");
    assertThat(s.criteria()).containsExactly("cost per household", "fire-lane rules");
    assertThat(s.summary()).extracting(InterestRoundsState.OptionSummary::option,
        InterestRoundsState.OptionSummary::onTable).containsExactly(
        org.assertj.core.groups.Tuple.tuple("permits", true),
        org.assertj.core.groups.Tuple.tuple("timed-bays", false),
        org.assertj.core.groups.Tuple.tuple("timed-and-school-bays", true));
    assertThat(s.summary().get(0).served()).containsExactly("park-near-home", "low-cost",
        "quiet-at-night", "clear-windows");
    assertThat(s.utility("car-owners", "permits")).contains(Fraction.of(9, 1));
    assertThat(c.state().allowed()).containsExactly("advance-phase", "check-deadlines", "close",
        "post-comment");

    c.submit(new AdvancePhase(FACILITATOR, "report"));
    act(c, new ReportBack(FACILITATOR, "Timed and school bays from 1 July."));
    assertThat(state(c).reports()).containsExactly("Timed and school bays from 1 July.");
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "post-comment",
        "report-back");

    String text = JSON.writeValueAsString(c.log());
    Consultation replayed = Consultation.replay(JSON.readValue(text, EventLog.class), clock,
        REGISTRY);
    assertThat(replayed.state()).isEqualTo(c.state());
    assertThat(text).contains("\"type\":\"agreement-reached\"", "\"type\":\"round-closed\"");
  }

  @Test
  void refusedActionsNameTheFieldTheValueAndTheRuleAndChangeNothing() {
    Consultation c = open(Map.of(), new HandClock());
    prepare(c);
    EventLog before = c.log();

    assertThatThrownBy(() -> act(c, new StateInterest(resident("shops", 4), "shops", "x", "x",
        1))).isInstanceOf(InvalidActionException.class)
        .hasMessage("state-interest.by: must be a representative of group 'shops' [r-shops-1],"
            + " was r-shops-4");
    assertThatThrownBy(() -> act(c, new StateInterest(rep("shops"), "shops", "loading", "x",
        1))).hasMessage("state-interest.interest: is stated already, was loading");
    assertThatThrownBy(() -> act(c, new StateInterest(rep("shops"), "shops", "rent", "x", 0)))
        .hasMessage("state-interest.priority: must be from 1 to 100, was 0");
    assertThatThrownBy(() -> act(c, new StatePosition(rep("shops"), "cyclists", "x")))
        .hasMessageContaining("state-position.group: must be a group declared in this"
            + " consultation [car-owners, no-car, ground-floor, shops], was cyclists");
    assertThatThrownBy(() -> act(c, new FrameProblem(rep("shops"), "x", List.of())))
        .hasMessage("frame-problem.by: must be a facilitator [r-facilitator], was r-shops-1");
    assertThatThrownBy(() -> act(c, new RecordBatna(rep("shops"), "shops", "x",
        new BigDecimal("11")))).hasMessage(
        "record-batna.reservation: must lie on the scale 0 to 10, was 11");
    assertThat(c.log()).isEqualTo(before);

    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    act(c, new ProposeOption(rep("shops"), "timed-bays", "Timed bays", "x", List.of(), null));
    assertThatThrownBy(() -> act(c, new RateOption(rep("shops"), "shops", "timed-bays",
        Map.of("loading", 5, "customer-parking", 5)))).isInstanceOf(InvalidActionException.class)
        .hasMessage("rate-option: no evaluation while inventing: options are rated once the"
            + " evaluation starts, was INVENTING");
    assertThatThrownBy(() -> act(c, new StartEvaluation(FACILITATOR, List.of())))
        .hasMessageContaining("must agree objective criteria before evaluating");
    assertThatThrownBy(() -> act(c, new ProposeOption(rep("shops"), "x", "X", "x",
        List.of("rent"), null))).hasMessage(
        "propose-option.serves: must be an interest stated in this consultation, was rent");
    act(c, new StartEvaluation(FACILITATOR, List.of("cost")));
    assertThatThrownBy(() -> act(c, new RateOption(rep("shops"), "shops", "timed-bays",
        Map.of("loading", 5)))).hasMessage("rate-option.scores: must score exactly the group's"
        + " interests [customer-parking, loading], was [loading]");
    assertThatThrownBy(() -> act(c, new RateOption(rep("shops"), "shops", "timed-bays",
        Map.of("loading", 11, "customer-parking", 5)))).hasMessage(
        "rate-option.scores.loading: must be a whole number from 0 to 10, was 11");
    assertThatThrownBy(() -> act(c, new ProposeOption(rep("shops"), "late", "Late", "x",
        List.of(), null))).hasMessageContaining("options are proposed while a round is"
        + " inventing");
  }

  @Test
  void deadlinesStartTheEvaluationCloseTheRoundAndOpenTheNext() {
    HandClock clock = new HandClock();
    // no criteria are recorded: the clock may start an evaluation only when none are required
    Consultation c = open(Map.of("inventPeriod", "P2D", "evaluationPeriod", "P3D", "rounds", 2,
        "requireCriteria", false), clock);
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    Instant opened = clock.now;
    act(c, new ProposeOption(rep("shops"), "timed-bays", "Timed bays", "x", List.of(), null));

    clock.pass(Duration.ofDays(2));
    c.submit(new Command.CheckDeadlines(FACILITATOR));
    assertThat(state(c).stage()).isEqualTo(Stage.EVALUATING);
    assertThat(state(c).due()).isEqualTo(opened.plus(Duration.ofDays(5)));
    rate(c, "shops", "timed-bays", 9);

    // one check records the close of round 1, the open of round 2, and its evaluation start
    clock.pass(Duration.ofDays(5));
    var receipt = c.submit(new Command.CheckDeadlines(FACILITATOR));
    assertThat(receipt.events()).extracting(e -> ((ConsultationEvent.FactRecorded) e.event())
        .fact().type()).containsExactly("round-closed", "round-opened", "evaluation-started");
    InterestRoundsState s = state(c);
    assertThat(s.round()).isEqualTo(2);
    assertThat(s.rounds().get(0).byDeadline()).isTrue();
    assertThat(s.rounds().get(0).results().get(0).acceptedBy()).isEqualTo(1);
    assertThat(c.submit(new Command.CheckDeadlines(FACILITATOR)).events()).isEmpty();

    clock.pass(Duration.ofDays(30));
    c.submit(new Command.CheckDeadlines(FACILITATOR));
    s = state(c);
    assertThat(s.stage()).isEqualTo(Stage.MEDIATION);
    assertThat(s.mediation().holdouts()).containsExactly("car-owners", "no-car",
        "ground-floor");
    assertThat(s.mediation().unresolved()).containsExactly("park-near-home", "low-cost",
        "green-space", "safe-walking", "quiet-at-night", "clear-windows");
    assertThat(c.state().phases()).extracting(p -> p.id()).doesNotContain("vote");
  }

  @Test
  void withoutCriteriaTheInventingDeadlineClosesTheRoundWithoutAgreement() {
    HandClock clock = new HandClock();
    Consultation c = open(Map.of("inventPeriod", "P2D", "rounds", 2, "fallback", "vote",
        "voteRule", "yes-no-test"), clock);
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    Instant opened = clock.now;
    act(c, new ProposeOption(rep("shops"), "timed-bays", "Timed bays", "x", List.of(), null));

    // criteria are required and none were agreed: no evaluation, the next round opens
    clock.pass(Duration.ofDays(2));
    var receipt = c.submit(new Command.CheckDeadlines(FACILITATOR));
    assertThat(receipt.events()).extracting(e -> ((ConsultationEvent.FactRecorded) e.event())
        .fact().type()).containsExactly("round-closed", "round-opened");
    InterestRoundsState s = state(c);
    assertThat(s.stage()).isEqualTo(Stage.INVENTING);
    assertThat(s.round()).isEqualTo(2);
    assertThat(s.due()).isEqualTo(opened.plus(Duration.ofDays(4)));
    RoundClosed first = s.rounds().get(0);
    assertThat(first.byDeadline()).isTrue();
    assertThat(first.at()).isEqualTo(opened.plus(Duration.ofDays(2)));
    assertThat(first.results()).extracting(InterestFact.OptionResult::option)
        .containsExactly("timed-bays");
    assertThat(first.results().get(0).acceptedBy()).isZero();
    assertThat(s.ratings()).isEmpty();

    // after the last round the fallback takes the options on the table, unrated
    clock.pass(Duration.ofDays(2));
    c.submit(new Command.CheckDeadlines(FACILITATOR));
    s = state(c);
    assertThat(s.stage()).isEqualTo(Stage.VOTING);
    assertThat(s.vote().options()).containsExactly("timed-bays");
    assertThat(s.rounds()).hasSize(2);
  }

  @Test
  void withNoOptionEverProposedTheLastInventingDeadlineHandsTheIssueToTheFallback() {
    HandClock clock = new HandClock();
    Consultation c = open(Map.of("inventPeriod", "P2D", "rounds", 2, "fallback", "vote",
        "voteRule", "yes-no-test", "requireCriteria", false), clock);
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    assertThat(c.state().allowed()).doesNotContain("start-evaluation");

    // two inventing deadlines pass with nothing on the table: no vote on an empty slate
    clock.pass(Duration.ofDays(5));
    var receipt = c.submit(new Command.CheckDeadlines(FACILITATOR));
    assertThat(receipt.events()).extracting(e -> ((ConsultationEvent.FactRecorded) e.event())
        .fact().type()).containsExactly("round-closed", "round-opened", "round-closed",
        "handed-to-mediation");
    InterestRoundsState s = state(c);
    assertThat(s.stage()).isEqualTo(Stage.MEDIATION);
    assertThat(s.mediation().options()).isEmpty();
    assertThat(s.mediation().unresolved()).hasSize(8);
    assertThat(s.rounds()).allSatisfy(r -> assertThat(r.results()).isEmpty());
  }

  @Test
  void withTheVoteFallbackTheTopOptionsGoToTheNamedRule() {
    HandClock clock = new HandClock();
    Consultation c = open(Map.of("rounds", 1, "fallback", "vote", "voteRule", "yes-no-test",
        "voteOptions", 1), clock);
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    act(c, new ProposeOption(rep("shops"), "permits", "Permits", "x", List.of(), null));
    act(c, new ProposeOption(rep("shops"), "timed-bays", "Timed bays", "x", List.of(), null));
    act(c, new StartEvaluation(FACILITATOR, List.of("cost")));
    rate(c, "shops", "timed-bays", 9);
    rate(c, "no-car", "timed-bays", 9);
    rate(c, "car-owners", "permits", 9);
    act(c, new CloseRound(FACILITATOR));

    InterestRoundsState s = state(c);
    assertThat(s.stage()).isEqualTo(Stage.VOTING);
    assertThat(s.vote().options()).containsExactly("timed-bays");
    assertThat(s.vote().rule()).isEqualTo("yes-no-test");
    c.submit(new AdvancePhase(FACILITATOR, "vote"));
    assertThat(c.state().allowed()).contains("cast-vote", "count-votes");
    for (int i = 1; i <= 30; i++) {
      act(c, new CastVote(FACILITATOR, i <= 18 ? YesNoBallot.yes("m" + i)
          : YesNoBallot.no("m" + i)));
    }
    assertThatThrownBy(() -> act(c, new CastVote(FACILITATOR, YesNoBallot.yes("m1"))))
        .hasMessage("cast-vote.ballot.voter: has already voted; one ballot per member, was m1");
    assertThatThrownBy(() -> act(c, new CastVote(FACILITATOR, YesNoBallot.yes("m99"))))
        .hasMessageContaining("must be a member of the electorate (40 members)");
    act(c, new CountVotes(FACILITATOR));

    s = state(c);
    assertThat(s.stage()).isEqualTo(Stage.VOTED);
    assertThat(s.decision()).isEqualTo(new TallyDecision("yes-no-test", Verdict.ADOPTED, 18, 12));
    assertThat(c.state().allowed()).doesNotContain("cast-vote", "count-votes");
  }

  @Test
  void badParametersAreRefusedWhenTheConsultationOpens() {
    assertThatThrownBy(() -> open(Map.of("scaleMax", 0), new HandClock()))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("scaleMax");
    assertThatThrownBy(() -> open(Map.of("acceptanceLevel", 11), new HandClock()))
        .hasMessageContaining("acceptanceLevel: must lie on the scale 0 to 10");
    assertThatThrownBy(() -> open(Map.of("inventPeriod", "a week"), new HandClock()))
        .hasMessageContaining("ISO-8601 duration");
    assertThatThrownBy(() -> open(Map.of("fallback", "lot"), new HandClock()))
        .hasMessageContaining("must be one of [vote, mediation]");
  }

  /**
   * In whatever order the groups propose, rate and re-rate within a round, the round's results
   * and the outcome are the same; the log verifies, and it round-trips through JSON and replays
   * to an equal state.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void theOrderOfRatingsWithinARoundDoesNotChangeTheOutcome(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    int options = 2 + random.nextInt(4);
    List<Action> ratings = new ArrayList<>();
    Consultation reference = null;
    for (int run = 0; run < 2; run++) {
      Consultation c = open(Map.of("rounds", 1), Fixtures.tickingClock());
      prepare(c);
      c.submit(new AdvancePhase(FACILITATOR, "rounds"));
      act(c, new OpenRound(FACILITATOR));
      for (int o = 0; o < options; o++) {
        act(c, new ProposeOption(rep(GROUPS.get(o % 4)), "o" + o, "Option " + o, "x",
            List.of(), null));
      }
      act(c, new StartEvaluation(FACILITATOR, List.of("cost")));
      if (run == 0) {
        for (String g : GROUPS) {
          for (int o = 0; o < options; o++) {
            if (random.nextInt(5) == 0) {
              continue;  // this group leaves the option unrated
            }
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (var i : state(c).interestsOf(g)) {
              scores.put(i.id(), random.nextInt(11));
            }
            ratings.add(new RateOption(rep(g), g, "o" + o, scores));
          }
        }
      } else {
        Collections.shuffle(ratings, new Random(seed));
      }
      for (Action a : ratings) {
        act(c, a);
      }
      act(c, new CloseRound(FACILITATOR));
      c.log().verify();
      Consultation replayed = Consultation.replay(
          JSON.readValue(JSON.writeValueAsString(c.log()), EventLog.class),
          Fixtures.tickingClock(), REGISTRY);
      assertThat(replayed.state()).as("seed %d", seed).isEqualTo(c.state());
      if (reference == null) {
        reference = c;
      } else {
        InterestRoundsState a = state(reference);
        InterestRoundsState b = state(c);
        assertThat(b.rounds().get(0).results()).as("seed %d", seed)
            .isEqualTo(a.rounds().get(0).results());
        assertThat(b.stage()).as("seed %d", seed).isEqualTo(a.stage());
        assertThat(b.agreement()).as("seed %d", seed).isEqualTo(a.agreement());
        assertThat(b.mediation()).as("seed %d", seed).isEqualTo(a.mediation());
        assertThat(b.summary()).as("seed %d", seed).isEqualTo(a.summary());
      }
    }
  }

  /**
   * Random commands, valid or not, from random people at random times: refused ones leave no
   * trace, and whatever was accepted forms a log that verifies and replays to the same state.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void noSequenceOfCommandsYieldsALogThatFailsToVerify(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    HandClock clock = new HandClock();
    Consultation c = open(Map.of("rounds", 2, "fallback", "vote", "voteRule", "yes-no-test",
        "inventPeriod", "P1D", "evaluationPeriod", "P1D"), clock);
    List<String> phases = List.of("interests", "rounds", "vote", "report");
    for (int step = 0; step < 400; step++) {
      String g = GROUPS.get(random.nextInt(4));
      ResidentId by = random.nextInt(4) == 0 ? FACILITATOR : resident(g, 1 + random.nextInt(2));
      List<String> interests = state(c).interestsOf(g).stream().map(i -> i.id()).toList();
      String option = "o" + random.nextInt(4);
      Map<String, Integer> scores = new LinkedHashMap<>();
      interests.forEach(i -> scores.put(i, random.nextInt(12)));
      Action a = switch (random.nextInt(12)) {
        case 0 -> new DeclareGroup(by, g, g, List.of(resident(g, 1), resident(g, 2)),
            List.of(resident(g, 1)));
        case 1 -> new StateInterest(by, g, g + "-i" + random.nextInt(3), "x",
            random.nextInt(4));
        case 2 -> new OpenRound(by);
        case 3, 4 -> new ProposeOption(by, option, "t", "x", List.of(),
            random.nextBoolean() ? null : "o" + random.nextInt(4));
        case 5 -> new StartEvaluation(by, random.nextBoolean() ? List.of() : List.of("cost"));
        case 6, 7 -> new RateOption(by, g, option, scores);
        case 8 -> new CloseRound(by);
        case 9 -> new CastVote(by, YesNoBallot.yes("m" + (1 + random.nextInt(45))));
        case 10 -> new CountVotes(by);
        default -> new RecordBatna(by, g, "x", BigDecimal.valueOf(random.nextInt(12)));
      };
      try {
        if (random.nextInt(30) == 0) {
          String next = phases.stream().filter(p -> c.state().phases().stream()
              .anyMatch(q -> q.id().equals(p))).filter(p -> phases.indexOf(p)
              > phases.indexOf(c.state().phase())).findFirst().orElse("report");
          c.submit(new AdvancePhase(FACILITATOR, next));
        } else if (random.nextInt(15) == 0) {
          clock.pass(Duration.ofHours(random.nextInt(40)));
          c.submit(new Command.CheckDeadlines(FACILITATOR));
        } else {
          long size = c.log().size();
          try {
            act(c, a);
          } catch (InvalidActionException e) {
            assertThat(c.log().size()).isEqualTo(size);
          }
        }
      } catch (io.yishi.core.consultation.InvalidCommandException e) {
        // not accepted in this phase, or no next phase: nothing recorded
      }
    }
    c.log().verify();
    Consultation replayed = Consultation.replay(
        JSON.readValue(JSON.writeValueAsString(c.log()), EventLog.class), clock, REGISTRY);
    assertThat(replayed.state()).as("seed %d", seed).isEqualTo(c.state());
  }
}
