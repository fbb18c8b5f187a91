package io.yishi.core.method.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.Forgery;
import io.yishi.core.consultation.TamperedLogException;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.SupportTestRule;
import io.yishi.core.fixtures.TallyDecision;
import io.yishi.core.method.revision.RevisionAction.ClosePlanRound;
import io.yishi.core.method.revision.RevisionAction.OpenPlanRound;
import io.yishi.core.method.revision.RevisionAction.RespondToPlan;
import io.yishi.core.method.revision.RevisionAction.TablePlan;
import io.yishi.core.method.revision.RevisionFact.PlanResponseGiven;
import io.yishi.core.method.revision.RevisionFact.PlanRoundClosed;
import io.yishi.core.method.revision.RevisionFact.PlanRoundOpened;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A plan-revision log rewritten by a careful forger, one fact altered and the hashes recomputed,
 * does not replay when the fact does not follow from what the method would have computed: the
 * rule's decision on a round, a round's deadline and closing instant, who opened it, and when a
 * response was given.
 */
class PlanRevisionReplayTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load().with(new SupportTestRule());
  static final ResidentId LEADER = Fixtures.LEADER;

  static ResidentId m(int i) {
    return new ResidentId("m" + i);
  }

  static Consultation tabled(String roundLength) {
    ConsultationSpec base = Fixtures.spec(Fixtures.members(3));
    Consultation c = Consultation.open(ConsultationSpec.builder().id(base.id()).title("t")
        .issue(base.issue()).method("plan-revision")
        .methodParameters(Parameters.of(Map.of("rule", "support-test",
            "roundLength", roundLength)))
        .rule("support-test").electorate(base.electorate()).seed(5).build(),
        Fixtures.tickingClock(), REGISTRY);
    c.submit(new Act(new TablePlan(LEADER, "Plan", "Mend the fence.")));
    c.submit(new Command.AdvancePhase(LEADER, "revision"));
    c.submit(new Act(new OpenPlanRound(LEADER)));
    return c;
  }

  /** Two supports and an objection from three members: rejected (2 of 3 is below 3/4). */
  static Consultation closedByTheProposer() {
    Consultation c = tabled("P14D");
    c.submit(new Act(RespondToPlan.support(m(1))));
    c.submit(new Act(RespondToPlan.support(m(2))));
    c.submit(new Act(RespondToPlan.object(m(3), "too dark")));
    c.submit(new Act(new ClosePlanRound(LEADER)));
    return c;
  }

  /** One support, then nothing until the 10-second round runs out: not decided. */
  static Consultation closedByTheDeadline() {
    Consultation c = tabled("PT10S");
    c.submit(new Act(RespondToPlan.support(m(1))));
    while (state(c).openRound().isPresent()) {
      c.submit(new Command.CheckDeadlines(LEADER));
    }
    return c;
  }

  static RevisionState state(Consultation c) {
    return (RevisionState) c.state().methodState().orElseThrow();
  }

  static List<ConsultationEvent> events(Consultation c) {
    List<ConsultationEvent> events = new ArrayList<>();
    c.log().events().forEach(e -> events.add(e.event()));
    return events;
  }

  /** The index in the log of the first fact of the type. */
  static int indexOf(Consultation c, Class<? extends Fact> type) {
    List<ConsultationEvent> events = events(c);
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof FactRecorded r && type.isInstance(r.fact())) {
        return i;
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in the log");
  }

  static Instant recordedAt(Consultation c, int index) {
    return c.log().events().get(index).recordedAt();
  }

  @SuppressWarnings("unchecked")
  static <F extends Fact> EventLog altered(Consultation c, Class<F> type, UnaryOperator<F> change) {
    int i = indexOf(c, type);
    List<ConsultationEvent> events = events(c);
    events.set(i, new FactRecorded(change.apply((F) ((FactRecorded) events.get(i)).fact())));
    return Forgery.rechain(c.log(), events);
  }

  static EventLog inserted(Consultation c, int index, Fact fact) {
    List<ConsultationEvent> events = events(c);
    events.add(index, new FactRecorded(fact));
    return Forgery.rechain(c.log(), events);
  }

  static void refused(Consultation honest, EventLog forged, String message) {
    assertThat(Consultation.replay(honest.log(), Fixtures.tickingClock(), REGISTRY).state())
        .isEqualTo(honest.state());
    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(), REGISTRY))
        .isInstanceOf(TamperedLogException.class).hasMessageContaining(message);
  }

  // 1. A round's close: the decision, and the instant.

  @Test
  void aVerdictTheRuleDoesNotReachIsForgery() {
    Consultation c = closedByTheProposer();
    assertThat(state(c).rounds().get(0).decision().verdict()).isEqualTo(Verdict.REJECTED);
    EventLog forged = altered(c, PlanRoundClosed.class, f -> new PlanRoundClosed(f.round(),
        f.at(), f.by(), new TallyDecision("support-test", Verdict.ADOPTED, 3, 0)));

    refused(c, forged, "plan-round-closed cannot follow: round 1 closed ADOPTED, but rule"
        + " support-test finds REJECTED on its responses");
  }

  @Test
  void aDecisionWithOtherCountsIsForgeryEvenWithTheSameVerdict() {
    Consultation c = closedByTheProposer();
    EventLog forged = altered(c, PlanRoundClosed.class, f -> new PlanRoundClosed(f.round(),
        f.at(), f.by(), new TallyDecision("support-test", Verdict.REJECTED, 1, 2)));

    refused(c, forged, "plan-round-closed cannot follow: round 1 closed with a decision other"
        + " than rule support-test reaches on its responses");
  }

  @Test
  void aCloseByTheDeadlineAtAnotherInstantIsForgery() {
    Consultation c = closedByTheDeadline();
    Instant deadline = state(c).rounds().get(0).closesAt();
    EventLog forged = altered(c, PlanRoundClosed.class, f -> new PlanRoundClosed(f.round(),
        deadline.minusSeconds(2), null, f.decision()));

    refused(c, forged, "plan-round-closed cannot follow: round 1 closed by its deadline at "
        + deadline.minusSeconds(2) + ", not at the deadline " + deadline);
  }

  @Test
  void aCloseByTheDeadlineRecordedBeforeTheDeadlineIsForgery() {
    Consultation c = closedByTheProposer();
    Instant deadline = state(c).rounds().get(0).closesAt();
    int close = indexOf(c, PlanRoundClosed.class);
    EventLog forged = altered(c, PlanRoundClosed.class, f -> new PlanRoundClosed(f.round(),
        deadline, null, f.decision()));

    refused(c, forged, "plan-round-closed cannot follow: round 1 closed by its deadline "
        + deadline + " at " + recordedAt(c, close) + ", before the deadline");
  }

  @Test
  void aCloseByTheProposerAtAnotherTimeThanRecordedIsForgery() {
    Consultation c = closedByTheProposer();
    int close = indexOf(c, PlanRoundClosed.class);
    Instant earlier = recordedAt(c, close).minusSeconds(1);
    EventLog forged = altered(c, PlanRoundClosed.class, f -> new PlanRoundClosed(f.round(),
        earlier, f.by(), f.decision()));

    refused(c, forged, "plan-round-closed cannot follow: round 1 closed by r-leader at "
        + earlier + ", but it was recorded at " + recordedAt(c, close));
  }

  @Test
  void aCloseByTheProposerAtTheDeadlineIsForgery() {
    Consultation c = closedByTheDeadline();
    Instant deadline = state(c).rounds().get(0).closesAt();
    int close = indexOf(c, PlanRoundClosed.class);
    assertThat(recordedAt(c, close)).as("the ticking clock reaches the deadline exactly")
        .isEqualTo(deadline);
    EventLog forged = altered(c, PlanRoundClosed.class, f -> new PlanRoundClosed(f.round(),
        f.at(), LEADER, f.decision()));

    refused(c, forged, "plan-round-closed cannot follow: round 1 closed by r-leader at "
        + deadline + ", not before its deadline " + deadline);
  }

  // 2. A round's opening: its deadline and who opened it.

  @Test
  void aDeadlineOtherThanTheRoundLengthIsForgery() {
    Consultation c = closedByTheProposer();
    RevisionState.Round round = state(c).rounds().get(0);
    EventLog forged = altered(c, PlanRoundOpened.class, f -> new PlanRoundOpened(f.round(),
        f.revision(), f.by(), f.at(), f.closesAt().plusSeconds(60)));

    refused(c, forged, "plan-round-opened cannot follow: round 1 closes at "
        + round.closesAt().plusSeconds(60) + ", not at " + round.closesAt()
        + ", its opening plus roundLength PT336H");
  }

  @Test
  void aRoundOpenedAtAnotherTimeThanRecordedIsForgery() {
    Consultation c = closedByTheProposer();
    int open = indexOf(c, PlanRoundOpened.class);
    Instant earlier = recordedAt(c, open).minusSeconds(30);
    EventLog forged = altered(c, PlanRoundOpened.class, f -> new PlanRoundOpened(f.round(),
        f.revision(), f.by(), earlier, f.closesAt().minusSeconds(30)));

    refused(c, forged, "plan-round-opened cannot follow: round 1 opened at " + earlier
        + ", but it was recorded at " + recordedAt(c, open));
  }

  @Test
  void aRoundOpenedByAnotherThanTheProposerIsForgery() {
    Consultation c = closedByTheProposer();
    EventLog forged = altered(c, PlanRoundOpened.class, f -> new PlanRoundOpened(f.round(),
        f.revision(), m(2), f.at(), f.closesAt()));

    refused(c, forged, "plan-round-opened cannot follow: round 1 opened by m2, who is not the"
        + " proposer, r-leader");
  }

  // 3. Responses: while the round is open, before its deadline, at the time recorded.

  @Test
  void aResponseAtAnotherTimeThanRecordedIsForgery() {
    Consultation c = closedByTheProposer();
    int response = indexOf(c, PlanResponseGiven.class);
    EventLog forged = altered(c, PlanResponseGiven.class, f -> new PlanResponseGiven(f.round(),
        f.by(), f.stance(), f.text(), Fixtures.START));

    refused(c, forged, "plan-response-given cannot follow: response of m1 given at "
        + Fixtures.START + ", but it was recorded at " + recordedAt(c, response));
  }

  @Test
  void aResponseRecordedAfterTheDeadlineIsForgery() {
    Consultation c = closedByTheDeadline();
    int close = indexOf(c, PlanRoundClosed.class);
    Instant late = recordedAt(c, close);
    EventLog forged = inserted(c, close, new PlanResponseGiven(1, m(2), Stance.SUPPORT, "",
        late));

    refused(c, forged, "plan-response-given cannot follow: response of m2 at " + late
        + ", when round 1 had closed at its deadline " + state(c).rounds().get(0).closesAt());
  }

  @Test
  void aResponseRepeatingTheStandingOneIsForgery() {
    Consultation c = closedByTheProposer();
    int response = indexOf(c, PlanResponseGiven.class);
    EventLog forged = inserted(c, response + 1, new PlanResponseGiven(1, m(1), Stance.SUPPORT,
        "", recordedAt(c, response + 1)));

    refused(c, forged, "plan-response-given cannot follow: response of m1 repeats the one"
        + " standing in round 1");
  }

  // Beyond the three: the phase, and the revision's author and time.

  @Test
  void aRoundRecordedInTheDraftingPhaseIsForgery() {
    Consultation c = closedByTheProposer();
    List<ConsultationEvent> events = events(c);
    ConsultationEvent advanced = events.stream()
        .filter(e -> e instanceof ConsultationEvent.PhaseAdvanced).findFirst().orElseThrow();
    events.remove(advanced);
    events.add(advanced);

    refused(c, Forgery.rechain(c.log(), events), "plan-round-opened cannot follow:"
        + " plan-round-opened recorded in phase drafting, which does not accept the action that"
        + " records it");
  }

  @Test
  void aRevisionByAnotherThanTheProposerIsForgery() {
    Consultation c = closedByTheProposer();
    c.submit(new Act(new RevisionAction.RevisePlan(LEADER, "Plan", "Mend the fence; lights.",
        "adds lights", List.of(1))));
    EventLog forged = altered(c, RevisionFact.PlanRevised.class, f ->
        new RevisionFact.PlanRevised(f.revision(), m(3), f.at(), f.title(), f.text(), f.change(),
            f.answers()));

    refused(c, forged, "plan-revised cannot follow: revision 2 by m3, who is not the proposer,"
        + " r-leader");
  }

  @Test
  void aPlanTabledAtAnotherTimeThanRecordedIsForgery() {
    Consultation c = closedByTheProposer();
    int tabled = indexOf(c, RevisionFact.PlanTabled.class);
    EventLog forged = altered(c, RevisionFact.PlanTabled.class, f ->
        new RevisionFact.PlanTabled(f.by(), Fixtures.START.minusSeconds(3600), f.title(),
            f.text()));

    refused(c, forged, "plan-tabled cannot follow: plan tabled at "
        + Fixtures.START.minusSeconds(3600) + ", but it was recorded at "
        + recordedAt(c, tabled));
  }

  @Test
  void aResponseAfterTheCloseIsForgery() {
    Consultation c = closedByTheProposer();
    int close = indexOf(c, PlanRoundClosed.class);
    EventLog forged = inserted(c, close + 1, new PlanResponseGiven(1, m(2), Stance.OBJECT,
        "changed my mind", recordedAt(c, close)));

    refused(c, forged, "plan-response-given cannot follow: plan-response-given for round 1, but"
        + " no round is open");
  }
}
