package io.yishi.core.consultation;

import static io.yishi.core.method.interest.InterestRoundsMethodTest.FACILITATOR;
import static io.yishi.core.method.interest.InterestRoundsMethodTest.REGISTRY;
import static io.yishi.core.method.interest.InterestRoundsMethodTest.act;
import static io.yishi.core.method.interest.InterestRoundsMethodTest.open;
import static io.yishi.core.method.interest.InterestRoundsMethodTest.prepare;
import static io.yishi.core.method.interest.InterestRoundsMethodTest.rate;
import static io.yishi.core.method.interest.InterestRoundsMethodTest.rep;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.Fraction;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.method.interest.InterestAction.CloseRound;
import io.yishi.core.method.interest.InterestAction.OpenRound;
import io.yishi.core.method.interest.InterestAction.ProposeOption;
import io.yishi.core.method.interest.InterestAction.StartEvaluation;
import io.yishi.core.method.interest.InterestFact;
import io.yishi.core.method.interest.InterestFact.RoundClosed;
import io.yishi.core.method.interest.InterestRoundsMethodTest.HandClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A re-chained interest-rounds log whose facts could not have followed is refused on replay. */
class InterestRoundsForgedLogTest {

  @Test
  void aLogWithAlteredRoundResultsIsRefusedOnReplay() {
    Consultation c = open(Map.of(), new HandClock());
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    act(c, new ProposeOption(rep("shops"), "permits", "Permits", "x", List.of(), null));
    act(c, new StartEvaluation(FACILITATOR, List.of("cost")));
    rate(c, "shops", "permits", 2);
    act(c, new CloseRound(FACILITATOR));

    List<ConsultationEvent> events = new ArrayList<>();
    for (RecordedEvent e : c.log().events()) {
      ConsultationEvent event = e.event();
      if (event instanceof ConsultationEvent.FactRecorded f && f.fact() instanceof RoundClosed r) {
        var g = r.results().get(0).groups();
        List<InterestFact.GroupResult> forged = new ArrayList<>(g);
        var shops = g.get(3);
        forged.set(3, new InterestFact.GroupResult("shops", true, Fraction.of(9, 1),
            shops.level(), true));
        event = new ConsultationEvent.FactRecorded(new RoundClosed(r.round(), r.at(),
            r.byDeadline(), List.of(new InterestFact.OptionResult("permits", 1, forged))));
      }
      events.add(event);
    }
    EventLog forged = Forgery.rechain(c.log(), events);

    assertThatThrownBy(() -> Consultation.replay(forged, new HandClock(), REGISTRY))
        .isInstanceOf(TamperedLogException.class).hasMessageContaining("round-closed");
  }

  @Test
  void aLogWithARatingBeforeTheEvaluationIsRefusedOnReplay() {
    Consultation c = open(Map.of(), new HandClock());
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    act(c, new ProposeOption(rep("shops"), "permits", "Permits", "x", List.of(), null));
    List<ConsultationEvent> events = new ArrayList<>();
    c.log().events().forEach(e -> events.add(e.event()));
    events.add(new ConsultationEvent.FactRecorded(new InterestFact.OptionRated(1, "shops",
        "permits", Map.of("loading", 5, "customer-parking", 5), rep("shops"))));

    assertThatThrownBy(() -> Consultation.replay(Forgery.rechain(c.log(), events),
        new HandClock(), REGISTRY)).isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("option-rated cannot follow");
  }
}
