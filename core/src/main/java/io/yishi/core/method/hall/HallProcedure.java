package io.yishi.core.method.hall;

import io.yishi.core.community.ResidentId;
import io.yishi.core.electorate.MemberId;
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
import io.yishi.core.method.hall.HallFact.AmendmentDecided;
import io.yishi.core.method.hall.HallFact.AmendmentPromoted;
import io.yishi.core.method.hall.HallFact.AmendmentProposed;
import io.yishi.core.method.hall.HallFact.CommentPosted;
import io.yishi.core.method.hall.HallFact.HallClosed;
import io.yishi.core.method.hall.HallFact.IdeaAnswered;
import io.yishi.core.method.hall.HallFact.IdeaPosted;
import io.yishi.core.method.hall.HallFact.IdeaSupported;
import io.yishi.core.method.hall.HallFact.PostHidden;
import io.yishi.core.method.hall.HallFact.SupportWithdrawn;
import io.yishi.core.method.hall.HallFact.TopicPublished;
import io.yishi.core.method.hall.HallFact.VerificationBegan;
import io.yishi.core.method.hall.HallState.Amendment;
import io.yishi.core.method.hall.HallState.AmendmentStatus;
import io.yishi.core.method.hall.HallState.Answer;
import io.yishi.core.method.hall.HallState.Comment;
import io.yishi.core.method.hall.HallState.Hiding;
import io.yishi.core.method.hall.HallState.Idea;
import io.yishi.core.method.hall.HallState.Result;
import io.yishi.core.method.hall.HallState.Stage;
import io.yishi.core.method.hall.HallState.Tally;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** The online hall's procedure: see {@link OnlineHallMethod} for the rules it enforces. */
final class HallProcedure implements Procedure<HallState> {

  static final Set<String> ACTIONS = Set.of("propose-idea", "comment-on-idea", "support-idea",
      "withdraw-support", "propose-amendment", "accept-amendment", "reject-amendment",
      "promote-amendment", "hide-post", "answer-idea");

  private static final int TITLE_MAX = 200;
  private static final int TEXT_MAX = 5000;
  private static final int REASON_MAX = 500;
  private static final Set<Stage> OPEN = EnumSet.of(Stage.OPEN);
  private static final Set<Stage> RUNNING = EnumSet.of(Stage.OPEN, Stage.VERIFICATION);
  private static final Set<Stage> AFTER = EnumSet.of(Stage.CLOSED, Stage.ANSWERED);

  private final HallSettings settings;

  HallProcedure(HallSettings settings) {
    this.settings = settings;
  }

  @Override
  public HallState start() {
    return HallState.scheduled(settings.hideSupports());
  }

  @Override
  public Set<String> actions() {
    return ACTIONS;
  }

  // ---- deadlines

  @Override
  public List<Fact> due(HallState state, Context context) {
    Instant now = context.now();
    List<Fact> facts = new ArrayList<>();
    HallState s = state;
    if (s.stage() == Stage.SCHEDULED) {
      Instant opens = settings.opensAt();
      if (opens != null && now.isBefore(opens)) {
        return List.of();
      }
      Fact published = publication(context);
      facts.add(published);
      s = apply(s, published, context);
    }
    if (s.stage() == Stage.OPEN && !now.isBefore(s.closesAt())) {
      Instant verificationEnds = s.verificationEndsAt();
      Fact next = verificationEnds == null ? new HallClosed(result(s, s.closesAt()))
          : new VerificationBegan(s.closesAt(), verificationEnds);
      facts.add(next);
      s = apply(s, next, context);
    }
    if (s.stage() == Stage.VERIFICATION && !now.isBefore(s.verificationEndsAt())) {
      Fact closed = new HallClosed(result(s, s.verificationEndsAt()));
      facts.add(closed);
      s = apply(s, closed, context);
    }
    return facts;
  }

  /**
   * The publication of the topic when the hall is first asked at {@code context.now()} (not
   * before {@code opensAt}): its period from the settings, its eligible count from the
   * electorate. Replay compares a recorded publication with this one.
   */
  TopicPublished publication(Context context) {
    Instant opens = settings.opensAt();
    Instant at = opens == null ? context.now() : opens;
    if (opens == null && settings.closesAt() != null && !at.isBefore(settings.closesAt())) {
      // nothing happened before the set close: the topic is published for the period before
      // it, and closes at once, empty, rather than with an end before its start
      at = settings.closesAt().minus(settings.period());
    }
    Instant closes = settings.closesAt() != null ? settings.closesAt()
        : at.plus(settings.period());
    Instant verificationEnds = settings.verification().isZero() ? null
        : closes.plus(settings.verification());
    return new TopicPublished(at, closes, verificationEnds, context.electorate().size());
  }

  /** Counts the supports against the quorum and picks the forwarded ideas. */
  Result result(HallState state, Instant closedAt) {
    long required = settings.quorum().required(state.eligible());
    List<Tally> tallies = new ArrayList<>();
    List<Idea> admitted = new ArrayList<>();
    for (Idea idea : state.ideas()) {
      boolean hidden = idea.hidden() != null;
      boolean in = !hidden && idea.supports() >= required;
      tallies.add(new Tally(idea.id(), idea.supports(), hidden, in));
      if (in) {
        admitted.add(idea);
      }
    }
    // most supported first; equal supports keep the order of posting (the sort is stable)
    admitted.sort(Comparator.comparingInt(Idea::supports).reversed());
    List<String> forwarded = new ArrayList<>();
    for (Idea idea : admitted) {
      boolean within = settings.forward() == HallSettings.Forward.ADMITTED
          || forwarded.size() < settings.topN()
          // ideas tied with the last one taken go too: a cut inside a tie would be arbitrary
          || idea.supports() == admitted.get(forwarded.size() - 1).supports();
      if (!within) {
        break;
      }
      forwarded.add(idea.id());
    }
    return new Result(closedAt, settings.quorum(), state.eligible(), required, tallies,
        forwarded);
  }

  // ---- actions

  @Override
  public List<Fact> handle(HallState state, Action action, Context context) {
    Instant now = context.now();
    if (action instanceof ProposeIdea a) {
      stage(state, a, OPEN);
      eligible(a, context);
      text(a, "title", a.title(), TITLE_MAX);
      text(a, "text", a.text(), TEXT_MAX);
      return List.of(new IdeaPosted(nextIdea(state), a.by(), a.title(), a.text(), now));
    }
    if (action instanceof CommentOnIdea a) {
      stage(state, a, RUNNING);
      eligible(a, context);
      visibleIdea(state, a, a.idea());
      text(a, "text", a.text(), TEXT_MAX);
      return List.of(new CommentPosted("comment-" + (state.comments().size() + 1), a.idea(),
          a.by(), a.stance(), a.text(), now));
    }
    if (action instanceof SupportIdea a) {
      stage(state, a, RUNNING);
      eligible(a, context);
      Idea idea = visibleIdea(state, a, a.idea());
      if (idea.supporters().contains(a.by())) {
        throw refuse(a, "by", a.by(), "supports " + idea.id() + " already; one support per"
            + " person per idea");
      }
      int given = state.supportsGivenBy(a.by());
      if (settings.supportLimit() > 0 && given >= settings.supportLimit()) {
        throw refuse(a, "by", a.by(), "supports " + given + " ideas already, the most one"
            + " person may support (supportLimit " + settings.supportLimit() + "); withdraw"
            + " a support first");
      }
      return List.of(new IdeaSupported(a.idea(), a.by(), now));
    }
    if (action instanceof WithdrawSupport a) {
      stage(state, a, RUNNING);
      Idea idea = idea(state, a, a.idea());
      if (!idea.supporters().contains(a.by())) {
        throw refuse(a, "by", a.by(), "does not support " + idea.id());
      }
      return List.of(new SupportWithdrawn(a.idea(), a.by(), now));
    }
    if (action instanceof ProposeAmendment a) {
      stage(state, a, OPEN);
      eligible(a, context);
      Idea idea = visibleIdea(state, a, a.idea());
      text(a, "title", a.title(), TITLE_MAX);
      text(a, "text", a.text(), TEXT_MAX);
      if (idea.title().equals(a.title()) && idea.text().equals(a.text())) {
        throw refuse(a, "text", abbreviate(a.text()), "must change the title or the text of "
            + idea.id());
      }
      return List.of(new AmendmentProposed("amendment-" + (state.amendments().size() + 1),
          a.idea(), a.by(), a.title(), a.text(), now));
    }
    if (action instanceof AcceptAmendment a) {
      stage(state, a, OPEN);
      pendingByIdeaAuthor(state, a, a.amendment());
      if (a.note().length() > REASON_MAX) {
        throw refuse(a, "note", abbreviate(a.note()), "must be at most " + REASON_MAX
            + " characters");
      }
      return List.of(new AmendmentDecided(a.amendment(), true, a.by(), a.note(), now));
    }
    if (action instanceof RejectAmendment a) {
      stage(state, a, OPEN);
      pendingByIdeaAuthor(state, a, a.amendment());
      text(a, "note", a.note(), REASON_MAX);
      return List.of(new AmendmentDecided(a.amendment(), false, a.by(), a.note(), now));
    }
    if (action instanceof PromoteAmendment a) {
      stage(state, a, OPEN);
      Amendment amendment = amendment(state, a, a.amendment());
      if (!amendment.author().equals(a.by())) {
        throw refuse(a, "by", a.by(), "must be the amendment's author, " + amendment.author());
      }
      if (amendment.status() != AmendmentStatus.REJECTED) {
        throw refuse(a, "amendment", amendment.id(), "must have been rejected by the idea's"
            + " author (it is " + word(amendment.status()) + ")");
      }
      if (amendment.promotedTo() != null) {
        throw refuse(a, "amendment", amendment.id(), "already stands as "
            + amendment.promotedTo());
      }
      if (amendment.hidden() != null) {
        throw refuse(a, "amendment", amendment.id(), "was hidden by a moderator");
      }
      return List.of(new AmendmentPromoted(amendment.id(), nextIdea(state), a.by(), now));
    }
    if (action instanceof HidePost a) {
      List<ResidentId> moderators = settings.moderatorsOrCommittee();
      if (!moderators.isEmpty() && !moderators.contains(a.by())) {
        throw refuse(a, "by", a.by(), "must be a moderator " + moderators);
      }
      text(a, "reason", a.reason(), REASON_MAX);
      Hiding already = hiding(state, a);
      if (already != null) {
        throw refuse(a, "post", a.post(), "was hidden already (" + already.reason() + ")");
      }
      if (a.post().startsWith("idea-") && !state.isRunning()) {
        throw refuse(a, "post", a.post(), "an idea can be hidden only while the hall runs;"
            + " the result was fixed at the close");
      }
      return List.of(new PostHidden(a.post(), a.by(), a.reason(), now));
    }
    AnswerIdea a = (AnswerIdea) action;
    if (state.stage() == Stage.SCHEDULED || state.isRunning()) {
      throw refuse(a, "stage", word(state.stage()), "the committee answers after the close at "
          + closeOf(state) + "; the hall cannot be closed early");
    }
    if (!settings.committee().isEmpty() && !settings.committee().contains(a.by())) {
      throw refuse(a, "by", a.by(), "must be a member of the committee " + settings.committee());
    }
    List<String> forwarded = state.result().forwarded();
    if (!forwarded.contains(a.idea())) {
      throw refuse(a, "idea", a.idea(), "must be one of the ideas forwarded to the committee "
          + forwarded);
    }
    Idea idea = state.idea(a.idea()).orElseThrow();
    Answer last = idea.answer().orElse(null);
    if (last != null && last.response().isFinal()) {
      throw refuse(a, "idea", a.idea(), "was answered already (" + word(last.response())
          + "); only an answer under study can be followed by another");
    }
    text(a, "reason", a.reason(), TEXT_MAX);
    BigDecimal cost = a.cost();
    if (cost != null && cost.signum() < 0) {
      throw refuse(a, "cost", cost.toPlainString(), "must be >= 0 yuan");
    }
    return List.of(new IdeaAnswered(a.idea(), new Answer(a.by(), a.response(), a.reason(),
        cost, now)));
  }

  private static String nextIdea(HallState state) {
    return "idea-" + (state.ideas().size() + 1);
  }

  private static void stage(HallState state, HallAction a, Set<Stage> stages) {
    if (stages.contains(state.stage())) {
      return;
    }
    String when = stages.equals(OPEN) ? "while the hall is open"
        : "while the hall is open or in verification";
    String now;
    switch (state.stage()) {
      case SCHEDULED:
        now = "the topic is not published yet";
        break;
      case VERIFICATION:
        now = "the hall is frozen for verification until " + state.verificationEndsAt()
            + "; texts can no longer change";
        break;
      default:
        now = "the hall closed at " + closeOf(state);
    }
    throw refuse(a, "stage", word(state.stage()), a.kind() + " is accepted " + when + "; "
        + now);
  }

  private static @Nullable Instant closeOf(HallState state) {
    if (state.result() != null) {
      return state.result().closedAt();
    }
    return state.verificationEndsAt() != null ? state.verificationEndsAt() : state.closesAt();
  }

  private static void eligible(HallAction a, Context context) {
    if (!context.electorate().contains(new MemberId(a.by().value()))) {
      throw refuse(a, "by", a.by(), "must be an eligible resident of this hall ("
          + context.electorate().size() + " eligible)");
    }
  }

  private static void text(HallAction a, String field, String text, int max) {
    if (text.isBlank()) {
      throw refuse(a, field, text, "must not be blank");
    }
    if (text.length() > max) {
      throw refuse(a, field, abbreviate(text), "must be at most " + max + " characters, was "
          + text.length());
    }
  }

  private static Idea idea(HallState state, HallAction a, String id) {
    return state.idea(id).orElseThrow(() -> refuse(a, "idea", id, "must be an idea of this hall"
        + " (idea-1 to idea-" + state.ideas().size() + ")"));
  }

  private static Idea visibleIdea(HallState state, HallAction a, String id) {
    Idea idea = idea(state, a, id);
    if (idea.hidden() != null) {
      throw refuse(a, "idea", id, "was hidden by a moderator (" + idea.hidden().reason() + ")");
    }
    return idea;
  }

  private static Amendment amendment(HallState state, HallAction a, String id) {
    return state.amendment(id).orElseThrow(() -> refuse(a, "amendment", id, "must be an"
        + " amendment of this hall (amendment-1 to amendment-" + state.amendments().size()
        + ")"));
  }

  private static void pendingByIdeaAuthor(HallState state, HallAction a, String id) {
    Amendment amendment = amendment(state, a, id);
    Idea idea = state.idea(amendment.idea()).orElseThrow();
    if (!idea.author().equals(a.by())) {
      throw refuse(a, "by", a.by(), "must be the author of " + idea.id() + ", " + idea.author()
          + ", who alone decides on its amendments");
    }
    if (amendment.status() != AmendmentStatus.PENDING) {
      throw refuse(a, "amendment", id, "was " + word(amendment.status()) + " already");
    }
    if (amendment.hidden() != null || idea.hidden() != null) {
      throw refuse(a, "amendment", id, "was hidden by a moderator");
    }
  }

  private static @Nullable Hiding hiding(HallState state, HidePost a) {
    String post = a.post();
    for (Idea i : state.ideas()) {
      if (i.id().equals(post)) {
        return i.hidden();
      }
    }
    for (Comment c : state.comments()) {
      if (c.id().equals(post)) {
        return c.hidden();
      }
    }
    for (Amendment m : state.amendments()) {
      if (m.id().equals(post)) {
        return m.hidden();
      }
    }
    throw refuse(a, "post", post, "must be an idea, comment or amendment of this hall");
  }

  private static InvalidActionException refuse(HallAction a, String field, @Nullable Object value,
      String rule) {
    return new InvalidActionException(a.kind() + "." + field, value, rule);
  }

  private static String word(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  // ---- the fold

  /**
   * Folds a fact after checking that it follows from what the hall would have computed when it
   * was recorded: a publication equal to {@link #publication}, an action's fact stamped with the
   * time it was recorded at and made by whom {@link #handle} would have let act (an eligible
   * resident, a moderator, a committee member), with texts within their limits, and a deadline's
   * fact not recorded before its deadline. Then {@link #apply(HallState, Fact)} checks that it
   * fits the state.
   *
   * @throws IllegalArgumentException naming what does not follow
   */
  @Override
  public HallState apply(HallState s, Fact fact, Context context) {
    Instant now = context.now();
    if (fact instanceof TopicPublished f) {
      Instant opens = settings.opensAt();
      expect(opens == null || !now.isBefore(opens), "the topic published at " + now
          + ", before it opens at " + opens);
      TopicPublished due = publication(context);
      expect(f.equals(due), "the publication " + f + " where the settings and the electorate"
          + " give " + due);
    } else if (fact instanceof IdeaPosted f) {
      recordedAt(f.at(), now);
      eligible(f.by(), context);
      text("title", f.title(), TITLE_MAX);
      text("text", f.text(), TEXT_MAX);
    } else if (fact instanceof CommentPosted f) {
      recordedAt(f.at(), now);
      eligible(f.by(), context);
      text("text", f.text(), TEXT_MAX);
    } else if (fact instanceof IdeaSupported f) {
      recordedAt(f.at(), now);
      eligible(f.by(), context);
    } else if (fact instanceof SupportWithdrawn f) {
      recordedAt(f.at(), now);
    } else if (fact instanceof AmendmentProposed f) {
      recordedAt(f.at(), now);
      eligible(f.by(), context);
      text("title", f.title(), TITLE_MAX);
      text("text", f.text(), TEXT_MAX);
      s.idea(f.idea()).ifPresent(i -> expect(!i.title().equals(f.title())
          || !i.text().equals(f.text()), "an amendment that changes nothing of " + i.id()));
    } else if (fact instanceof AmendmentDecided f) {
      recordedAt(f.at(), now);
      if (f.accepted()) {
        expect(f.note().length() <= REASON_MAX, "a note longer than " + REASON_MAX
            + " characters");
      } else {
        text("note", f.note(), REASON_MAX);
      }
    } else if (fact instanceof AmendmentPromoted f) {
      recordedAt(f.at(), now);
    } else if (fact instanceof PostHidden f) {
      recordedAt(f.at(), now);
      List<ResidentId> moderators = settings.moderatorsOrCommittee();
      expect(moderators.isEmpty() || moderators.contains(f.by()), f.by()
          + " hides a post but is not a moderator " + moderators);
      text("reason", f.reason(), REASON_MAX);
    } else if (fact instanceof VerificationBegan f) {
      expect(!now.isBefore(f.at()), "verification recorded at " + now + ", before the open"
          + " period ends at " + f.at());
    } else if (fact instanceof HallClosed f) {
      expect(!now.isBefore(f.result().closedAt()), "the close recorded at " + now
          + ", before its deadline " + f.result().closedAt());
    } else if (fact instanceof IdeaAnswered f) {
      recordedAt(f.answer().at(), now);
      text("reason", f.answer().reason(), TEXT_MAX);
      if (s.result() != null) {
        expect(!now.isBefore(s.result().closedAt()), "an answer at " + now + ", before the"
            + " close at " + s.result().closedAt());
      }
    }
    return apply(s, fact);
  }

  /** An action's fact carries the time it was recorded at: {@link #handle} stamps it so. */
  private static void recordedAt(Instant at, Instant now) {
    expect(at.equals(now), "a fact dated " + at + " but recorded at " + now);
  }

  private static void eligible(ResidentId by, Context context) {
    expect(context.electorate().contains(new MemberId(by.value())), by + " is not an eligible"
        + " resident of this hall (" + context.electorate().size() + " eligible)");
  }

  private static void text(String field, String text, int max) {
    expect(!text.isBlank() && text.length() <= max, "a " + field + " that is blank or longer"
        + " than " + max + " characters");
  }

  /**
   * Folds a fact, checking only that it fits the state (the stage, the period, the ids, who may
   * act on what); {@link #apply(HallState, Fact, Context)} checks first that it follows from
   * the settings, the electorate and the time it was recorded at.
   */
  @Override
  public HallState apply(HallState s, Fact fact) {
    if (fact instanceof TopicPublished f) {
      expect(s.stage() == Stage.SCHEDULED, "the topic was published already");
      expect(f.closesAt().isAfter(f.at()), "the period must end after it starts");
      expect(f.verificationEndsAt() == null || f.verificationEndsAt().isAfter(f.closesAt()),
          "verification must end after the open period");
      return new HallState(Stage.OPEN, f.at(), f.closesAt(), f.verificationEndsAt(), f.eligible(),
          s.supportsHidden(), s.ideas(), s.comments(), s.amendments(), null);
    }
    if (fact instanceof IdeaPosted f) {
      during(s, OPEN, f.at());
      expect(f.idea().equals(nextIdea(s)), f.idea() + " where " + nextIdea(s) + " was next");
      return withIdeas(s, add(s.ideas(), new Idea(f.idea(), f.by(), f.title(), f.text(), f.at(),
          1, null, List.of(), null, List.of())));
    }
    if (fact instanceof CommentPosted f) {
      during(s, RUNNING, f.at());
      String next = "comment-" + (s.comments().size() + 1);
      expect(f.comment().equals(next), f.comment() + " where " + next + " was next");
      expect(visible(s, f.idea()), "a comment on " + f.idea() + ", not a visible idea");
      List<Comment> comments = add(s.comments(), new Comment(f.comment(), f.idea(), f.by(),
          f.stance(), f.text(), f.at(), null));
      return new HallState(s.stage(), s.publishedAt(), s.closesAt(), s.verificationEndsAt(),
          s.eligible(), s.supportsHidden(), s.ideas(), comments, s.amendments(), s.result());
    }
    if (fact instanceof IdeaSupported f) {
      during(s, RUNNING, f.at());
      expect(visible(s, f.idea()), "a support for " + f.idea() + ", not a visible idea");
      expect(settings.supportLimit() == 0 || s.supportsGivenBy(f.by()) < settings.supportLimit(),
          f.by() + " beyond the cap of " + settings.supportLimit() + " supports");
      return withIdea(s, f.idea(), i -> {
        expect(!i.supporters().contains(f.by()), f.by() + " supports " + i.id() + " twice");
        return i.withSupporters(add(i.supporters(), f.by()));
      });
    }
    if (fact instanceof SupportWithdrawn f) {
      during(s, RUNNING, f.at());
      return withIdea(s, f.idea(), i -> {
        List<ResidentId> next = new ArrayList<>(i.supporters());
        expect(next.remove(f.by()), f.by() + " withdraws a support never given to " + i.id());
        return i.withSupporters(next);
      });
    }
    if (fact instanceof AmendmentProposed f) {
      during(s, OPEN, f.at());
      String next = "amendment-" + (s.amendments().size() + 1);
      expect(f.amendment().equals(next), f.amendment() + " where " + next + " was next");
      expect(visible(s, f.idea()), "an amendment to " + f.idea() + ", not a visible idea");
      return withAmendments(s, add(s.amendments(), new Amendment(f.amendment(), f.idea(),
          f.by(), f.title(), f.text(), f.at(), AmendmentStatus.PENDING, "", null, null)));
    }
    if (fact instanceof AmendmentDecided f) {
      during(s, OPEN, f.at());
      Amendment m = s.amendment(f.amendment()).orElse(null);
      expect(m != null && m.status() == AmendmentStatus.PENDING && m.hidden() == null,
          f.amendment() + " is not a pending amendment");
      Idea idea = s.idea(m.idea()).orElseThrow();
      expect(idea.author().equals(f.by()), f.by() + " is not the author of " + idea.id());
      HallState next = withAmendments(s, replace(s.amendments(), m,
          m.decided(f.accepted() ? AmendmentStatus.ACCEPTED : AmendmentStatus.REJECTED,
              f.note())));
      return f.accepted() ? withIdea(next, idea.id(), i -> i.withText(m.title(), m.text()))
          : next;
    }
    if (fact instanceof AmendmentPromoted f) {
      during(s, OPEN, f.at());
      Amendment m = s.amendment(f.amendment()).orElse(null);
      expect(m != null && m.status() == AmendmentStatus.REJECTED && m.promotedTo() == null
          && m.hidden() == null && m.author().equals(f.by()),
          f.amendment() + " is not a rejected amendment of " + f.by() + " free to stand");
      expect(f.idea().equals(nextIdea(s)), f.idea() + " where " + nextIdea(s) + " was next");
      HallState next = withAmendments(s, replace(s.amendments(), m, m.promoted(f.idea())));
      return withIdeas(next, add(next.ideas(), new Idea(f.idea(), f.by(), m.title(), m.text(),
          f.at(), 1, m.id(), List.of(), null, List.of())));
    }
    if (fact instanceof PostHidden f) {
      Hiding hiding = new Hiding(f.by(), f.reason(), f.at());
      if (f.post().startsWith("idea-")) {
        expect(s.isRunning(), "an idea hidden after the close");
        return withIdea(s, f.post(), i -> {
          expect(i.hidden() == null, i.id() + " hidden twice");
          return i.withHidden(hiding);
        });
      }
      for (Comment c : s.comments()) {
        if (c.id().equals(f.post())) {
          expect(c.hidden() == null, c.id() + " hidden twice");
          return new HallState(s.stage(), s.publishedAt(), s.closesAt(), s.verificationEndsAt(),
              s.eligible(), s.supportsHidden(), s.ideas(),
              replace(s.comments(), c, c.withHidden(hiding)), s.amendments(), s.result());
        }
      }
      Amendment m = s.amendment(f.post()).orElse(null);
      expect(m != null && m.hidden() == null, f.post() + " is not a visible post");
      return withAmendments(s, replace(s.amendments(), m, m.withHidden(hiding)));
    }
    if (fact instanceof VerificationBegan f) {
      expect(s.stage() == Stage.OPEN && f.at().equals(s.closesAt())
          && f.endsAt().equals(s.verificationEndsAt()), "verification does not begin at the end"
          + " of the open period");
      return new HallState(Stage.VERIFICATION, s.publishedAt(), s.closesAt(),
          s.verificationEndsAt(), s.eligible(), s.supportsHidden(), s.ideas(), s.comments(),
          s.amendments(), null);
    }
    if (fact instanceof HallClosed f) {
      Instant end = s.verificationEndsAt() == null ? s.closesAt() : s.verificationEndsAt();
      expect(s.stage() == (s.verificationEndsAt() == null ? Stage.OPEN : Stage.VERIFICATION),
          "the hall closes from the " + word(s.stage()) + " stage");
      expect(f.result().equals(result(s, end)), "the result does not match the supports");
      return new HallState(Stage.CLOSED, s.publishedAt(), s.closesAt(), s.verificationEndsAt(),
          s.eligible(), s.supportsHidden(), s.ideas(), s.comments(), s.amendments(), f.result());
    }
    IdeaAnswered f = (IdeaAnswered) fact;
    expect(AFTER.contains(s.stage()), "an answer before the close");
    expect(s.result().forwarded().contains(f.idea()), f.idea() + " was not forwarded");
    expect(settings.committee().isEmpty() || settings.committee().contains(f.answer().by()),
        f.answer().by() + " is not on the committee");
    HallState next = withIdea(s, f.idea(), i -> {
      expect(i.answer().map(x -> !x.response().isFinal()).orElse(true),
          i.id() + " was answered already");
      return i.withAnswer(f.answer());
    });
    boolean all = next.result().forwarded().stream()
        .allMatch(id -> next.idea(id).orElseThrow().answer().isPresent());
    return new HallState(all ? Stage.ANSWERED : Stage.CLOSED, next.publishedAt(),
        next.closesAt(), next.verificationEndsAt(), next.eligible(), next.supportsHidden(),
        next.ideas(), next.comments(), next.amendments(), next.result());
  }

  private static void during(HallState s, Set<Stage> stages, Instant at) {
    expect(stages.contains(s.stage()), "a fact of a running hall in the " + word(s.stage())
        + " stage");
    Instant end = s.stage() == Stage.OPEN ? s.closesAt() : s.verificationEndsAt();
    expect(at.isBefore(end) && !at.isBefore(s.publishedAt()), "a fact at " + at
        + ", outside the period " + s.publishedAt() + " – " + end);
  }

  private static boolean visible(HallState s, String idea) {
    return s.idea(idea).map(i -> i.hidden() == null).orElse(false);
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException(what);
    }
  }

  private static <T> List<T> add(List<T> list, T item) {
    List<T> next = new ArrayList<>(list);
    next.add(item);
    return next;
  }

  private static <T> List<T> replace(List<T> list, T old, T item) {
    List<T> next = new ArrayList<>(list);
    next.set(next.indexOf(old), item);
    return next;
  }

  private static HallState withIdeas(HallState s, List<Idea> ideas) {
    return new HallState(s.stage(), s.publishedAt(), s.closesAt(), s.verificationEndsAt(),
        s.eligible(), s.supportsHidden(), ideas, s.comments(), s.amendments(), s.result());
  }

  private static HallState withAmendments(HallState s, List<Amendment> amendments) {
    return new HallState(s.stage(), s.publishedAt(), s.closesAt(), s.verificationEndsAt(),
        s.eligible(), s.supportsHidden(), s.ideas(), s.comments(), amendments, s.result());
  }

  private static HallState withIdea(HallState s, String id, UnaryOperator<Idea> change) {
    Idea idea = s.idea(id).orElse(null);
    expect(idea != null, "no idea " + id);
    return withIdeas(s, replace(s.ideas(), idea, change.apply(idea)));
  }

  // ---- what a portal offers

  @Override
  public Set<String> allowed(HallState state, Phase phase) {
    Set<String> allowed = new TreeSet<>();
    boolean visibleIdea = state.ideas().stream().anyMatch(i -> i.hidden() == null);
    boolean anySupport = state.ideas().stream().anyMatch(i -> !i.supporters().isEmpty());
    boolean visiblePost = visibleIdea && state.isRunning()
        || state.comments().stream().anyMatch(c -> c.hidden() == null)
        || state.amendments().stream().anyMatch(m -> m.hidden() == null);
    switch (state.stage()) {
      case OPEN:
        allowed.add("propose-idea");
        if (visibleIdea) {
          allowed.addAll(List.of("comment-on-idea", "support-idea", "propose-amendment"));
        }
        if (state.amendments().stream().anyMatch(m -> m.status() == AmendmentStatus.PENDING
            && m.hidden() == null)) {
          allowed.addAll(List.of("accept-amendment", "reject-amendment"));
        }
        if (state.amendments().stream().anyMatch(m -> m.status() == AmendmentStatus.REJECTED
            && m.promotedTo() == null && m.hidden() == null)) {
          allowed.add("promote-amendment");
        }
        break;
      case VERIFICATION:
        if (visibleIdea) {
          allowed.addAll(List.of("comment-on-idea", "support-idea"));
        }
        break;
      case CLOSED:
      case ANSWERED:
        boolean open = state.result().forwarded().stream().anyMatch(id -> state.idea(id)
            .orElseThrow().answer().map(x -> !x.response().isFinal()).orElse(true));
        if (open) {
          allowed.add("answer-idea");
        }
        break;
      default:
        break;
    }
    if (state.isRunning() && anySupport) {
      allowed.add("withdraw-support");
    }
    if (state.stage() != Stage.SCHEDULED && visiblePost) {
      allowed.add("hide-post");
    }
    allowed.retainAll(phase.commands());
    return allowed;
  }
}
