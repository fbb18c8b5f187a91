package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.core.consultation.TamperedLogException;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.internal.Canonical;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.Parameters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The final draw recorded in a consultation's log: replay re-runs it, its JSON reads back, and a
 * log whose draw was rewritten (hashes recomputed) is refused.
 */
class PanelSelectionMethodTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"),
      ZoneOffset.ofHours(8));
  static final ResidentId LI = new ResidentId("r-li");
  static final ConsultationId ID = new ConsultationId("council-2025");
  static final long SEED = 20250601L;
  static final SortitionProblem PROBLEM = Pools.generate(7, 30, 6, new int[] {2, 3, 3}, true);
  static final PanelDistribution MAXIMIN = Sortition.algorithm(REGISTRY, "maximin")
      .select(PROBLEM, Parameters.empty(), 0);

  final ObjectMapper json = YishiJson.mapper();

  static DrawPanel drawPanel(int tickets, long seed) {
    return new DrawPanel(LI, PROBLEM, MAXIMIN, tickets, seed);
  }

  static Consultation recorded() {
    return PanelSelectionMethod.record(ID, "Residents' council 2025", drawPanel(1000, SEED),
        CLOCK, REGISTRY);
  }

  /** A panel-selection consultation with nothing drawn yet, as an embedder would open one. */
  static Consultation undrawn() {
    return Consultation.open(ConsultationSpec.builder()
        .id(ID)
        .title("Residents' council 2025")
        .issue(new Issue(new IssueId("council-2025"), "Residents' council 2025",
            Category.of("panel-selection"), Scope.community()))
        .method("panel-selection")
        .rule(DecisionRule.NONE)
        .electorate(Electorate.of(Weighting.PER_PERSON, List.of(Member.of(MemberId.of(LI)))))
        .build(), CLOCK, REGISTRY);
  }

  static PanelDrawn drawn(Consultation c) {
    return PanelSelectionMethod.drawn(c.state()).orElseThrow();
  }

  @Test
  void theMethodIsFoundByItsId() {
    assertThat(REGISTRY.deliberationMethod("panel-selection"))
        .isInstanceOf(PanelSelectionMethod.class);
  }

  @Test
  void theDrawIsRecordedAsAFactInTheConsultationsLog() {
    Consultation c = recorded();

    LotteryDraw expected = LotteryDraw.draw(PROBLEM, MAXIMIN, 1000, SEED);
    assertThat(c.log().size()).isEqualTo(2);
    assertThat(c.log().events().get(1).event())
        .isEqualTo(new FactRecorded(new PanelDrawn(LI, PROBLEM, MAXIMIN, expected)));
    assertThat(drawn(c).draw()).isEqualTo(expected);
    assertThat(drawn(c).draw().members()).hasSize(PROBLEM.panelSize());
    assertThat(c.state().allowed()).doesNotContain("draw-panel");
    assertThat(PanelSelectionMethod.drawn(undrawn().state())).isEmpty();
    assertThat(undrawn().state().allowed()).contains("draw-panel");
  }

  @Test
  void replayingTheLogGivesTheSamePanel() {
    Consultation c = recorded();

    Consultation replayed = Consultation.replay(c.log(), CLOCK, REGISTRY);

    assertThat(replayed.state()).isEqualTo(c.state());
    assertThat(drawn(replayed).draw().members()).isEqualTo(drawn(c).draw().members());
  }

  @Test
  void theLogSurvivesAJsonRoundTripAndAnyoneCanReRunTheDrawFromIt() throws Exception {
    Consultation c = recorded();
    String text = json.writeValueAsString(c.log());

    EventLog back = json.readValue(text, EventLog.class);

    assertThat(back).isEqualTo(c.log());
    assertThat(json.writeValueAsString(back)).isEqualTo(text);
    assertThat(text).contains("\"type\":\"panel-drawn\"", "\"ticketsPerPanel\":",
        "\"seed\":" + SEED);
    assertThat(Consultation.replay(back, CLOCK, REGISTRY).state()).isEqualTo(c.state());
    PanelDrawn fact = (PanelDrawn) ((FactRecorded) back.events().get(1).event()).fact();
    fact.draw().verify(fact.problem(), fact.distribution());
    // the honest log re-chained by the forger's tool replays too: only edits are refused
    assertThat(Consultation.replay(rechain(c.log(), events(c.log())), CLOCK, REGISTRY).state())
        .isEqualTo(c.state());
  }

  static Stream<Arguments> forgeries() {
    return Stream.of(
        Arguments.of("a member swapped for a volunteer not drawn",
            (UnaryOperator<PanelDrawn>) f -> with(f.draw(), swapFirstMember(f.draw())),
            "draw.members: does not match a re-run of the draw"),
        Arguments.of("another ticket of the same panel",
            (UnaryOperator<PanelDrawn>) PanelSelectionMethodTest::otherTicket,
            "draw.ticket: does not match a re-run of the draw"),
        Arguments.of("one ticket more, given to the drawn panel",
            (UnaryOperator<PanelDrawn>) PanelSelectionMethodTest::oneTicketMore,
            "draw.ticketsPerPanel: does not match a re-run of the draw"),
        Arguments.of("another seed",
            (UnaryOperator<PanelDrawn>) f -> with(f.draw(), f.draw().members(),
                f.draw().seed() + 1),
            "does not match a re-run of the draw"),
        Arguments.of("a quota changed in the problem drawn from",
            (UnaryOperator<PanelDrawn>) f -> new PanelDrawn(f.by(), f.problem().withQuotas(
                f.problem().quotas().stream().map(q -> new Quota(q.feature(), q.value(), 0,
                    q.max(), null, null)).toList()), f.distribution(), f.draw()),
            "draw.problemDigest: does not match a re-run of the draw"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgeries")
  void aLogWithARewrittenDrawIsRefusedOnReplay(String name, UnaryOperator<PanelDrawn> change,
      String why) {
    Consultation c = recorded();
    List<ConsultationEvent> events = events(c.log());
    events.set(1, new FactRecorded(change.apply(drawn(c))));
    EventLog forged = rechain(c.log(), events);
    forged.verify();  // the chain itself is sound: only the re-run can catch the edit

    assertThatThrownBy(() -> Consultation.replay(forged, CLOCK, REGISTRY))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageStartingWith("event 2: ")
        .hasMessageContainingAll("fact panel-drawn cannot follow", why,
            "the log is not a record this consultation could have made");
  }

  @Test
  void aSecondDrawIsRefusedAndChangesNothing() throws Exception {
    Consultation c = recorded();
    byte[] before = json.writeValueAsBytes(c.log());

    assertThatThrownBy(() -> c.submit(new Command.Act(drawPanel(1000, SEED + 1))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("draw-panel.kind: the panel of this consultation was drawn already (ticket "
            + drawn(c).draw().ticket() + " of 1000 from seed " + SEED + "); a draw is final and"
            + " is not repeated, was draw-panel");
    assertThat(json.writeValueAsBytes(c.log())).isEqualTo(before);
    assertThat(c.version()).isEqualTo(2);
  }

  @Test
  void aSecondDrawSlippedIntoTheLogIsRefusedOnReplay() {
    Consultation c = recorded();
    Consultation other = PanelSelectionMethod.record(ID, "Residents' council 2025",
        drawPanel(1000, SEED + 1), CLOCK, REGISTRY);
    List<ConsultationEvent> events = events(c.log());
    events.add(other.log().events().get(1).event());

    assertThatThrownBy(() -> Consultation.replay(rechain(c.log(), events), CLOCK, REGISTRY))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageStartingWith("event 3: ")
        .hasMessageContaining("a second panel-drawn: the panel was drawn already (ticket");
  }

  @Test
  void fewerThanOneTicketIsRefusedNamingTheFieldAndNothingIsRecorded() {
    Consultation c = undrawn();

    assertThatThrownBy(() -> c.submit(new Command.Act(drawPanel(0, SEED))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("draw-panel.tickets: must be at least 1, was 0");
    assertThat(c.version()).isEqualTo(1);
    assertThatThrownBy(() -> PanelSelectionMethod.record(ID, "Residents' council 2025",
        drawPanel(-5, SEED), CLOCK, REGISTRY))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("draw-panel.tickets: must be at least 1, was -5");
  }

  @Test
  void aDistributionForAnotherProblemIsRefusedNamingTheField() {
    Consultation c = undrawn();
    SortitionProblem other = Pools.generate(8, 30, 6, new int[] {2, 3, 3}, true);

    assertThatThrownBy(() -> c.submit(new Command.Act(
        new DrawPanel(LI, other, MAXIMIN, 1000, SEED))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageStartingWith("draw-panel.distribution: must be computed for the problem"
            + " given: distribution.")
        .hasMessageEndingWith(", was maximin");
    assertThat(c.version()).isEqualTo(1);
  }

  @Test
  void theDrawIsReadOnlyFromAPanelSelection() {
    Consultation vote = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("motion-1"))
        .title("Access control")
        .issue(new Issue(new IssueId("access"), "Access control", Category.SAFETY,
            Scope.community()))
        .method("discuss-and-decide")
        .rule("majority")
        .electorate(Electorate.of(Weighting.PER_PERSON, List.of(Member.of(MemberId.of(LI)))))
        .build(), CLOCK, REGISTRY);

    assertThatThrownBy(() -> PanelSelectionMethod.drawn(vote.state()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consultation motion-1: is run with 'discuss-and-decide', not"
            + " 'panel-selection'");
  }

  private static PanelDrawn with(LotteryDraw d, List<String> members) {
    return with(d, members, d.seed());
  }

  private static PanelDrawn with(LotteryDraw d, List<String> members, long seed) {
    return new PanelDrawn(LI, PROBLEM, MAXIMIN, new LotteryDraw(d.problemDigest(),
        d.distributionDigest(), d.algorithm(), d.tickets(), seed, d.ticketsPerPanel(),
        d.ticket(), d.panel(), members));
  }

  private static List<String> swapFirstMember(LotteryDraw d) {
    List<String> members = new ArrayList<>(d.members());
    members.set(0, PROBLEM.pool().volunteers().stream().map(Volunteer::id)
        .filter(id -> !d.members().contains(id)).findFirst().orElseThrow());
    return members;
  }

  /** The ticket next to the one drawn, in the same panel, so only the ticket differs. */
  private static PanelDrawn otherTicket(PanelDrawn f) {
    LotteryDraw d = f.draw();
    int first = 0;
    for (int b = 0; b < d.panel(); b++) {
      first += d.ticketsPerPanel().get(b);
    }
    int count = d.ticketsPerPanel().get(d.panel());
    int other = count > 1 ? first + (d.ticket() - first + 1) % count : (d.ticket() + 1)
        % d.tickets();
    return new PanelDrawn(f.by(), f.problem(), f.distribution(), new LotteryDraw(d.problemDigest(),
        d.distributionDigest(), d.algorithm(), d.tickets(), d.seed(), d.ticketsPerPanel(),
        other, d.panel(), d.members()));
  }

  private static PanelDrawn oneTicketMore(PanelDrawn f) {
    LotteryDraw d = f.draw();
    List<Integer> perPanel = new ArrayList<>(d.ticketsPerPanel());
    perPanel.set(d.panel(), perPanel.get(d.panel()) + 1);
    return new PanelDrawn(f.by(), f.problem(), f.distribution(), new LotteryDraw(d.problemDigest(),
        d.distributionDigest(), d.algorithm(), d.tickets() + 1, d.seed(), perPanel, d.ticket(),
        d.panel(), d.members()));
  }

  private static List<ConsultationEvent> events(EventLog log) {
    List<ConsultationEvent> out = new ArrayList<>();
    log.events().forEach(e -> out.add(e.event()));
    return out;
  }

  /**
   * The events chained again with recomputed hashes, at the honest log's times, as a careful
   * forger would (mediation's test {@code Forgery#rechain} does the same).
   */
  private static EventLog rechain(EventLog honest, List<ConsultationEvent> events) {
    List<RecordedEvent> chain = new ArrayList<>();
    String previous = EventLog.GENESIS;
    for (int i = 0; i < events.size(); i++) {
      Instant at = honest.events().get(Math.min(i, honest.size() - 1)).recordedAt();
      String hash = Canonical.sha256(new Canonical.ChainEntry(i + 1, at, null, null,
          events.get(i), previous));
      chain.add(new RecordedEvent(i + 1, at, null, null, events.get(i), previous, hash));
      previous = hash;
    }
    return EventLog.of(chain);
  }
}
