package io.yishi.core.method.workflow;

import static io.yishi.core.method.workflow.WorkflowMethodTest.DIRECTOR;
import static io.yishi.core.method.workflow.WorkflowMethodTest.REGISTRY;
import static io.yishi.core.method.workflow.WorkflowMethodTest.SECRETARY;
import static io.yishi.core.method.workflow.WorkflowMethodTest.act;
import static io.yishi.core.method.workflow.WorkflowMethodTest.advance;
import static io.yishi.core.method.workflow.WorkflowMethodTest.ballots;
import static io.yishi.core.method.workflow.WorkflowMethodTest.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.Forgery;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.core.consultation.TamperedLogException;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.fixtures.TallyDecision;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.method.workflow.WorkflowAction.CirculatePlan;
import io.yishi.core.method.workflow.WorkflowAction.HoldStageVote;
import io.yishi.core.method.workflow.WorkflowAction.PublishNotice;
import io.yishi.core.method.workflow.WorkflowAction.RecordMinutes;
import io.yishi.core.method.workflow.WorkflowAction.RecordOpinion;
import io.yishi.core.method.workflow.WorkflowAction.SubmitPlan;
import io.yishi.core.method.workflow.WorkflowFact.NoticePublished;
import io.yishi.core.method.workflow.WorkflowFact.OpinionRecorded;
import io.yishi.core.method.workflow.WorkflowFact.PlanCirculated;
import io.yishi.core.method.workflow.WorkflowFact.StagePassed;
import io.yishi.core.method.workflow.WorkflowFact.StageVoteHeld;
import io.yishi.core.method.workflow.WorkflowMethodTest.HandClock;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A careful forger rewrites facts of an honest 四议两公开 run and recomputes the hashes; replay
 * counts the facts again and refuses each rewritten one, naming it.
 */
class WorkflowForgeryTest {

  static EventLog honest;

  /** The bundled definition with the test rule, and three days' notice before the review vote. */
  @SuppressWarnings("unchecked")
  static Parameters parameters() {
    Map<String, Object> definition = WorkflowMethodTest.testDefinition();
    for (Object stage : (List<Object>) definition.get("stages")) {
      Map<String, Object> gate = (Map<String, Object>) ((Map<String, Object>) stage).get("gate");
      if (Boolean.TRUE.equals(gate.get("circulate"))) {
        gate.put("noticeDays", 3);
      }
    }
    return Parameters.of(Map.of("definition", definition, "bodies", Map.of("two-committees",
        WorkflowMethodTest.ids("c", 7), "party-members", WorkflowMethodTest.ids("p", 15)),
        "actors", Map.of("party-organisation", List.of(SECRETARY.value()))));
  }

  /** Proposal to the resolution's disclosure, with an opinion on the day the plan is sent. */
  @BeforeAll
  static void run() {
    HandClock clock = new HandClock();
    Consultation c = WorkflowMethodTest.open(clock, parameters());
    c.submit(act(new RecordOpinion(new ResidentId("r-1"), "lower the fee")));
    c.submit(act(new SubmitPlan(SECRETARY, "Access-control fee", "30 yuan", "")));
    c.submit(advance("discussion"));
    c.submit(act(new RecordMinutes(DIRECTOR, "joint meeting")));
    c.submit(advance("review"));
    c.submit(act(new CirculatePlan(SECRETARY, "printed copy to each member")));
    c.submit(act(new RecordOpinion(new ResidentId("r-2"), "exempt the elderly")));
    clock.days(3);
    c.submit(act(new HoldStageVote(SECRETARY, "", members("p", 1, 12),
        ballots(members("p", 1, 12), 10))));
    c.submit(advance("resolution"));
    c.submit(act(new HoldStageVote(DIRECTOR, "", members("m", 1, 25),
        ballots(members("m", 1, 25), 18))));
    c.submit(advance("resolution-disclosure"));
    c.submit(act(new PublishNotice(DIRECTOR, List.of("notice board"), "25 yuan adopted")));
    honest = c.log();
    assertThat(Consultation.replay(honest, new HandClock(), REGISTRY).state())
        .isEqualTo(c.state());
  }

  static List<ConsultationEvent> events() {
    List<ConsultationEvent> events = new ArrayList<>();
    honest.events().forEach(e -> events.add(e.event()));
    return events;
  }

  static int indexOf(List<ConsultationEvent> events, Predicate<Fact> which) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof FactRecorded f && which.test(f.fact())) {
        return i;
      }
    }
    throw new AssertionError("no such fact in the honest log");
  }

  /** The honest log with the first fact {@code which} picks rewritten. */
  @SuppressWarnings("unchecked")
  static <F extends Fact> EventLog forge(Class<F> type, Predicate<F> which,
      UnaryOperator<F> rewrite) {
    List<ConsultationEvent> events = events();
    int i = indexOf(events, f -> type.isInstance(f) && which.test((F) f));
    events.set(i, new FactRecorded(rewrite.apply((F) ((FactRecorded) events.get(i)).fact())));
    return Forgery.rechain(honest, events);
  }

  static Predicate<StageVoteHeld> inStage(String stage) {
    return v -> v.stage().equals(stage);
  }

  static StageVoteHeld with(StageVoteHeld v, List<MemberId> present, boolean attended,
      List<Ballot> ballots) {
    return new StageVoteHeld(v.stage(), v.question(), v.revision(), v.body(), v.members(),
        present, v.attendance(), attended, ballots, v.decision(), v.adopted(), v.at());
  }

  static void assertRefused(EventLog forged, String... messages) {
    assertThatThrownBy(() -> Consultation.replay(forged, new HandClock(), REGISTRY))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContainingAll(messages);
  }

  @Test
  void aDecisionThatTheBallotsDoNotGiveIsRefused() {
    // 18 yes of 25: adopted; the forger turns the 7 no ballots and the verdict around
    EventLog forged = forge(StageVoteHeld.class, inStage("resolution"), v -> {
      List<Ballot> flipped = ballots(members("m", 1, 25), 7);
      return with(v, v.present(), true, flipped);
    });

    assertRefused(forged, "fact stage-vote-held cannot follow: a vote whose decision is"
        + " ADOPTED [] where the gate and its rule, counted again, give REJECTED []");
  }

  @Test
  void aRewrittenVerdictIsRefused() {
    EventLog forged = forge(StageVoteHeld.class, inStage("resolution"), v ->
        new StageVoteHeld(v.stage(), v.question(), v.revision(), v.body(), v.members(),
            v.present(), v.attendance(), v.attended(), v.ballots(),
            new TallyDecision("yes-no-test", Verdict.ADOPTED, 25, 0), true, v.at()));

    assertRefused(forged, "stage-vote-held cannot follow: a vote whose decision is");
  }

  @Test
  void anAttendanceTheMembersPresentDoNotMeetIsRefused() {
    // 7 of 15 Party members cannot meet "at least 2/3", whatever the fact says
    EventLog forged = forge(StageVoteHeld.class, inStage("review"), v ->
        with(v, members("p", 1, 7), true, ballots(members("p", 1, 7), 7)));

    assertRefused(forged, "stage-vote-held cannot follow: a vote whose attended is true where"
        + " the gate and its rule, counted again, give false");
  }

  @Test
  void aBodySizeOtherThanTheBodysIsRefused() {
    EventLog forged = forge(StageVoteHeld.class, inStage("review"), v ->
        new StageVoteHeld(v.stage(), v.question(), v.revision(), v.body(), 18, v.present(),
            v.attendance(), v.attended(), v.ballots(), v.decision(), v.adopted(), v.at()));

    assertRefused(forged, "stage-vote-held cannot follow: a vote whose members is 18 where");
  }

  @Test
  void aMemberPresentFromOutsideTheBodyIsRefused() {
    EventLog forged = forge(StageVoteHeld.class, inStage("review"), v -> {
      List<MemberId> present = new ArrayList<>(v.present());
      present.set(0, new MemberId("c1"));
      List<Ballot> ballots = new ArrayList<>(v.ballots());
      ballots.set(0, new YesNoBallot(new MemberId("c1"), true));
      return with(v, present, true, ballots);
    });

    assertRefused(forged, "stage-vote-held cannot follow: a vote the stage could not hold:"
        + " hold-stage-vote.present: must be a member of party-members (15 members), was c1");
  }

  @Test
  void aBallotFromAMemberNotPresentIsRefused() {
    EventLog forged = forge(StageVoteHeld.class, inStage("review"), v -> {
      List<Ballot> ballots = new ArrayList<>(v.ballots());
      ballots.set(11, new YesNoBallot(new MemberId("p15"), true));
      return with(v, v.present(), true, ballots);
    });

    assertRefused(forged, "hold-stage-vote.ballots[11].voter: must be listed as present,"
        + " was p15");
  }

  @Test
  void aSecondBallotFromOneMemberIsRefused() {
    EventLog forged = forge(StageVoteHeld.class, inStage("review"), v -> {
      List<Ballot> ballots = new ArrayList<>(v.ballots());
      ballots.set(11, new YesNoBallot(new MemberId("p1"), true));
      return with(v, v.present(), true, ballots);
    });

    assertRefused(forged, "hold-stage-vote.ballots[11].voter: has a ballot already");
  }

  @Test
  void aMemberPresentWithoutABallotIsRefused() {
    EventLog forged = forge(StageVoteHeld.class, inStage("review"), v ->
        with(v, v.present(), true, v.ballots().subList(0, 11)));

    assertRefused(forged, "stage-vote-held cannot follow", "hold-stage-vote.ballots: every"
        + " member present needs a ballot");
  }

  @Test
  void aVoteBeforeTheNoticeDaysHadPassedIsRefused() {
    // the forger moves the review vote to the day the plan was sent, before the opinion
    List<ConsultationEvent> events = events();
    int opinion = indexOf(events, f -> f instanceof OpinionRecorded o
        && o.stage().equals("review"));
    int vote = indexOf(events, f -> f instanceof StageVoteHeld v && v.stage().equals("review"));
    assertThat(events.get(opinion - 1)).isInstanceOf(FactRecorded.class)
        .extracting(e -> ((FactRecorded) e).fact()).isInstanceOf(PlanCirculated.class);
    StageVoteHeld held = (StageVoteHeld) ((FactRecorded) events.get(vote)).fact();
    var early = honest.events().get(opinion).recordedAt();
    ConsultationEvent moved = new FactRecorded(new StageVoteHeld(held.stage(), held.question(),
        held.revision(), held.body(), held.members(), held.present(), held.attendance(),
        held.attended(), held.ballots(), held.decision(), held.adopted(), early));
    ConsultationEvent second = events.get(opinion);
    events.set(opinion, moved);
    events.set(vote, second);

    assertRefused(Forgery.rechain(honest, events), "fact stage-vote-held cannot follow",
        "vote must wait 3 days after the plan was sent, until 2025-03-06");
  }

  @Test
  void aNoticeUpForFewerDaysThanTheGateAsksIsRefused() {
    EventLog forged = forge(NoticePublished.class, n -> true, n -> new NoticePublished(n.stage(),
        n.by(), n.channels(), n.text(), n.revision(), n.at(),
        n.until().minus(Duration.ofDays(3))));

    assertRefused(forged, "fact notice-published cannot follow: a notice up until"
        + " 2025-03-10T16:00:00Z where 7 days from", "end at 2025-03-13T16:00:00Z");
  }

  @Test
  void aBackdatedNoticeIsRefused() {
    EventLog forged = forge(NoticePublished.class, n -> true, n -> new NoticePublished(n.stage(),
        n.by(), n.channels(), n.text(), n.revision(), n.at().minus(Duration.ofDays(3)),
        n.until().minus(Duration.ofDays(3))));

    assertRefused(forged, "fact notice-published cannot follow: dated");
  }

  @Test
  void anAdvanceWithoutItsStagePassedIsRefusedEvenAtTheEndOfTheLog() {
    // the forger drops the discussion's stage-passed and ends the log at the advance to review
    List<ConsultationEvent> events = events();
    int passed = indexOf(events, f -> f instanceof StagePassed p && p.stage().equals("discussion"));
    List<ConsultationEvent> forged = new ArrayList<>(events.subList(0, passed));
    forged.add(events.get(passed + 1));
    assertThat(forged.get(forged.size() - 1)).isInstanceOf(
        ConsultationEvent.PhaseAdvanced.class);

    assertRefused(Forgery.rechain(honest, forged), "phase-advanced from discussion, which method"
        + " workflow does not let end yet");
  }

  @Test
  void aStageFactInAPhaseItsStageDidNotPassToIsRefused() {
    // the forger turns the discussion's stage-passed into a comment: the advance after it is
    // refused before any fact of the next stage is reached
    List<ConsultationEvent> events = events();
    int passed = indexOf(events, f -> f instanceof StagePassed p && p.stage().equals("discussion"));
    events.set(passed, new ConsultationEvent.CommentPosted(1, DIRECTOR, null, "on to review"));
    int circulated = indexOf(events, PlanCirculated.class::isInstance);
    List<ConsultationEvent> forged = new ArrayList<>(events.subList(0, circulated));
    forged.add(new FactRecorded(new OpinionRecorded("discussion", 1, DIRECTOR, "fine")));

    assertRefused(Forgery.rechain(honest, forged), "phase-advanced from discussion");
  }

  @Test
  void theHonestLogStillReplaysAndItsRecordIsUnchanged() {
    assertThat(honest.events()).extracting(RecordedEvent::event)
        .filteredOn(FactRecorded.class::isInstance).hasSize(12);
    honest.verify();
  }
}
