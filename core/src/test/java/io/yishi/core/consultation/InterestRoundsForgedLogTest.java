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
import io.yishi.core.fixtures.TallyDecision;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.method.interest.InterestAction.CastVote;
import io.yishi.core.method.interest.InterestAction.CountVotes;
import io.yishi.core.method.interest.InterestFact.EvaluationStarted;
import io.yishi.core.method.interest.InterestFact.OptionProposed;
import io.yishi.core.method.interest.InterestFact.RoundOpened;
import io.yishi.core.method.interest.InterestFact.VoteCast;
import io.yishi.core.method.interest.InterestFact.VoteCounted;
import io.yishi.core.method.interest.InterestRoundsMethodTest.HandClock;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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

  /** {@return the log re-chained with every fact passed through {@code change}} */
  static EventLog forge(Consultation c, UnaryOperator<Fact> change) {
    List<ConsultationEvent> events = new ArrayList<>();
    for (RecordedEvent e : c.log().events()) {
      ConsultationEvent event = e.event();
      if (event instanceof ConsultationEvent.FactRecorded f) {
        event = new ConsultationEvent.FactRecorded(change.apply(f.fact()));
      }
      events.add(event);
    }
    return Forgery.rechain(c.log(), events);
  }

  static void refused(EventLog forged, String fact) {
    assertThatThrownBy(() -> Consultation.replay(forged, new HandClock(), REGISTRY))
        .isInstanceOf(TamperedLogException.class).hasMessageContaining("fact " + fact);
  }

  /** A consultation whose single round ended in a yes-no vote: 18 yes, 12 no, counted. */
  static Consultation voted() {
    Consultation c = open(Map.of("rounds", 1, "fallback", "vote", "voteRule", "yes-no-test",
        "voteOptions", 1), new HandClock());
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    act(c, new ProposeOption(rep("shops"), "permits", "Permits", "x", List.of(), null));
    act(c, new StartEvaluation(FACILITATOR, List.of("cost")));
    act(c, new CloseRound(FACILITATOR));
    c.submit(new AdvancePhase(FACILITATOR, "vote"));
    for (int i = 1; i <= 30; i++) {
      act(c, new CastVote(FACILITATOR, i <= 18 ? YesNoBallot.yes("m" + i)
          : YesNoBallot.no("m" + i)));
    }
    act(c, new CountVotes(FACILITATOR));
    return c;
  }

  @Test
  void aLogWhoseVoteCountDiffersFromARecountIsRefusedOnReplay() {
    Consultation c = voted();
    Consultation.replay(forge(c, f -> f), new HandClock(), REGISTRY);  // the honest log replays

    refused(forge(c, f -> f instanceof VoteCounted v ? new VoteCounted(new TallyDecision(
        "yes-no-test", Verdict.REJECTED, 12, 18), v.at(), v.byDeadline()) : f), "vote-counted");
  }

  @Test
  void aLogWithABallotFromOutsideTheElectorateOrASecondBallotIsRefusedOnReplay() {
    Consultation c = voted();
    refused(forge(c, f -> f instanceof VoteCast v && v.ballot().voter().value().equals("m30")
        ? new VoteCast(YesNoBallot.no("m99"), v.by()) : f), "vote-cast");
    refused(forge(c, f -> f instanceof VoteCast v && v.ballot().voter().value().equals("m30")
        ? new VoteCast(YesNoBallot.no("m29"), v.by()) : f), "vote-cast");
  }

  @Test
  void aLogWithAnOptionServingAnUnstatedInterestIsRefusedOnReplay() {
    Consultation c = open(Map.of(), new HandClock());
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    act(c, new ProposeOption(rep("shops"), "permits", "Permits", "x", List.of("loading"), null));

    refused(forge(c, f -> f instanceof OptionProposed o ? new OptionProposed(o.option(),
        o.round(), o.title(), o.text(), List.of("loading", "rent"), o.revises(), o.by()) : f),
        "option-proposed");
    refused(forge(c, f -> f instanceof OptionProposed o ? new OptionProposed(o.option(),
        o.round(), o.title(), o.text(), List.of("loading", "loading"), o.revises(), o.by()) : f),
        "option-proposed");
  }

  @Test
  void aLogWithDeadlinesOffTheConfiguredPeriodsIsRefusedOnReplay() {
    Consultation c = open(Map.of("inventPeriod", "P2D", "evaluationPeriod", "P3D"),
        new HandClock());
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    act(c, new ProposeOption(rep("shops"), "permits", "Permits", "x", List.of(), null));
    act(c, new StartEvaluation(FACILITATOR, List.of("cost")));

    refused(forge(c, f -> f instanceof RoundOpened r ? new RoundOpened(r.round(), r.at(),
        r.inventDue().plus(Duration.ofDays(30))) : f), "round-opened");
    refused(forge(c, f -> f instanceof EvaluationStarted e ? new EvaluationStarted(e.round(),
        e.at(), e.due().plus(Duration.ofDays(30)), e.criteria(), e.byDeadline()) : f),
        "evaluation-started");
    // an instant other than the time the fact was recorded at
    refused(forge(c, f -> f instanceof EvaluationStarted e ? new EvaluationStarted(e.round(),
        e.at().minusSeconds(60), e.due().minusSeconds(60), e.criteria(), e.byDeadline()) : f),
        "evaluation-started");
  }

  @Test
  void aLogWhoseInventingDeadlineStartsAnEvaluationWithoutCriteriaIsRefusedOnReplay() {
    HandClock clock = new HandClock();
    Consultation c = open(Map.of("inventPeriod", "P2D"), clock);
    prepare(c);
    c.submit(new AdvancePhase(FACILITATOR, "rounds"));
    act(c, new OpenRound(FACILITATOR));
    act(c, new ProposeOption(rep("shops"), "permits", "Permits", "x", List.of(), null));
    clock.pass(Duration.ofDays(2));
    c.submit(new Command.CheckDeadlines(FACILITATOR));

    // the honest log closes round 1 and opens round 2; the forger starts an evaluation instead
    List<ConsultationEvent> events = new ArrayList<>();
    for (RecordedEvent e : c.log().events()) {
      ConsultationEvent event = e.event();
      if (event instanceof ConsultationEvent.FactRecorded f) {
        if (f.fact() instanceof RoundOpened r && r.round() == 2) {
          continue;
        }
        if (f.fact() instanceof RoundClosed r) {
          event = new ConsultationEvent.FactRecorded(new EvaluationStarted(1, r.at(),
              r.at().plus(java.time.Duration.ofDays(7)), List.of(), true));
        }
      }
      events.add(event);
    }
    refused(Forgery.rechain(c.log(), events), "evaluation-started");
  }
}
