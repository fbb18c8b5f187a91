package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.SupportTestRule;
import io.yishi.core.method.revision.RevisionAction;
import io.yishi.core.method.revision.RevisionFact;
import io.yishi.core.method.revision.Stance;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan-revision log altered and re-chained by a careful forger does not replay. */
class PlanRevisionLogTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load().with(new SupportTestRule());
  static final ResidentId LEADER = Fixtures.LEADER;

  static Consultation closedRound() {
    ConsultationSpec base = Fixtures.spec(Fixtures.members(3));
    Consultation c = Consultation.open(ConsultationSpec.builder().id(base.id()).title("t")
        .issue(base.issue()).method("plan-revision")
        .methodParameters(Parameters.of(Map.of("rule", "support-test")))
        .rule("support-test").electorate(base.electorate()).build(), Fixtures.tickingClock(),
        REGISTRY);
    c.submit(new Act(new RevisionAction.TablePlan(LEADER, "Plan", "Fence")));
    c.submit(new Command.AdvancePhase(LEADER, "revision"));
    c.submit(new Act(new RevisionAction.OpenPlanRound(LEADER)));
    c.submit(new Act(RevisionAction.RespondToPlan.object(new ResidentId("m1"), "dark")));
    c.submit(new Act(new RevisionAction.ClosePlanRound(LEADER)));
    return c;
  }

  static EventLog forgedWith(Consultation c, RevisionFact extra) {
    List<ConsultationEvent> events = new ArrayList<>();
    c.log().events().forEach(e -> events.add(e.event()));
    events.add(new ConsultationEvent.FactRecorded(extra));
    return Forgery.rechain(c.log(), events);
  }

  @Test
  void aRevisionAnsweringAnObjectionNeverRaisedIsForgery() {
    Consultation c = closedRound();
    EventLog forged = forgedWith(c, new RevisionFact.PlanRevised(2, LEADER,
        Fixtures.START, "Plan", "Fence and lights", "lights", List.of(7)));

    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(), REGISTRY))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("plan-revised cannot follow: objection 7 is not open");
  }

  @Test
  void aResponseAfterTheRoundClosedIsForgery() {
    Consultation c = closedRound();
    EventLog forged = forgedWith(c, new RevisionFact.PlanResponseGiven(1,
        new ResidentId("m2"), Stance.SUPPORT, "", Fixtures.START));

    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(), REGISTRY))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("plan-response-given for round 1, but no round is open");
  }

  @Test
  void aRoundClosedByAnotherThanTheProposerIsForgery() {
    Consultation c = closedRound();
    c.submit(new Act(new RevisionAction.OpenPlanRound(LEADER)));
    EventLog forged = forgedWith(c, new RevisionFact.PlanRoundClosed(2,
        c.log().events().get(c.log().size() - 1).recordedAt(), new ResidentId("m3"),
        new io.yishi.core.fixtures.TallyDecision("support-test",
            io.yishi.core.spi.Verdict.ADOPTED, 3, 0)));

    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(), REGISTRY))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("round closed by m3, who is not the proposer");
    assertThat(Consultation.replay(c.log(), Fixtures.tickingClock(), REGISTRY).state())
        .isEqualTo(c.state());
  }
}
