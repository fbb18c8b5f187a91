package io.yishi.core.method.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.consultation.Command.CheckDeadlines;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.Receipt;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.json.YishiJson;
import io.yishi.core.method.workflow.WorkflowAction.CirculatePlan;
import io.yishi.core.method.workflow.WorkflowAction.HoldStageVote;
import io.yishi.core.method.workflow.WorkflowAction.PublishNotice;
import io.yishi.core.method.workflow.WorkflowAction.RecordMinutes;
import io.yishi.core.method.workflow.WorkflowAction.RecordOpinion;
import io.yishi.core.method.workflow.WorkflowAction.SubmitPlan;
import io.yishi.core.method.workflow.WorkflowFact.StagePassed;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 四议两公开 workflow run end to end by a community of 40 residents, 15 Party members and 7
 * committee members, with the test rule "yes-no-test" standing in for the voting module's rules.
 */
class WorkflowMethodTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final ResidentId SECRETARY = new ResidentId("r-secretary");
  static final ResidentId DIRECTOR = new ResidentId("r-director");
  static final Instant START = Instant.parse("2025-03-03T01:00:00Z");

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = START;

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }

    void days(long days) {
      now = now.plus(Duration.ofDays(days));
    }
  }

  /** The bundled definition with every rule replaced by the test rule. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> testDefinition() {
    Map<String, Object> map = WorkflowDefinition.FOUR_DELIBERATIONS.toMap();
    for (Object stage : (List<Object>) map.get("stages")) {
      Map<String, Object> gate = (Map<String, Object>) ((Map<String, Object>) stage).get("gate");
      if (gate.containsKey("rule")) {
        gate.put("rule", "yes-no-test");
        gate.remove("ruleParameters");
      }
    }
    return map;
  }

  static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  static Parameters parameters(boolean oneShoulder) {
    return Parameters.of(Map.of("definition", testDefinition(), "oneShoulder", oneShoulder,
        "bodies", Map.of("two-committees", ids("c", 7), "party-members", ids("p", 15)),
        "actors", Map.of("party-organisation", List.of(SECRETARY.value()))));
  }

  static Consultation open(Clock clock, Parameters parameters) {
    var base = Fixtures.spec(Fixtures.members(40));
    var spec = new ConsultationSpec(new ConsultationId("access-fee"), "Access-control fee",
        base.issue(), "workflow", parameters, "yes-no-test", Parameters.empty(), List.of(),
        base.electorate(), 11);
    return Consultation.open(spec, clock, REGISTRY);
  }

  static WorkflowState state(Consultation c) {
    return (WorkflowState) c.state().methodState().orElseThrow();
  }

  static Act act(Action action) {
    return new Act(action);
  }

  static List<MemberId> members(String prefix, int from, int to) {
    List<MemberId> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      ids.add(new MemberId(prefix + i));
    }
    return ids;
  }

  /** Ballots from the members listed, the first {@code yes} of them voting yes. */
  static List<Ballot> ballots(List<MemberId> voters, int yes) {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < voters.size(); i++) {
      ballots.add(new YesNoBallot(voters.get(i), i < yes));
    }
    return ballots;
  }

  static AdvancePhase advance(String to) {
    return new AdvancePhase(DIRECTOR, to);
  }

  @Test
  void theFourDeliberationsRunStageByStageAndEachGateHoldsUntilMet() throws Exception {
    HandClock clock = new HandClock();
    Consultation c = open(clock, parameters(false));

    // 1. proposal: opinions, then the Party organisation's plan
    assertThat(c.state().phase()).isEqualTo("proposal");
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "post-comment",
        "record-stage-minutes", "record-stage-opinion", "submit-plan");
    assertThatThrownBy(() -> c.submit(advance("discussion")))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("advance-phase.to: stage 'proposal' has not met its gate: a plan must be"
            + " submitted; at least 1 opinions must be recorded, 0 so far, was discussion");
    for (int i = 1; i <= 12; i++) {
      c.submit(act(new RecordOpinion(new ResidentId("r-" + i), "opinion " + i)));
    }
    assertThatThrownBy(() -> c.submit(act(new SubmitPlan(DIRECTOR, "Fee", "30 yuan", ""))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("submit-plan.by: must act for party-organisation");
    c.submit(act(new SubmitPlan(SECRETARY, "Access-control fee", "30 yuan per household", "")));
    assertThat(c.state().allowed()).contains("advance-phase");
    Receipt passed = c.submit(advance("discussion"));
    assertThat(passed.events()).extracting(RecordedEvent::event).first()
        .isEqualTo(new ConsultationEvent.FactRecorded(new StagePassed("proposal", "discussion",
            List.of("plan submitted (revision 1)", "12 opinions recorded (at least 1)"))));

    // 2. discussion: minutes, and a vote on a contested point that informs but does not gate
    c.submit(act(new HoldStageVote(DIRECTOR, "exempt low-income households?",
        members("c", 1, 7), ballots(members("c", 1, 7), 5))));
    assertThat(state(c).unmet()).containsExactly("minutes must be recorded");
    c.submit(act(new RecordMinutes(DIRECTOR, "joint meeting: fee agreed, exemptions added")));
    c.submit(advance("review"));

    // 3. review: the plan must be sent first, then 2/3 of the members must attend
    assertThat(c.state().allowed()).contains("circulate-plan").doesNotContain("hold-stage-vote",
        "advance-phase");
    assertThatThrownBy(() -> c.submit(act(new HoldStageVote(SECRETARY, "",
        members("p", 1, 12), ballots(members("p", 1, 12), 12)))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("must be sent to the members of party-members");
    c.submit(act(new CirculatePlan(SECRETARY, "printed copy to each member")));
    clock.days(2);
    c.submit(act(new HoldStageVote(SECRETARY, "", members("p", 1, 9),
        ballots(members("p", 1, 9), 9))));
    assertThat(state(c).lastVote()).isEqualTo("vote of party-members on revision 1: 9 of 15"
        + " present (at least 2/3 needed), too few to count");
    assertThatThrownBy(() -> c.submit(advance("resolution")))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("a vote of party-members must adopt the plan (last: vote of"
            + " party-members on revision 1: 9 of 15 present");
    // a member present who casts no ballot would shrink the base of "those present"
    assertThatThrownBy(() -> c.submit(act(new HoldStageVote(SECRETARY, "", members("p", 1, 12),
        ballots(members("p", 1, 11), 10)))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("every member present needs a ballot");
    c.submit(act(new HoldStageVote(SECRETARY, "", members("p", 1, 12),
        ballots(members("p", 1, 12), 10))));
    assertThat(state(c).unmet()).isEmpty();
    // the committee revises the plan with the members' opinions: the vote must be held again
    c.submit(act(new SubmitPlan(SECRETARY, "Access-control fee", "25 yuan per household",
        "lowered with the members' opinions")));
    assertThat(state(c).unmet()).containsExactly(
        "revision 1 was adopted; revision 2 must be voted again");
    c.submit(act(new CirculatePlan(SECRETARY, "printed copy to each member")));
    c.submit(act(new HoldStageVote(SECRETARY, "", members("p", 1, 11),
        ballots(members("p", 1, 11), 11))));
    assertThat(c.state().allowed()).contains("advance-phase").doesNotContain("hold-stage-vote");
    c.submit(advance("resolution"));

    // 4. resolution by the residents' meeting: the consultation's electorate of 40
    assertThatThrownBy(() -> c.submit(act(new HoldStageVote(DIRECTOR, "",
        List.of(new MemberId("p1")), List.of()))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("hold-stage-vote.present: must be a member of electorate (40 members), was p1");
    c.submit(act(new HoldStageVote(DIRECTOR, "", members("m", 1, 25),
        ballots(members("m", 1, 25), 18))));
    assertThat(state(c).lastVote()).isEqualTo("vote of electorate on revision 2: 25 of 40"
        + " present (more than 1/2 needed), adopted by yes-no-test, 25 ballots");
    c.submit(advance("resolution-disclosure"));

    // 5. and 6. disclosures, each up for 7 days, the day of publication not counted
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "post-comment",
        "publish-notice");
    c.submit(act(new PublishNotice(DIRECTOR, List.of("notice board", "online hall"),
        "resolution: 25 yuan per household")));
    Instant until = Instant.parse("2025-03-12T16:00:00Z"); // 24:00 of 12 March, Beijing time
    assertThat(state(c).noticeUntil()).isEqualTo(until);
    clock.days(6);
    assertThatThrownBy(() -> c.submit(advance("implementation-disclosure")))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("the notice must stay up until " + until);
    clock.days(2);
    Receipt check = c.submit(new CheckDeadlines(DIRECTOR));
    assertThat(check.events()).extracting(RecordedEvent::event).containsExactly(
        new ConsultationEvent.FactRecorded(new WorkflowFact.NoticePeriodEnded(
            "resolution-disclosure", until)));
    c.submit(advance("implementation-disclosure"));
    c.submit(act(new PublishNotice(DIRECTOR, List.of("notice board"), "gates installed")));
    assertThat(state(c).complete()).isFalse();
    clock.days(9);
    c.submit(new CheckDeadlines(DIRECTOR));

    WorkflowState end = state(c);
    assertThat(end.complete()).isTrue();
    assertThat(end.passed()).containsExactly("proposal", "discussion", "review", "resolution",
        "resolution-disclosure");
    assertThat(end.revision()).isEqualTo(2);
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "post-comment");

    String json = YishiJson.mapper().writeValueAsString(c.log());
    Consultation replayed = Consultation.replay(YishiJson.mapper().readValue(json,
        EventLog.class), new HandClock(), REGISTRY);
    assertThat(replayed.state()).isEqualTo(c.state());
    assertThat(json).contains("\"type\":\"stage-vote-held\"", "\"type\":\"stage-passed\"");
  }

  @Test
  void theFirstTwoStagesMergeOnlyWhenOneShoulderIsSet() {
    List<Phase> separate = new WorkflowMethod().phases(parameters(false));
    List<Phase> merged = new WorkflowMethod().phases(parameters(true));

    assertThat(separate).extracting(Phase::id).startsWith("proposal", "discussion").hasSize(6);
    assertThat(merged).extracting(Phase::id).startsWith("proposal-and-discussion", "review")
        .hasSize(5);
    Consultation c = open(new HandClock(), parameters(true));
    c.submit(act(new RecordOpinion(new ResidentId("r-1"), "fine")));
    c.submit(act(new SubmitPlan(SECRETARY, "Fee", "30 yuan", "")));
    assertThat(state(c).unmet()).containsExactly("minutes must be recorded");
    c.submit(act(new RecordMinutes(SECRETARY, "joint meeting")));
    c.submit(advance("review"));
    assertThat(c.state().phase()).isEqualTo("review");
  }

  @Test
  void aBodyTheGatesNameMustBeListedAndAnUnknownOneIsRefused() {
    Parameters missing = Parameters.of(Map.of("bodies", Map.of("party-members", ids("p", 3))));
    Parameters unknown = Parameters.of(Map.of("bodies", Map.of("two-committees", ids("c", 3),
        "party-members", ids("p", 3), "elders", ids("e", 2))));

    assertThatThrownBy(() -> new WorkflowMethod().phases(missing))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.bodies.two-committees: must list the members of body"
            + " 'two-committees'");
    assertThatThrownBy(() -> new WorkflowMethod().phases(unknown))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.bodies.elders: is not named by the workflow");
    assertThatThrownBy(() -> new WorkflowMethod().phases(Parameters.of(Map.of("preset",
        "four-deliberations", "definition", testDefinition()))))
        .hasMessageContaining("give either preset or definition, not both");
  }

  @Test
  void aRefusedActionRecordsNothing() {
    Consultation c = open(new HandClock(), parameters(false));
    c.submit(act(new SubmitPlan(SECRETARY, "Fee", "30 yuan", "")));
    EventLog before = c.log();

    assertThatThrownBy(() -> c.submit(act(new SubmitPlan(SECRETARY, "Fee", "30 yuan", "again"))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("must change the title or the text of revision 1");
    assertThatThrownBy(() -> c.submit(act(new RecordOpinion(SECRETARY, " "))))
        .hasMessage("record-stage-opinion.text: must not be blank, was  ");
    assertThatThrownBy(() -> c.submit(act(new HoldStageVote(SECRETARY, "", List.of(),
        List.of())))).hasMessageContaining("'hold-stage-vote' is not accepted in this phase");

    assertThat(c.log()).isEqualTo(before);
  }

  /**
   * Whatever order the opinions and ballots come in, the workflow ends in the same state; the log
   * verifies and replays from JSON to an equal consultation.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void theOrderOfOpinionsAndBallotsDoesNotChangeTheOutcome(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    HandClock clock = new HandClock();
    Consultation c = open(clock, parameters(false));
    List<Action> opinions = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      opinions.add(new RecordOpinion(new ResidentId("r-" + i), "opinion"));
    }
    Collections.shuffle(opinions, new Random(seed));
    opinions.add(random.nextInt(opinions.size()), new SubmitPlan(SECRETARY, "Fee", "30", ""));
    opinions.forEach(a -> c.submit(act(a)));
    c.submit(act(new RecordMinutes(SECRETARY, "minutes")));
    c.submit(advance("discussion"));
    c.submit(act(new RecordMinutes(DIRECTOR, "minutes")));
    c.submit(advance("review"));
    c.submit(act(new CirculatePlan(SECRETARY, "copies")));
    List<Ballot> party = ballots(members("p", 1, 13), 9);
    Collections.shuffle(party, new Random(seed + 1));
    c.submit(act(new HoldStageVote(SECRETARY, "", members("p", 1, 13), party)));
    c.submit(advance("resolution"));
    List<MemberId> present = new ArrayList<>(members("m", 1, 30));
    Collections.shuffle(present, new Random(seed + 2));
    List<Ballot> residents = ballots(members("m", 1, 30), 16);
    Collections.shuffle(residents, new Random(seed + 3));
    c.submit(act(new HoldStageVote(DIRECTOR, "", present, residents)));
    c.submit(advance("resolution-disclosure"));

    WorkflowState end = state(c);
    assertThat(end.passed()).as("seed %d", seed).containsExactly("proposal", "discussion",
        "review", "resolution");
    assertThat(end.opinions()).isZero();
    assertThat(c.log().events()).extracting(RecordedEvent::event)
        .filteredOn(e -> e instanceof ConsultationEvent.FactRecorded f
            && f.fact() instanceof StagePassed p && p.stage().equals("resolution"))
        .singleElement().isEqualTo(new ConsultationEvent.FactRecorded(new StagePassed(
            "resolution", "resolution-disclosure", List.of("plan submitted (revision 1)",
            "vote of electorate on revision 1: 30 of 40 present (more than 1/2 needed), adopted"
                + " by yes-no-test, 30 ballots"))));
    c.log().verify();
    String json = YishiJson.mapper().writeValueAsString(c.log());
    assertThat(Consultation.replay(YishiJson.mapper().readValue(json, EventLog.class),
        new HandClock(), REGISTRY).state()).as("seed %d", seed).isEqualTo(c.state());
  }
}
