package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.method.workflow.WorkflowFact.StagePassed;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A workflow's gates hold on replay: a log that skips one is refused as tampered. */
class WorkflowForgedLogTest {

  static Consultation open() {
    var base = Fixtures.spec(Fixtures.members(5));
    Parameters p = Parameters.of(Map.of("bodies", Map.of("two-committees", List.of("c1", "c2"),
        "party-members", List.of("p1", "p2", "p3"))));
    var spec = new ConsultationSpec(base.id(), base.title(), base.issue(), "workflow", p,
        base.rule(), base.ruleParameters(), List.of(), base.electorate(), 0);
    return Consultation.open(spec, Fixtures.tickingClock(), PluginRegistry.load());
  }

  static List<ConsultationEvent> events(Consultation c) {
    List<ConsultationEvent> events = new ArrayList<>();
    c.log().events().forEach(e -> events.add(e.event()));
    return events;
  }

  @Test
  void anAdvancePastAnUnmetGateIsRefusedOnReplay() {
    Consultation c = open();
    List<ConsultationEvent> events = events(c);
    events.add(new ConsultationEvent.PhaseAdvanced("proposal", "discussion", Fixtures.LEADER));
    EventLog forged = Forgery.rechain(c.log(), events);

    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(),
        PluginRegistry.load()))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("phase-advanced from proposal, which method workflow does not let"
            + " end yet");
  }

  @Test
  void aStagePassedWithItsGateUnmetIsRefusedOnReplay() {
    Consultation c = open();
    List<ConsultationEvent> events = events(c);
    events.add(new ConsultationEvent.FactRecorded(new StagePassed("proposal", "discussion",
        List.of())));
    EventLog forged = Forgery.rechain(c.log(), events);

    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(),
        PluginRegistry.load()))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("stage-passed cannot follow: stage proposal passed with its gate"
            + " unmet");
  }
}
