package io.yishi.core.method.cocreation;

import static io.yishi.core.method.cocreation.Workshops.F1;
import static io.yishi.core.method.cocreation.Workshops.act;
import static io.yishi.core.method.cocreation.Workshops.advance;
import static io.yishi.core.method.cocreation.Workshops.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.Forgery;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.core.consultation.TamperedLogException;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.method.cocreation.PointsRule.PointsBallot;
import io.yishi.core.method.cocreation.PointsRule.PointsDecision;
import io.yishi.core.method.cocreation.WorkshopAction.CallForObjections;
import io.yishi.core.method.cocreation.WorkshopAction.CastPriority;
import io.yishi.core.method.cocreation.WorkshopAction.CountPriorities;
import io.yishi.core.method.cocreation.WorkshopAction.FormCluster;
import io.yishi.core.method.cocreation.WorkshopAction.FrameWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.NameCluster;
import io.yishi.core.method.cocreation.WorkshopAction.OpenRound;
import io.yishi.core.method.cocreation.WorkshopAction.PostCard;
import io.yishi.core.method.cocreation.WorkshopAction.ReadTitles;
import io.yishi.core.method.cocreation.WorkshopAction.RegisterParticipant;
import io.yishi.core.method.cocreation.WorkshopAction.WriteCard;
import io.yishi.core.method.cocreation.WorkshopFact.CardPosted;
import io.yishi.core.method.cocreation.WorkshopFact.CardWritten;
import io.yishi.core.method.cocreation.WorkshopFact.ClusterNamed;
import io.yishi.core.method.cocreation.WorkshopFact.ObjectionsCalled;
import io.yishi.core.method.cocreation.WorkshopFact.ParticipantRegistered;
import io.yishi.core.method.cocreation.WorkshopFact.PrioritiesCounted;
import io.yishi.core.method.cocreation.WorkshopFact.PriorityCast;
import io.yishi.core.spi.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Logs rewritten by a careful forger (one fact altered, hashes recomputed) are refused on replay
 * because the fact does not follow from what the workshop would have computed.
 */
class CoCreationReplayTest {

  // ---------------------------------------------------------------- helpers

  static List<ConsultationEvent> events(Consultation c) {
    List<ConsultationEvent> out = new ArrayList<>();
    for (RecordedEvent e : c.log().events()) {
      out.add(e.event());
    }
    return out;
  }

  /** {@return the log with the first fact matching {@code which} replaced} */
  static EventLog replaceFirst(Consultation c, Predicate<Fact> which, UnaryOperator<Fact> by) {
    List<ConsultationEvent> events = events(c);
    int i = indexOf(events, which);
    events.set(i, new FactRecorded(by.apply(((FactRecorded) events.get(i)).fact())));
    return Forgery.rechain(c.log(), events);
  }

  static int indexOf(List<ConsultationEvent> events, Predicate<Fact> which) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof FactRecorded f && which.test(f.fact())) {
        return i;
      }
    }
    throw new AssertionError("no such fact in the honest log");
  }

  static void assertRefused(EventLog forged, String... fragments) {
    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(),
        Workshops.REGISTRY)).isInstanceOf(TamperedLogException.class)
        .hasMessageContainingAll(fragments);
  }

  static void assertReplays(Consultation c) {
    assertThat(Consultation.replay(c.log(), Fixtures.tickingClock(), Workshops.REGISTRY)
        .state()).isEqualTo(c.state());
  }

  /** Five residents; r-01 and r-02 are team A; framed, in brainstorm. */
  static Consultation brainstorming(Map<String, Object> extra) {
    Map<String, Object> p = Workshops.defaults();
    p.putAll(extra);
    Consultation c = Workshops.open(5, p);
    act(c, new FrameWorkshop(F1, Workshops.QUESTION, "", ""));
    act(c, new RegisterParticipant(F1, resident(1), "A"));
    act(c, new RegisterParticipant(F1, resident(2), "A"));
    advance(c, "brainstorm");
    return c;
  }

  /** Three cards on the wall; ★ holds 1 and 2, ▲ holds 3; in the name phase. */
  static Consultation naming(Map<String, Object> extra) {
    Map<String, Object> p = Workshops.defaults();
    p.put("cardsPerRound", 5);
    p.putAll(extra);
    Consultation c = Workshops.open(5, p);
    act(c, new FrameWorkshop(F1, Workshops.QUESTION, "", ""));
    advance(c, "brainstorm");
    act(c, new WriteCard(resident(1), "Mend the east fence"));
    act(c, new WriteCard(resident(2), "Fix the fence by the bike shed"));
    act(c, new WriteCard(resident(3), "More street lights"));
    act(c, new OpenRound(F1));
    for (int n = 1; n <= 3; n++) {
      act(c, new PostCard(F1, n));
    }
    advance(c, "cluster");
    act(c, new FormCluster(F1, "★", List.of(1, 2)));
    act(c, new FormCluster(F1, "▲", List.of(3)));
    advance(c, "name");
    return c;
  }

  static Consultation named(Map<String, Object> extra) {
    Consultation c = naming(extra);
    act(c, new NameCluster(F1, "★", "Mend the boundary fences"));
    act(c, new NameCluster(F1, "▲", "Light every dark path"));
    return c;
  }

  // ---------------------------------------------------------------- checks

  @Test
  void prioritiesThatTheRuleDoesNotGiveAreRefused() {
    Consultation c = named(Map.of("prioritise", true, "priorityRule", "points-test"));
    advance(c, "prioritise");
    act(c, new CastPriority(resident(1), new PointsBallot(MemberId.of("r-01"), Map.of("▲", 3))));
    act(c, new CastPriority(resident(2), new PointsBallot(MemberId.of("r-02"),
        Map.of("★", 1, "▲", 2))));
    act(c, new CountPriorities(F1));
    assertReplays(c);

    EventLog forged = replaceFirst(c, f -> f instanceof PrioritiesCounted,
        f -> new PrioritiesCounted(new PointsDecision(List.of("★", "▲"),
            Map.of("★", 5, "▲", 1))));

    assertRefused(forged, "fact priorities-counted cannot follow",
        "counted again with rule 'points-test'");
  }

  @Test
  void aPriorityBallotTheRuleRefusesIsRefused() {
    Consultation c = named(Map.of("prioritise", true, "priorityRule", "points-test"));
    advance(c, "prioritise");
    act(c, new CastPriority(resident(1), new PointsBallot(MemberId.of("r-01"),
        Map.of("▲", 3))));

    EventLog forged = replaceFirst(c, f -> f instanceof PriorityCast,
        f -> new PriorityCast(new PointsBallot(MemberId.of("r-01"), Map.of("▲", 9))));

    assertRefused(forged, "fact priority-cast cannot follow", "must be at most 3 in all");
  }

  @Test
  void aTeamChangeForAParticipantWhoWroteCardsIsRefused() {
    Consultation c = brainstorming(Map.of());
    act(c, new WriteCard(resident(1), "Mend the east fence"));
    act(c, new RegisterParticipant(F1, resident(3), "B"));

    EventLog forged = replaceFirst(c, f -> f instanceof ParticipantRegistered r
        && r.resident().equals(resident(3)), f -> new ParticipantRegistered(resident(1), "B"));

    assertRefused(forged, "fact participant-registered cannot follow",
        "cannot change: r-01 has written cards for team 'A'");
  }

  @Test
  void aCardBeyondCardsPerPersonIsRefused() {
    Consultation c = brainstorming(Map.of("cardsPerPerson", 1));
    act(c, new WriteCard(resident(3), "Mend the east fence"));
    act(c, new WriteCard(resident(4), "More street lights"));

    EventLog forged = replaceFirst(c, f -> f instanceof CardWritten w && w.number() == 2,
        f -> new CardWritten(2, resident(3), "", "More street lights"));

    assertRefused(forged, "fact card-written cannot follow", "(parameter cardsPerPerson)");
  }

  @Test
  void aCardBeyondCardsPerTeamIsRefused() {
    Consultation c = brainstorming(Map.of("cardsPerTeam", 1));
    act(c, new WriteCard(resident(1), "Mend the east fence"));
    act(c, new WriteCard(resident(3), "More street lights"));

    EventLog forged = replaceFirst(c, f -> f instanceof CardWritten w && w.number() == 2,
        f -> new CardWritten(2, resident(2), "A", "More street lights"));

    assertRefused(forged, "fact card-written cannot follow", "team 'A' has written 1 cards",
        "(parameter cardsPerTeam)");
  }

  @Test
  void aCardLongerThanMaxCardLengthIsRefused() {
    Consultation c = brainstorming(Map.of("maxCardLength", 20));
    act(c, new WriteCard(resident(3), "Mend the east fence"));

    EventLog forged = replaceFirst(c, f -> f instanceof CardWritten,
        f -> new CardWritten(1, resident(3), "", "Mend the east fence and the west one"));

    assertRefused(forged, "fact card-written cannot follow", "has 36 characters; at most 20");
  }

  @Test
  void aCardPostedBySomeoneElseIsRefused() {
    Consultation c = brainstorming(Map.of());
    act(c, new WriteCard(resident(3), "Mend the east fence"));
    act(c, new OpenRound(F1));
    act(c, new PostCard(resident(3), 1));

    EventLog forged = replaceFirst(c, f -> f instanceof CardPosted,
        f -> new CardPosted(1, 1, resident(4)));

    assertRefused(forged, "fact card-posted cannot follow",
        "must be the card's author (r-03), a teammate or a facilitator");
  }

  @Test
  void aCardBeyondCardsPerRoundIsRefused() {
    Consultation c = brainstorming(Map.of());
    act(c, new WriteCard(resident(3), "Mend the east fence"));
    act(c, new WriteCard(resident(3), "Fix the fence by the bike shed"));
    act(c, new WriteCard(resident(4), "More street lights"));
    act(c, new OpenRound(F1));
    act(c, new PostCard(resident(3), 1));
    act(c, new PostCard(resident(4), 3));

    EventLog forged = replaceFirst(c, f -> f instanceof CardPosted p && p.card() == 3,
        f -> new CardPosted(2, 1, resident(3)));

    assertRefused(forged, "fact card-posted cannot follow", "r-03 has posted 1 card(s) in"
        + " round 1, the most a round allows (parameter cardsPerRound)");
  }

  @Test
  void aColumnNamedBeforeALargerOneIsRefused() {
    Consultation c = named(Map.of());
    List<ConsultationEvent> events = events(c);
    int first = indexOf(events, f -> f instanceof ClusterNamed n && n.cluster().equals("★"));
    int second = indexOf(events, f -> f instanceof ClusterNamed n && n.cluster().equals("▲"));
    ConsultationEvent swap = events.get(first);
    events.set(first, events.get(second));
    events.set(second, swap);

    assertRefused(Forgery.rechain(c.log(), events), "fact cluster-named cannot follow",
        "has 1 cards; name the largest column first (2 cards: [★])");
  }

  @Test
  void aColumnNameOutsideTheWordLimitsIsRefused() {
    Consultation c = named(Map.of());

    EventLog forged = replaceFirst(c, f -> f instanceof ClusterNamed,
        f -> new ClusterNamed("★", "Fences"));

    assertRefused(forged, "fact cluster-named cannot follow", "has 1 word(s); a column's name"
        + " is a phrase of 3 to 7 words");
  }

  @Test
  void anObjectionCheckLongerThanTheSettingIsRefused() {
    Consultation c = named(Map.of());
    advance(c, "resolve");
    act(c, new ReadTitles(F1));
    act(c, new CallForObjections(F1));
    assertReplays(c);

    EventLog forged = replaceFirst(c, f -> f instanceof ObjectionsCalled,
        f -> new ObjectionsCalled(1, ((ObjectionsCalled) f).at(), 30));

    assertRefused(forged, "fact objections-called cannot follow", "the check lasts 30"
        + " minute(s); parameter objectionMinutes is 0");
  }

  @Test
  void aFactRecordedInAPhaseThatDoesNotAcceptItsActionIsRefused() {
    Consultation c = brainstorming(Map.of());
    act(c, new WriteCard(resident(3), "Mend the east fence"));
    List<ConsultationEvent> events = events(c);
    int card = indexOf(events, f -> f instanceof CardWritten);
    int advanced = 0;
    while (!(events.get(advanced) instanceof ConsultationEvent.PhaseAdvanced)) {
      advanced++;
    }
    events.add(advanced, events.remove(card));

    assertRefused(Forgery.rechain(c.log(), events), "fact card-written cannot follow",
        "card-written recorded in phase 'context', which does not accept write-card");
  }

  @Test
  void honestLogsAtTheLimitsStillReplay() {
    Consultation c = brainstorming(Map.of("cardsPerPerson", 1, "cardsPerTeam", 1));
    act(c, new RegisterParticipant(F1, resident(5), "B"));
    act(c, new RegisterParticipant(F1, resident(5), ""));
    act(c, new WriteCard(resident(1), "Mend the east fence"));
    act(c, new WriteCard(resident(5), "More street lights"));
    act(c, new OpenRound(F1));
    act(c, new PostCard(resident(2), 1));
    act(c, new PostCard(resident(5), 2));
    assertReplays(c);
  }
}
