package io.yishi.core.method.hall;

import static io.yishi.core.method.hall.HallHarness.CHAIR;
import static io.yishi.core.method.hall.HallHarness.MODERATOR;
import static io.yishi.core.method.hall.HallHarness.OPENS;
import static io.yishi.core.method.hall.HallHarness.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.InvalidCommandException;
import io.yishi.core.json.YishiJson;
import io.yishi.core.method.hall.HallAction.AcceptAmendment;
import io.yishi.core.method.hall.HallAction.AnswerIdea;
import io.yishi.core.method.hall.HallAction.CommentOnIdea;
import io.yishi.core.method.hall.HallAction.HidePost;
import io.yishi.core.method.hall.HallAction.PromoteAmendment;
import io.yishi.core.method.hall.HallAction.ProposeAmendment;
import io.yishi.core.method.hall.HallAction.ProposeIdea;
import io.yishi.core.method.hall.HallAction.RejectAmendment;
import io.yishi.core.method.hall.HallAction.SupportIdea;
import io.yishi.core.method.hall.HallAction.WithdrawSupport;
import io.yishi.core.method.hall.HallState.Response;
import io.yishi.core.method.hall.HallState.Stage;
import io.yishi.core.method.hall.HallState.Stance;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.InvalidParameterException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The online hall end to end: one month on the siting of a garbage room, and its refusals. */
class OnlineHallMethodTest {

  /** Forty residents, the default quorum (the larger of 10 and 1/20 of 40 = 2, so 10). */
  static HallHarness month() {
    HallHarness h = new HallHarness(40, Map.of());
    h.clock.set(OPENS);
    h.check();
    h.act(new ProposeIdea(m(1), "North gate", "Move the garbage room to the north gate."));
    h.act(new ProposeIdea(m(2), "Keep it", "Keep the room where it is and seal it."));
    h.act(new ProposeIdea(m(3), "Two rooms", "Two small rooms, one per side of the estate."));
    h.act(new ProposeIdea(m(4), "Buy now", "Cheap watches at example.com"));
    h.act(new ProposeIdea(m(5), "Night pick-up", "Collect at night only."));
    h.act(new HidePost(MODERATOR, "idea-4", "advertising"));
    h.act(new ProposeAmendment(m(6), "idea-1", "North gate, with a roof",
        "Move the garbage room to the north gate and roof it against rain."));
    h.act(new AcceptAmendment(m(1), "amendment-1", "good point"));
    h.act(new ProposeAmendment(m(7), "idea-2", "Keep it, add odour control",
        "Keep the room and fit an odour filter and a closing door."));
    h.act(new RejectAmendment(m(2), "amendment-2", "a filter needs power we do not have"));
    h.act(new PromoteAmendment(m(7), "amendment-2"));
    h.act(new CommentOnIdea(m(8), "idea-1", Stance.FOR, "The gate is where the truck stops."));
    h.act(new CommentOnIdea(m(9), "idea-1", Stance.AGAINST, "Too far for the elderly of block 9."));
    h.act(new CommentOnIdea(m(10), "idea-3", Stance.NEUTRAL, "Who cleans the second room?"));
    for (int i = 1; i <= 14; i++) {
      h.act(new SupportIdea(m(i), "idea-1"));
    }
    for (int i = 15; i <= 22; i++) {
      h.act(new SupportIdea(m(i), "idea-2"));
    }
    for (int i = 23; i <= 34; i++) {
      h.act(new SupportIdea(m(i), "idea-3"));
    }
    for (int i : new int[] {35, 36, 37, 38, 39, 40, 1, 2, 3, 4}) {
      h.act(new SupportIdea(m(i), "idea-6"));
    }
    h.act(new SupportIdea(m(10), "idea-5"));
    h.act(new WithdrawSupport(m(14), "idea-1"));
    return h;
  }

  /**
   * A hall given only closesAt, where nothing happens before that instant: it is published for
   * the period before the close and closes at once, empty, instead of failing every command.
   */
  @Test
  void aHallWhoseCloseHasPassedBeforeItsFirstCommandClosesEmpty() {
    var spec = io.yishi.core.fixtures.Fixtures.spec(io.yishi.core.fixtures.Fixtures.members(5));
    var hallSpec = new io.yishi.core.consultation.ConsultationSpec(spec.id(), "Late topic",
        spec.issue(), "online-hall", io.yishi.core.spi.Parameters.of(Map.of("closesAt",
        OPENS.toString())), spec.rule(), spec.ruleParameters(), List.of(), spec.electorate(), 1);
    HallHarness.MovableClock clock = new HallHarness.MovableClock(OPENS.minusSeconds(60));
    Consultation late = Consultation.open(hallSpec, clock, HallHarness.REGISTRY);
    clock.set(OPENS.plus(Duration.ofDays(1)));

    late.submit(new Command.CheckDeadlines(HallHarness.CHAIR));

    HallState state = (HallState) late.state().methodState().orElseThrow();
    assertThat(state.stage()).isEqualTo(Stage.CLOSED);
    assertThat(state.closesAt()).isEqualTo(OPENS);
    assertThat(state.publishedAt()).isEqualTo(OPENS.minus(Duration.ofDays(30)));
    late.log().verify();
  }

  @Test
  void aMonthOfTheHallForwardsTheAdmittedIdeasAndPublishesTheAnswers() throws Exception {
    HallHarness h = new HallHarness(40, Map.of());
    h.check();
    assertThat(h.state().stage()).isEqualTo(Stage.SCHEDULED);
    assertThat(h.hall.state().allowed()).containsExactly("check-deadlines", "close");

    h = month();
    HallState open = h.state();
    assertThat(open.stage()).isEqualTo(Stage.OPEN);
    assertThat(open.closesAt()).isEqualTo(OPENS.plus(Duration.ofDays(30)));
    assertThat(open.eligible()).isEqualTo(40);
    assertThat(open.idea("idea-1").orElseThrow().revision()).isEqualTo(2);
    assertThat(open.idea("idea-1").orElseThrow().title()).isEqualTo("North gate, with a roof");
    assertThat(open.idea("idea-6").orElseThrow().fromAmendment()).isEqualTo("amendment-2");
    assertThat(open.idea("idea-6").orElseThrow().author()).isEqualTo(m(7));
    assertThat(open.idea("idea-1").orElseThrow().supports()).isEqualTo(13);
    assertThat(h.hall.state().allowed()).containsExactly("check-deadlines", "close",
        "comment-on-idea", "hide-post", "propose-amendment", "propose-idea", "support-idea",
        "withdraw-support");

    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    h.check();
    HallState closed = h.state();
    assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
    HallState.Result result = closed.result();
    assertThat(result.required()).isEqualTo(10);
    assertThat(result.explainQuorum()).isEqualTo(
        "the larger of 10 supporters and 1/20 of 40 eligible, rounded up: 10 supporters");
    assertThat(result.forwarded()).containsExactly("idea-1", "idea-3", "idea-6");
    assertThat(result.tallies()).extracting(HallState.Tally::supports)
        .containsExactly(13L, 8L, 12L, 0L, 1L, 10L);
    assertThat(result.tallies().get(3).hidden()).isTrue();
    assertThat(h.hall.state().allowed()).containsExactly("answer-idea", "check-deadlines",
        "close", "hide-post");

    h.act(new AnswerIdea(CHAIR, "idea-1", Response.ACCEPTED, "Site fits the truck route",
        new BigDecimal("180000")));
    h.act(new AnswerIdea(CHAIR, "idea-3", Response.UNDER_STUDY, "Needs a second cleaner", null));
    h.act(new AnswerIdea(CHAIR, "idea-6", Response.REJECTED, "No power supply in the room",
        new BigDecimal("25000.00")));
    assertThat(h.state().stage()).isEqualTo(Stage.ANSWERED);
    assertThat(h.hall.state().allowed()).contains("answer-idea");
    h.act(new AnswerIdea(CHAIR, "idea-3", Response.ACCEPTED, "A cleaner is funded for a year",
        new BigDecimal("36000")));
    assertThat(h.hall.state().allowed()).doesNotContain("answer-idea");
    assertThat(h.state().idea("idea-3").orElseThrow().answers()).hasSize(2);
    assertThat(h.state().idea("idea-6").orElseThrow().answer().orElseThrow().cost())
        .isEqualByComparingTo("25000");

    String json = YishiJson.mapper().writeValueAsString(h.hall.log());
    EventLog read = YishiJson.mapper().readValue(json, EventLog.class);
    Consultation replayed = Consultation.replay(read, h.clock, HallHarness.REGISTRY);
    assertThat(replayed.state()).isEqualTo(h.hall.state());
    assertThat(json).contains("\"type\":\"hall-closed\"", "\"type\":\"post-hidden\"",
        "\"type\":\"amendment-promoted\"", "\"response\":\"under-study\"");
  }

  @Test
  void supportingTwiceIsRefusedAndChangesNothing() {
    HallHarness h = month();
    long before = h.hall.version();
    assertThatThrownBy(() -> h.act(new SupportIdea(m(1), "idea-1")))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("support-idea.by: supports idea-1 already; one support per person per idea,"
            + " was m1");
    assertThat(h.hall.version()).isEqualTo(before);
  }

  @Test
  void supportingAfterTheCloseIsRefused() {
    HallHarness h = month();
    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    assertThatThrownBy(() -> h.act(new SupportIdea(m(30), "idea-1")))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("support-idea is accepted while the hall is open or in"
            + " verification; the hall closed at 2024-07-01T00:00:00Z");
    assertThatThrownBy(() -> h.act(new WithdrawSupport(m(1), "idea-1")))
        .hasMessageContaining("the hall closed at");
  }

  @Test
  void theHallCannotBeClosedEarly() {
    HallHarness h = month();
    assertThatThrownBy(() -> h.hall.submit(new Command.AdvancePhase(CHAIR, "closed")))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("there is no phase after 'hall'");
    assertThatThrownBy(() -> h.act(new AnswerIdea(CHAIR, "idea-1", Response.ACCEPTED, "ok",
        null))).isInstanceOf(InvalidActionException.class)
        .hasMessage("answer-idea.stage: the committee answers after the close at"
            + " 2024-07-01T00:00:00Z; the hall cannot be closed early, was open");
    h.clock.set(OPENS.plus(Duration.ofDays(30)).minusSeconds(1));
    h.check();
    assertThat(h.state().stage()).isEqualTo(Stage.OPEN);
  }

  @Test
  void refusesWhatTheRulesForbid() {
    HallHarness h = month();
    assertThatThrownBy(() -> h.act(new SupportIdea(m(1), "idea-4")))
        .hasMessage("support-idea.idea: was hidden by a moderator (advertising), was idea-4");
    assertThatThrownBy(() -> h.act(new SupportIdea(m(1), "idea-9")))
        .hasMessageContaining("support-idea.idea: must be an idea of this hall");
    assertThatThrownBy(() -> h.act(new ProposeIdea(new io.yishi.core.community.ResidentId("x1"),
        "t", "x"))).hasMessageContaining("propose-idea.by: must be an eligible resident");
    assertThatThrownBy(() -> h.act(new ProposeIdea(m(1), " ", "x")))
        .hasMessageContaining("propose-idea.title: must not be blank");
    assertThatThrownBy(() -> h.act(new AcceptAmendment(m(6), "amendment-1", "")))
        .hasMessageContaining("accept-amendment.by: must be the author of idea-1");
    assertThatThrownBy(() -> h.act(new PromoteAmendment(m(7), "amendment-2")))
        .hasMessageContaining("already stands as idea-6");
    assertThatThrownBy(() -> h.act(new HidePost(m(3), "comment-1", "rude")))
        .hasMessageContaining("hide-post.by: must be a moderator [r-mod]");
    assertThatThrownBy(() -> h.act(new HidePost(MODERATOR, "idea-4", "again")))
        .hasMessageContaining("was hidden already (advertising)");
  }

  @Test
  void aCapLimitsTheIdeasOneResidentSupportsAtATime() {
    HallHarness h = new HallHarness(5, Map.of("supportLimit", 1));
    h.clock.set(OPENS);
    h.act(new ProposeIdea(m(1), "A", "a"));
    h.act(new ProposeIdea(m(2), "B", "b"));
    h.act(new SupportIdea(m(3), "idea-1"));
    assertThatThrownBy(() -> h.act(new SupportIdea(m(3), "idea-2")))
        .hasMessageContaining("supports 1 ideas already, the most one person may support");
    h.act(new WithdrawSupport(m(3), "idea-1"));
    h.act(new SupportIdea(m(3), "idea-2"));
    assertThat(h.state().supportsGivenBy(m(3))).isEqualTo(1);
  }

  @Test
  void verificationFreezesTheTextsButNotTheSupports() {
    HallHarness h = new HallHarness(10, Map.of("verificationDays", 7, "quorumBasis", "share",
        "quorumShare", "1/4"));
    h.clock.set(OPENS);
    h.act(new ProposeIdea(m(1), "A", "a"));
    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    h.check();
    assertThat(h.state().stage()).isEqualTo(Stage.VERIFICATION);
    assertThat(h.hall.state().allowed()).contains("support-idea").doesNotContain("propose-idea");
    assertThatThrownBy(() -> h.act(new ProposeIdea(m(2), "B", "b")))
        .hasMessageContaining("the hall is frozen for verification until 2024-07-08T00:00:00Z");
    h.act(new SupportIdea(m(2), "idea-1"));
    h.act(new SupportIdea(m(3), "idea-1"));
    h.clock.set(OPENS.plus(Duration.ofDays(37)));
    h.check();
    // 1/4 of 10 = 2.5, rounded up to 3: two supporters are not enough
    assertThat(h.state().result().required()).isEqualTo(3);
    assertThat(h.state().result().forwarded()).isEmpty();
    assertThat(h.state().stage()).isEqualTo(Stage.CLOSED);
  }

  @Test
  void hiddenSupportsStayOutOfThePublicViewUntilTheClose() {
    HallHarness h = new HallHarness(10, Map.of("hideSupports", true, "quorumCount", 1));
    h.clock.set(OPENS);
    h.act(new ProposeIdea(m(1), "A", "a"));
    h.act(new SupportIdea(m(2), "idea-1"));
    HallView before = h.state().publicView();
    assertThat(before.supportsShown()).isFalse();
    assertThat(before.ideas().get(0).supports()).isNull();
    assertThat(before.result()).isNull();
    assertThat(h.state().publicView(m(2)).ideas().get(0).supportedByViewer()).isTrue();
    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    h.check();
    HallView after = h.state().publicView();
    assertThat(after.ideas().get(0).supports()).isEqualTo(1);
    assertThat(after.result().forwarded()).containsExactly("idea-1");
  }

  @Test
  void topForwardsTheMostSupportedAndKeepsTies() {
    HallHarness h = new HallHarness(10, Map.of("forward", "top", "topN", 1,
        "quorumBasis", "count", "quorumCount", 0));
    h.clock.set(OPENS);
    h.act(new ProposeIdea(m(1), "A", "a"));
    h.act(new ProposeIdea(m(2), "B", "b"));
    h.act(new ProposeIdea(m(3), "C", "c"));
    h.act(new SupportIdea(m(4), "idea-3"));
    h.act(new SupportIdea(m(5), "idea-2"));
    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    h.check();
    assertThat(h.state().result().forwarded()).containsExactly("idea-2", "idea-3");
  }

  @Test
  void badParametersAreRefusedAtTheOpening() {
    assertThatThrownBy(() -> new HallHarness(5, Map.of("periodDays", 0)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("periodDays");
    assertThatThrownBy(() -> new HallHarness(5, Map.of("quorumShare", "3/2")))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("quorumShare");
    assertThatThrownBy(() -> new HallHarness(5, Map.of("forward", "all")))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("admitted, top");
  }

  @Test
  void theFoldRefusesFactsThatCouldNotFollow() {
    HallHarness h = month();
    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    h.check();
    HallProcedure p = new HallProcedure(HallSettings.of(h.hall.state().methodParameters()));
    HallState closed = h.state();
    assertThatThrownBy(() -> p.apply(closed, new HallFact.IdeaSupported("idea-2", m(30),
        OPENS.plus(Duration.ofDays(31))))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closed stage");
    HallState.Result real = closed.result();
    HallState.Result forged = new HallState.Result(real.closedAt(), real.quorum(),
        real.eligible(), real.required(), real.tallies(), List.of("idea-2"));
    HallState beforeClose = new HallState(Stage.OPEN, closed.publishedAt(), closed.closesAt(),
        null, 40, false, closed.ideas(), closed.comments(), closed.amendments(), null);
    assertThatThrownBy(() -> p.apply(beforeClose, new HallFact.HallClosed(forged)))
        .hasMessageContaining("the result does not match the supports");
  }
}
