package io.yishi.core.method.cocreation;

import static io.yishi.core.method.cocreation.Workshops.F1;
import static io.yishi.core.method.cocreation.Workshops.act;
import static io.yishi.core.method.cocreation.Workshops.advance;
import static io.yishi.core.method.cocreation.Workshops.resident;
import static io.yishi.core.method.cocreation.Workshops.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.InvalidCommandException;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.core.consultation.TamperedLogException;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.json.YishiJson;
import io.yishi.core.method.cocreation.PointsRule.PointsBallot;
import io.yishi.core.method.cocreation.PointsRule.PointsDecision;
import io.yishi.core.method.cocreation.WorkshopAction.CallForObjections;
import io.yishi.core.method.cocreation.WorkshopAction.CastPriority;
import io.yishi.core.method.cocreation.WorkshopAction.CloseObjectionCheck;
import io.yishi.core.method.cocreation.WorkshopAction.ConcludeWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.CountPriorities;
import io.yishi.core.method.cocreation.WorkshopAction.FormCluster;
import io.yishi.core.method.cocreation.WorkshopAction.FrameWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.MergeClusters;
import io.yishi.core.method.cocreation.WorkshopAction.MoveCard;
import io.yishi.core.method.cocreation.WorkshopAction.NameCluster;
import io.yishi.core.method.cocreation.WorkshopAction.OpenRound;
import io.yishi.core.method.cocreation.WorkshopAction.PostCard;
import io.yishi.core.method.cocreation.WorkshopAction.RaiseObjection;
import io.yishi.core.method.cocreation.WorkshopAction.ReadTitles;
import io.yishi.core.method.cocreation.WorkshopAction.RecordActionItem;
import io.yishi.core.method.cocreation.WorkshopAction.RegisterParticipant;
import io.yishi.core.method.cocreation.WorkshopAction.SplitCard;
import io.yishi.core.method.cocreation.WorkshopAction.SplitCluster;
import io.yishi.core.method.cocreation.WorkshopAction.WithdrawObjection;
import io.yishi.core.method.cocreation.WorkshopAction.WriteCard;
import io.yishi.core.method.cocreation.WorkshopFact.CardWritten;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The co-creation workshop (RULES.md §1.1) run through a consultation. */
class CoCreationMethodTest {

  static final ObjectMapper JSON = YishiJson.mapper();
  static final List<String> ALWAYS = List.of("advance-phase", "check-deadlines", "close");

  static List<String> allowed(Consultation c, String... kinds) {
    List<String> all = new ArrayList<>(ALWAYS);
    all.addAll(List.of(kinds));
    return all.stream().sorted().toList();
  }

  @Nested
  class SecurityWorkshopOfThirtyResidents {

    @Test
    void endsInTheConsensusChartAndActionListWithTheRightActionsAllowedAtEachStage() {
      Consultation c = Workshops.open(SecurityWorkshop.RESIDENTS, SecurityWorkshop.parameters());
      assertThat(c.state().phase()).isEqualTo("context");
      assertThat(c.state().allowed()).containsExactlyElementsOf(allowed(c, "frame-workshop",
          "post-comment", "register-participant"));

      SecurityWorkshop.frame(c);
      assertThat(workshop(c).participants()).hasSize(30);
      assertThat(workshop(c).participant(resident(2)).orElseThrow().team()).isEqualTo("A");
      assertThat(c.state().allowed()).containsExactlyElementsOf(allowed(c, "post-comment",
          "register-participant"));

      advance(c, "brainstorm");
      assertThat(c.state().allowed()).containsExactlyElementsOf(allowed(c, "post-comment",
          "register-participant", "write-card"));
      SecurityWorkshop.write(c, 0);
      assertThat(workshop(c).cards()).hasSize(42);
      assertThat(c.state().allowed()).containsExactlyElementsOf(allowed(c, "open-card-round",
          "post-comment", "register-participant", "split-card", "write-card"));
      SecurityWorkshop.post(c);
      assertThat(workshop(c).round()).isEqualTo(3);
      assertThat(workshop(c).cards()).allMatch(Workshop.Card::onWall);

      advance(c, "cluster");
      assertThat(c.state().allowed()).containsExactlyElementsOf(allowed(c, "form-cluster",
          "split-card"));
      SecurityWorkshop.cluster(c);
      assertThat(workshop(c).unplaced()).isEmpty();
      assertThat(workshop(c).clusters()).extracting(cl -> cl.cards().size())
          .containsExactly(19, 8, 8, 7);
      assertThat(c.state().allowed()).containsExactlyElementsOf(allowed(c, "merge-clusters",
          "move-card", "split-card", "split-cluster"));

      advance(c, "name");
      assertThat(c.state().allowed()).containsExactlyElementsOf(allowed(c, "merge-clusters",
          "move-card", "name-cluster", "split-card", "split-cluster"));
      SecurityWorkshop.name(c);

      advance(c, "resolve");
      // the last phase: no advance-phase
      assertThat(c.state().allowed()).containsExactly("check-deadlines", "close",
          "post-comment", "read-titles", "rename-cluster");
      SecurityWorkshop.resolve(c);
      Workshop w = workshop(c);
      assertThat(w.checks()).hasSize(2);
      assertThat(w.checks().get(0).confirmed()).isFalse();
      assertThat(w.checks().get(0).standing()).extracting(Workshop.Objection::reason)
          .containsExactly("Cards must work for elderly residents without smartphones");
      assertThat(w.consensusConfirmed()).isTrue();
      assertThat(c.state().allowed()).containsExactly("check-deadlines", "close",
          "post-comment", "record-action-item");

      SecurityWorkshop.actions(c);
      act(c, new ConcludeWorkshop(F1));

      ConsensusChart chart = workshop(c).chart();
      assertThat(chart.focusQuestion()).isEqualTo(Workshops.QUESTION);
      assertThat(chart.columns()).extracting(ConsensusChart.Column::name).containsExactly(
          "Secure the estate's boundary fences", "Light every path at night",
          "Watch out for each other", "Control gate access for every resident");
      assertThat(chart.columns().get(0).cards()).hasSize(19)
          .allMatch(card -> card.text().startsWith("Mend the broken east fence"));
      assertThat(chart.actionItems()).extracting(Workshop.ActionItem::owner)
          .containsExactly(resident(1), resident(2), resident(9), resident(7));
      assertThat(chart.confirmed()).isTrue();
      assertThat(chart.concluded()).isTrue();
      assertThat(chart.lines()).contains("★ Secure the estate's boundary fences (19 cards)");
      // only the consultation's own commands remain; closing ends them too
      assertThat(c.state().allowed()).containsExactly("check-deadlines", "close",
          "post-comment");
      c.submit(new Command.Close(F1, "workshop concluded"));
      assertThat(c.state().allowed()).isEmpty();
      c.log().verify();
    }

    @Test
    void theRecordRoundTripsThroughJsonAndReplaysToAnEqualState() throws Exception {
      Consultation c = SecurityWorkshop.run(0);
      String text = JSON.writeValueAsString(c.log());
      Consultation replayed = Consultation.replay(JSON.readValue(text, EventLog.class),
          Fixtures.tickingClock(), Workshops.REGISTRY);

      assertThat(replayed.state()).isEqualTo(c.state());
      assertThat(text).contains("\"type\":\"card-written\"", "\"type\":\"cluster-named\"",
          "\"type\":\"objection-raised\"", "\"type\":\"workshop-concluded\"");
    }

    @Test
    void aRewrittenCardAuthorIsCaughtOnReplay() {
      Consultation c = SecurityWorkshop.run(0);
      List<ConsultationEvent> events = new ArrayList<>();
      for (RecordedEvent e : c.log().events()) {
        ConsultationEvent event = e.event();
        if (event instanceof ConsultationEvent.FactRecorded f
            && f.fact() instanceof CardWritten w && w.number() == 5) {
          event = new ConsultationEvent.FactRecorded(new CardWritten(5,
              new ResidentId("outsider"), "", w.text()));
        }
        events.add(event);
      }
      EventLog forged = io.yishi.core.consultation.Forgery.rechain(c.log(), events);

      assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(),
          Workshops.REGISTRY)).isInstanceOf(TamperedLogException.class)
          .hasMessageContaining("card-written cannot follow: outsider is not a participant");
    }
  }

  @Nested
  class Refusals {

    Consultation framed() {
      Consultation c = Workshops.open(5, Workshops.defaults());
      act(c, new FrameWorkshop(F1, Workshops.QUESTION, "", ""));
      advance(c, "brainstorm");
      return c;
    }

    @Test
    void aCardFromSomeoneNotInTheWorkshopIsRefused() {
      Consultation c = framed();
      long before = c.version();

      assertThatThrownBy(() -> act(c, new WriteCard(new ResidentId("r-99"), "Fix the gate")))
          .isInstanceOf(InvalidActionException.class)
          .hasMessageStartingWith("write-card.by: is not a participant of the workshop")
          .hasMessageEndingWith("was r-99");
      assertThat(c.version()).isEqualTo(before);
    }

    @Test
    void namingAColumnBeforeTheClusteringIsDoneIsRefused() {
      Consultation c = framed();
      act(c, new WriteCard(resident(1), "Mend the fence"));
      act(c, new WriteCard(resident(2), "Fix the fence by the bike shed"));
      act(c, new WriteCard(resident(3), "More street lights"));
      act(c, new OpenRound(F1));
      for (int n = 1; n <= 3; n++) {
        act(c, new PostCard(F1, n));
      }
      advance(c, "cluster");
      act(c, new FormCluster(F1, "★", List.of(1, 2)));
      assertThatThrownBy(() -> act(c, new NameCluster(F1, "★", "Mend the fences now")))
          .isInstanceOf(InvalidCommandException.class)
          .hasMessageContaining("'name-cluster' is not accepted in this phase");
      advance(c, "name");

      assertThatThrownBy(() -> act(c, new NameCluster(F1, "★", "Mend the fences now")))
          .isInstanceOf(InvalidActionException.class)
          .hasMessage("name-cluster.cluster: cannot be named before the clustering is done:"
              + " every posted card must be in a column first (1 not: [#3]), was ★");
    }

    @Test
    void concludingBeforeTheConsensusIsConfirmedIsRefused() {
      Consultation c = Workshops.open(5, Workshops.defaults());
      advance(c, "brainstorm");
      advance(c, "cluster");
      advance(c, "name");
      advance(c, "resolve");

      assertThatThrownBy(() -> act(c, new ConcludeWorkshop(F1)))
          .isInstanceOf(InvalidActionException.class)
          .hasMessage("conclude-workshop: cannot conclude before the consensus is confirmed:"
              + " read the titles back, call for objections and close the check");
      assertThat(c.state().allowed()).doesNotContain("conclude-workshop");
    }

    @Test
    void cardLimitsPerPersonTeamAndRoundHold() {
      Map<String, Object> p = Workshops.defaults();
      p.put("cardsPerPerson", 2);
      p.put("cardsPerTeam", 3);
      Consultation c = Workshops.open(5, p);
      act(c, new FrameWorkshop(F1, Workshops.QUESTION, "", ""));
      act(c, new RegisterParticipant(F1, resident(1), "A"));
      act(c, new RegisterParticipant(F1, resident(2), "A"));
      advance(c, "brainstorm");
      act(c, new WriteCard(resident(1), "one"));
      act(c, new WriteCard(resident(1), "two"));
      assertThatThrownBy(() -> act(c, new WriteCard(resident(1), "three")))
          .hasMessageContaining("has written 2 cards, the most one participant may write");
      act(c, new WriteCard(resident(2), "three"));
      assertThatThrownBy(() -> act(c, new WriteCard(resident(2), "four")))
          .hasMessageContaining("team 'A' has written 3 cards");
      assertThatThrownBy(() -> act(c, new RegisterParticipant(F1, resident(2), "B")))
          .hasMessageContaining("cannot change: r-02 has written cards for team 'A'");
      assertThatThrownBy(() -> act(c, new PostCard(resident(1), 1)))
          .hasMessageContaining("no posting round is open");
      act(c, new OpenRound(F1));
      act(c, new PostCard(resident(2), 1));
      assertThatThrownBy(() -> act(c, new PostCard(resident(1), 2)))
          .hasMessage("post-card.card: team 'A' has posted 1 card(s) in round 1, the most a"
              + " round allows (parameter cardsPerRound), was 2");
      assertThatThrownBy(() -> act(c, new PostCard(resident(3), 2)))
          .hasMessageContaining("must be the card's author (r-01), a teammate or a facilitator");
      assertThatThrownBy(() -> act(c, new WriteCard(resident(3), "x".repeat(81))))
          .hasMessageContaining("has 81 characters; at most 80 fit on a card");
    }

    @Test
    void onlyFacilitatorsFrameClusterAndName() {
      Consultation c = Workshops.open(5, Workshops.defaults());
      assertThatThrownBy(() -> act(c, new FrameWorkshop(resident(1), Workshops.QUESTION, "",
          ""))).isInstanceOf(InvalidActionException.class)
          .hasMessage("frame-workshop.by: must be a facilitator of the workshop [f-1, f-2],"
              + " was r-01");
      assertThatThrownBy(() -> act(c, new FrameWorkshop(F1, "  ", "", "")))
          .hasMessageContaining("frame-workshop.focusQuestion: must be one open question");
      advance(c, "brainstorm");
      assertThatThrownBy(() -> act(c, new WriteCard(resident(1), "Fix the gate")))
          .hasMessage("write-card: the focus question must be stated first (frame-workshop)");
    }
  }

  @Nested
  class ClusteringAndNaming {

    Consultation posted(int cards) {
      Map<String, Object> p = Workshops.defaults();
      p.put("cardsPerRound", 10);
      Consultation c = Workshops.open(cards, p);
      act(c, new FrameWorkshop(F1, Workshops.QUESTION, "", ""));
      advance(c, "brainstorm");
      for (int i = 1; i <= cards; i++) {
        act(c, new WriteCard(resident(i), "idea " + i));
      }
      act(c, new OpenRound(F1));
      for (int i = 1; i <= cards; i++) {
        act(c, new PostCard(resident(i), i));
      }
      advance(c, "cluster");
      return c;
    }

    @Test
    void facilitatorMovesMergesAndSplitsAreRecordedAndEmptyColumnsGo() {
      Consultation c = posted(7);
      act(c, new FormCluster(F1, "★", List.of(1, 2)));
      act(c, new FormCluster(F1, "▲", List.of(3, 4)));
      act(c, new FormCluster(F1, "●", List.of(5)));
      assertThatThrownBy(() -> act(c, new FormCluster(F1, "★", List.of(6))))
          .hasMessageContaining("is the symbol of another column");
      assertThatThrownBy(() -> act(c, new FormCluster(F1, "Fences", List.of(1))))
          .hasMessageContaining("is in column ★ already");
      act(c, new MoveCard(F1, 5, "★"));
      assertThat(workshop(c).cluster("●")).isEmpty();
      act(c, new MergeClusters(F1, "▲", "★"));
      act(c, new SplitCluster(F1, "★", "◆", List.of(3, 4)));
      act(c, new SplitCard(F1, 6, List.of("idea 6a", "idea 6b")));

      Workshop w = workshop(c);
      assertThat(w.clusters()).extracting(Workshop.Cluster::symbol, cl -> cl.cards())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("★", List.of(1, 2, 5)),
              org.assertj.core.groups.Tuple.tuple("◆", List.of(3, 4)));
      assertThat(w.card(6).orElseThrow().withdrawn()).isTrue();
      assertThat(w.unplaced()).extracting(Workshop.Card::text)
          .containsExactly("idea 7", "idea 6a", "idea 6b");
    }

    @Test
    void columnsAreNamedLargestFirstWithAPhraseOfThreeToSevenWords() {
      Consultation c = posted(5);
      act(c, new FormCluster(F1, "★", List.of(1, 2, 3)));
      act(c, new FormCluster(F1, "▲", List.of(4, 5)));
      advance(c, "name");

      assertThatThrownBy(() -> act(c, new NameCluster(F1, "▲", "Light the paths at night")))
          .hasMessage("name-cluster.cluster: has 2 cards; name the largest column first"
              + " (3 cards: [★]), was ▲");
      assertThatThrownBy(() -> act(c, new NameCluster(F1, "★", "Fences")))
          .hasMessageContaining("has 1 word(s); a column's name is a phrase of 3 to 7 words");
      act(c, new NameCluster(F1, "★", "修好小区围墙"));
      assertThatThrownBy(() -> act(c, new NameCluster(F1, "▲", "修好小区围墙")))
          .hasMessageContaining("is the name of column ★");
      act(c, new NameCluster(F1, "▲", "Light the paths at night"));
      assertThat(workshop(c).namingOrder()).containsExactly("★", "▲");
    }
  }

  @ParameterizedTest
  @CsvSource({"Fences, 1", "Mend the fences, 3", "'estate''s boundary-fences now', 3",
      "修好围墙, 2", "修好小区围墙, 3", "修 好, 2", "Fix 门禁 now, 3"})
  void wordsAreCountedByRunsOfLettersOrTwoIdeographs(String name, int words) {
    assertThat(CoCreationProcedure.words(name)).isEqualTo(words);
  }

  @Nested
  class ConsensusCheck {

    Consultation readBack(Map<String, Object> p, Clock clock) {
      Consultation c = Workshops.open(6, p, clock);
      act(c, new FrameWorkshop(F1, Workshops.QUESTION, "", ""));
      advance(c, "brainstorm");
      act(c, new WriteCard(resident(1), "Mend the fence"));
      act(c, new OpenRound(F1));
      act(c, new PostCard(resident(1), 1));
      advance(c, "cluster");
      act(c, new FormCluster(F1, "★", List.of(1)));
      advance(c, "name");
      act(c, new NameCluster(F1, "★", "Mend the boundary fences"));
      advance(c, "resolve");
      act(c, new ReadTitles(F1));
      act(c, new CallForObjections(F1));
      return c;
    }

    @Test
    void objectionsNeedReasonsAndMayBeWithdrawn() {
      Consultation c = readBack(Workshops.defaults(), Fixtures.tickingClock());
      assertThatThrownBy(() -> act(c, new RaiseObjection(resident(2), "", " ")))
          .hasMessageContaining("raise-objection.reason: must give the reason");
      act(c, new RaiseObjection(resident(2), "", "We have not talked about the cost"));
      assertThatThrownBy(() -> act(c, new RaiseObjection(resident(2), "★", "again")))
          .hasMessageContaining("has a standing objection in this check already");
      act(c, new WithdrawObjection(resident(2)));
      act(c, new CloseObjectionCheck(F1));

      Workshop w = workshop(c);
      assertThat(w.consensusConfirmed()).isTrue();
      assertThat(w.checks().get(0).objections()).singleElement()
          .satisfies(o -> assertThat(o.withdrawn()).isTrue());
    }

    @Test
    void maxObjectionsToleratesThatManyStandingObjections() {
      Map<String, Object> p = Workshops.defaults();
      p.put("maxObjections", 1);
      Consultation c = readBack(p, Fixtures.tickingClock());
      act(c, new RaiseObjection(resident(2), "", "Too expensive"));
      act(c, new CloseObjectionCheck(F1));
      assertThat(workshop(c).consensusConfirmed()).isTrue();
    }

    @Test
    void anOpenCheckClosesByTheClockAtItsDeadline() {
      Map<String, Object> p = Workshops.defaults();
      p.put("objectionMinutes", 10);
      SettableClock clock = new SettableClock(Instant.parse("2024-05-01T12:00:00Z"));
      Consultation c = readBack(p, clock);
      act(c, new RaiseObjection(resident(3), "★", "The fence blocks the fire lane"));
      clock.now = Instant.parse("2024-05-01T12:10:00Z");

      assertThatThrownBy(() -> act(c, new WithdrawObjection(resident(3))))
          .hasMessageContaining("no objection check is open");
      var receipt = c.submit(new Command.CheckDeadlines(F1));

      assertThat(receipt.events()).singleElement().satisfies(e -> assertThat(e.event())
          .isEqualTo(new ConsultationEvent.FactRecorded(new WorkshopFact.ObjectionCheckClosed(
              1, Instant.parse("2024-05-01T12:10:00Z"), 1, false))));
      assertThat(workshop(c).consensusConfirmed()).isFalse();
      assertThat(c.state().allowed()).contains("rename-cluster", "call-for-objections");
    }

    @Test
    void actionItemsNeedAnOwnerInTheWorkshopAndADueDateNotPast() {
      Consultation c = readBack(Workshops.defaults(), Fixtures.tickingClock());
      act(c, new CloseObjectionCheck(F1));
      assertThatThrownBy(() -> act(c, new RecordActionItem(F1, "★", "Get quotes",
          new ResidentId("someone"), LocalDate.of(2024, 6, 1))))
          .hasMessageContaining("record-action-item.owner: must be a participant or a"
              + " facilitator");
      assertThatThrownBy(() -> act(c, new RecordActionItem(F1, "★", "Get quotes",
          resident(1), LocalDate.of(2024, 4, 30))))
          .hasMessage("record-action-item.due: must not be before today (2024-05-01, UTC),"
              + " was 2024-04-30");
      assertThatThrownBy(() -> act(c, new ConcludeWorkshop(F1)))
          .hasMessageContaining("fewer than 1 action item(s)");
      act(c, new RecordActionItem(F1, "★", "Get quotes", resident(1), LocalDate.of(2024, 5, 1)));
      act(c, new ConcludeWorkshop(F1));
      assertThatThrownBy(() -> act(c, new RecordActionItem(F1, "", "More", resident(1),
          LocalDate.of(2024, 6, 1)))).hasMessageContaining("the workshop has been concluded");
    }
  }

  @Nested
  class Prioritise {

    @Test
    void isOffByDefaultAndAddsAPhaseWhenOn() {
      CoCreationMethod method = new CoCreationMethod();
      Parameters off = Parameters.of(Workshops.defaults());
      Parameters on = off.with("prioritise", true);

      assertThat(method.phases(off)).extracting(Phase::id)
          .containsExactly("context", "brainstorm", "cluster", "name", "resolve");
      assertThat(method.phases(on)).extracting(Phase::id)
          .containsExactly("context", "brainstorm", "cluster", "name", "prioritise", "resolve");
    }

    @Test
    void ballotsOnTheNamedColumnsAreCountedWithTheRuleLookedUpById() {
      Map<String, Object> p = Workshops.defaults();
      p.put("prioritise", true);
      p.put("priorityRule", "points-test");
      p.put("cardsPerRound", 5);
      Consultation c = Workshops.open(4, p);
      act(c, new FrameWorkshop(F1, Workshops.QUESTION, "", ""));
      advance(c, "brainstorm");
      for (int i = 1; i <= 4; i++) {
        act(c, new WriteCard(resident(i), "idea " + i));
      }
      act(c, new OpenRound(F1));
      for (int i = 1; i <= 4; i++) {
        act(c, new PostCard(resident(i), i));
      }
      advance(c, "cluster");
      act(c, new FormCluster(F1, "A", List.of(1, 2)));
      act(c, new FormCluster(F1, "B", List.of(3, 4)));
      advance(c, "name");
      act(c, new NameCluster(F1, "A", "Mend the boundary fences"));
      act(c, new NameCluster(F1, "B", "Light every dark path"));
      advance(c, "prioritise");
      assertThat(c.state().allowed()).contains("cast-priority").doesNotContain(
          "count-priorities");

      act(c, new CastPriority(resident(1), new PointsBallot(MemberId("r-01"), Map.of("B", 3))));
      act(c, new CastPriority(resident(2), new PointsBallot(MemberId("r-02"),
          Map.of("A", 1, "B", 2))));
      assertThatThrownBy(() -> act(c, new CastPriority(resident(3),
          new PointsBallot(MemberId("r-03"), Map.of("A", 4)))))
          .isInstanceOf(InvalidActionException.class)
          .hasMessage("cast-priority.ballot.points: must be at most 3 in all, was 4");
      assertThatThrownBy(() -> act(c, new CastPriority(resident(3),
          new PointsBallot(MemberId("r-04"), Map.of("A", 1)))))
          .hasMessageContaining("must be the participant casting it, r-03");
      assertThatThrownBy(() -> act(c, new CastPriority(resident(1),
          new PointsBallot(MemberId("r-01"), Map.of("A", 1)))))
          .hasMessageContaining("has cast a priority ballot already");
      act(c, new CountPriorities(F1));

      PointsDecision d = (PointsDecision) workshop(c).priorityDecision().orElseThrow();
      assertThat(d.chosen()).containsExactly("B", "A");
      assertThat(d.totals()).containsEntry("B", 5).containsEntry("A", 1);
      advance(c, "resolve");
      act(c, new ReadTitles(F1));
      assertThat(c.state().allowed()).doesNotContain("count-priorities", "cast-priority");
    }

    static io.yishi.core.electorate.MemberId MemberId(String id) {
      return io.yishi.core.electorate.MemberId.of(id);
    }
  }

  @Test
  void facilitatorsAreRequiredAndParametersAreChecked() {
    CoCreationMethod method = new CoCreationMethod();
    assertThatThrownBy(() -> method.procedure(Parameters.empty()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.facilitators: must name at least one facilitator");
    assertThatThrownBy(() -> method.phases(Parameters.of(Map.of("facilitators", List.of("f-1"),
        "minNameWords", 5, "maxNameWords", 4))))
        .hasMessageContaining("parameters.maxNameWords: must be at least minNameWords (5)");
    assertThatThrownBy(() -> method.phases(Parameters.of(Map.of("facilitators", List.of("f-1"),
        "zone", "Mars/Olympus"))))
        .hasMessageContaining("parameters.zone: must be a time-zone id");
    assertThat(method.parameters()).extracting(p -> p.name()).contains("cardsPerPerson",
        "cardsPerTeam", "minNameWords", "maxNameWords", "maxObjections", "prioritise");
    assertThat(Workshops.REGISTRY.deliberationMethod("co-creation"))
        .isInstanceOf(CoCreationMethod.class);
  }

  /** A clock a test sets by hand. */
  static final class SettableClock extends Clock {
    Instant now;

    SettableClock(Instant now) {
      this.now = now;
    }

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
  }
}
