package io.yishi.core.method.hall;

import static io.yishi.core.method.hall.HallHarness.CHAIR;
import static io.yishi.core.method.hall.HallHarness.MODERATOR;
import static io.yishi.core.method.hall.HallHarness.OPENS;
import static io.yishi.core.method.hall.HallHarness.m;
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
import io.yishi.core.method.hall.HallAction.AnswerIdea;
import io.yishi.core.method.hall.HallAction.CommentOnIdea;
import io.yishi.core.method.hall.HallAction.ProposeIdea;
import io.yishi.core.method.hall.HallAction.SupportIdea;
import io.yishi.core.method.hall.HallFact.AmendmentProposed;
import io.yishi.core.method.hall.HallFact.CommentPosted;
import io.yishi.core.method.hall.HallFact.HallClosed;
import io.yishi.core.method.hall.HallFact.IdeaAnswered;
import io.yishi.core.method.hall.HallFact.IdeaPosted;
import io.yishi.core.method.hall.HallFact.IdeaSupported;
import io.yishi.core.method.hall.HallFact.PostHidden;
import io.yishi.core.method.hall.HallFact.TopicPublished;
import io.yishi.core.method.hall.HallState.Answer;
import io.yishi.core.method.hall.HallState.Response;
import io.yishi.core.method.hall.HallState.Stance;
import io.yishi.core.spi.Fact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Logs of the online hall rewritten by a careful forger (one fact altered, the chain's hashes
 * recomputed) are refused on replay: each fact must follow from the settings, the electorate and
 * the time it was recorded at, not only fit the state.
 */
class OnlineHallForgedLogTest {

  private static final ResidentId OUTSIDER = new ResidentId("x1");

  /** The month of {@link OnlineHallMethodTest#month()}, closed and answered. */
  static HallHarness answered() {
    HallHarness h = OnlineHallMethodTest.month();
    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    h.check();
    h.act(new AnswerIdea(CHAIR, "idea-1", Response.ACCEPTED, "Site fits the truck route", null));
    return h;
  }

  @Test
  void theHonestLogReplays() {
    HallHarness h = answered();
    Consultation replayed = Consultation.replay(Forgery.rechain(h.hall.log(), events(h)),
        h.clock, HallHarness.REGISTRY);
    assertThat(replayed.state()).isEqualTo(h.hall.state());
  }

  static Stream<Arguments> byOutsiders() {
    return Stream.of(
        Arguments.of("hall-idea-posted", (UnaryOperator<Fact>) f -> f instanceof IdeaPosted p
            ? new IdeaPosted(p.idea(), OUTSIDER, p.title(), p.text(), p.at()) : null),
        Arguments.of("hall-comment-posted", (UnaryOperator<Fact>) f ->
            f instanceof CommentPosted c ? new CommentPosted(c.comment(), c.idea(), OUTSIDER,
                c.stance(), c.text(), c.at()) : null),
        Arguments.of("idea-supported", (UnaryOperator<Fact>) f -> f instanceof IdeaSupported s
            ? new IdeaSupported(s.idea(), OUTSIDER, s.at()) : null),
        Arguments.of("amendment-proposed", (UnaryOperator<Fact>) f ->
            f instanceof AmendmentProposed a ? new AmendmentProposed(a.amendment(), a.idea(),
                OUTSIDER, a.title(), a.text(), a.at()) : null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("byOutsiders")
  void aPostOrSupportBySomeoneOutsideTheElectorateIsRefused(String type,
      UnaryOperator<Fact> forge) {
    HallHarness h = answered();
    EventLog forged = Forgery.rechain(h.hall.log(), alterFirst(events(h), forge));

    assertTampered(h, forged, "fact " + type + " cannot follow: x1 is not an eligible resident"
        + " of this hall (40 eligible)");
  }

  @Test
  void aSupportSlippedInAfterTheCloseIsRefusedThoughDatedInsideThePeriod() {
    HallHarness h = answered();
    List<ConsultationEvent> events = events(h);
    int close = indexOf(events, HallClosed.class);
    // m40 supports idea-1, dated one second before the close, recorded where the close was
    events.add(close, new FactRecorded(new IdeaSupported("idea-1", m(40),
        OPENS.plus(Duration.ofDays(30)).minusSeconds(1))));
    EventLog forged = Forgery.rechain(h.hall.log(), events);

    assertTampered(h, forged, "fact idea-supported cannot follow: a fact dated"
        + " 2024-06-30T23:59:59Z but recorded at 2024-07-01T00:00:00Z");
  }

  @Test
  void aSupportDatedWhenItWasRecordedAfterTheCloseIsRefused() {
    HallHarness h = answered();
    List<ConsultationEvent> events = events(h);
    int close = indexOf(events, HallClosed.class);
    events.add(close, new FactRecorded(new IdeaSupported("idea-1", m(40),
        h.hall.log().events().get(close).recordedAt())));
    EventLog forged = Forgery.rechain(h.hall.log(), events);

    assertTampered(h, forged, "fact idea-supported cannot follow: a fact at"
        + " 2024-07-01T00:00:00Z, outside the period");
  }

  @Test
  void aHidingBySomeoneNotAModeratorIsRefused() {
    HallHarness h = answered();
    EventLog forged = Forgery.rechain(h.hall.log(), alterFirst(events(h),
        f -> f instanceof PostHidden p ? new PostHidden(p.post(), m(3), p.reason(), p.at())
            : null));

    assertTampered(h, forged, "fact post-hidden cannot follow: m3 hides a post but is not a"
        + " moderator [r-mod]");
  }

  @Test
  void withoutModeratorsAHidingBySomeoneOffTheCommitteeIsRefused() {
    HallHarness h = new HallHarness(10, Map.of("moderators", List.of()));
    h.clock.set(OPENS);
    h.act(new ProposeIdea(m(1), "A", "a"));
    h.act(new HallAction.HidePost(CHAIR, "idea-1", "off topic"));
    EventLog forged = Forgery.rechain(h.hall.log(), alterFirst(events(h),
        f -> f instanceof PostHidden p ? new PostHidden(p.post(), MODERATOR, p.reason(), p.at())
            : null));

    assertTampered(h, forged, "fact post-hidden cannot follow: r-mod hides a post but is not a"
        + " moderator [r-chair]");
  }

  static Stream<Arguments> publications() {
    Function<TopicPublished, TopicPublished> moreEligible = t -> new TopicPublished(t.at(),
        t.closesAt(), t.verificationEndsAt(), 400);
    Function<TopicPublished, TopicPublished> laterClose = t -> new TopicPublished(t.at(),
        t.closesAt().plus(Duration.ofDays(1)), t.verificationEndsAt(), t.eligible());
    Function<TopicPublished, TopicPublished> verification = t -> new TopicPublished(t.at(),
        t.closesAt(), t.closesAt().plus(Duration.ofDays(7)), t.eligible());
    Function<TopicPublished, TopicPublished> earlier = t -> new TopicPublished(
        t.at().minus(Duration.ofDays(1)), t.closesAt(), t.verificationEndsAt(), t.eligible());
    return Stream.of(Arguments.of("eligible", moreEligible),
        Arguments.of("closesAt", laterClose), Arguments.of("verificationEndsAt", verification),
        Arguments.of("at", earlier));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publications")
  void aPublicationOtherThanTheSettingsAndElectorateGiveIsRefused(String part,
      Function<TopicPublished, TopicPublished> change) {
    HallHarness h = answered();
    EventLog forged = Forgery.rechain(h.hall.log(), alterFirst(events(h),
        f -> f instanceof TopicPublished t ? change.apply(t) : null));

    assertTampered(h, forged, "fact topic-published cannot follow: the publication");
    assertTampered(h, forged, "where the settings and the electorate give TopicPublished["
        + "at=2024-06-01T00:00:00Z, closesAt=2024-07-01T00:00:00Z, verificationEndsAt=null,"
        + " eligible=40]");
  }

  @Test
  void anAnswerBySomeoneOffTheCommitteeIsRefused() {
    HallHarness h = answered();
    EventLog forged = Forgery.rechain(h.hall.log(), alterFirst(events(h),
        f -> f instanceof IdeaAnswered a ? new IdeaAnswered(a.idea(), new Answer(m(1),
            a.answer().response(), a.answer().reason(), a.answer().cost(), a.answer().at()))
            : null));

    assertTampered(h, forged, "fact idea-answered cannot follow: m1 is not on the committee");
  }

  @Test
  void anAnswerMovedBeforeTheCloseIsRefused() {
    HallHarness h = answered();
    List<ConsultationEvent> events = events(h);
    int close = indexOf(events, HallClosed.class);
    IdeaAnswered honest = (IdeaAnswered) ((FactRecorded) events.remove(events.size() - 1))
        .fact();
    // dated when it is recorded at its new place, the instant the close was recorded at
    Answer early = new Answer(CHAIR, honest.answer().response(), honest.answer().reason(), null,
        h.hall.log().events().get(close).recordedAt());
    events.add(close, new FactRecorded(new IdeaAnswered(honest.idea(), early)));
    EventLog forged = Forgery.rechain(h.hall.log(), events);

    assertTampered(h, forged, "fact idea-answered cannot follow: an answer before the close");
  }

  @Test
  void aCloseRecordedBeforeItsDeadlineIsRefused() {
    HallHarness h = new HallHarness(10, Map.of("quorumCount", 1));
    h.clock.set(OPENS);
    h.act(new ProposeIdea(m(1), "A", "a"));
    h.act(new SupportIdea(m(2), "idea-1"));
    h.act(new CommentOnIdea(m(3), "idea-1", Stance.FOR, "yes"));
    h.act(new CommentOnIdea(m(4), "idea-1", Stance.FOR, "yes too"));
    h.clock.set(OPENS.plus(Duration.ofDays(30)));
    h.check();
    // the comments (which change no count) dropped, the close takes the first one's place
    List<ConsultationEvent> events = new ArrayList<>(events(h));
    events.removeIf(e -> e instanceof FactRecorded r && r.fact() instanceof CommentPosted);
    EventLog forged = Forgery.rechain(h.hall.log(), events);

    assertTampered(h, forged, "fact hall-closed cannot follow: the close recorded at"
        + " 2024-06-01T00:00:02Z, before its deadline 2024-07-01T00:00:00Z");
  }

  private static void assertTampered(HallHarness h, EventLog forged, String message) {
    forged.verify();
    assertThatThrownBy(() -> Consultation.replay(forged, h.clock, HallHarness.REGISTRY))
        .isInstanceOf(TamperedLogException.class).hasMessageContaining(message);
  }

  private static List<ConsultationEvent> events(HallHarness h) {
    List<ConsultationEvent> events = new ArrayList<>();
    for (RecordedEvent e : h.hall.log().events()) {
      events.add(e.event());
    }
    return events;
  }

  /** The events with the first fact that {@code forge} alters (returns non-null for) altered. */
  private static List<ConsultationEvent> alterFirst(List<ConsultationEvent> events,
      UnaryOperator<Fact> forge) {
    List<ConsultationEvent> next = new ArrayList<>(events);
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i) instanceof FactRecorded r) {
        Fact altered = forge.apply(r.fact());
        if (altered != null) {
          next.set(i, new FactRecorded(altered));
          return next;
        }
      }
    }
    throw new AssertionError("no fact to alter");
  }

  private static int indexOf(List<ConsultationEvent> events, Class<? extends Fact> type) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof FactRecorded r && type.isInstance(r.fact())) {
        return i;
      }
    }
    throw new AssertionError("no " + type.getSimpleName());
  }
}
