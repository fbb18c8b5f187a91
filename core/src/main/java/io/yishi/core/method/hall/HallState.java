package io.yishi.core.method.hall;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import io.yishi.core.community.ResidentId;
import io.yishi.core.internal.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The online hall as its facts leave it: the stage, the deadlines, every idea, comment and
 * amendment with its supporters and moderation, and, once closed, the result and the committee's
 * answers. This is the full record; what a portal may show the public before the close is
 * {@link #publicView(ResidentId)}.
 *
 * @param stage where the hall stands
 * @param publishedAt when the topic was published; null while {@link Stage#SCHEDULED}
 * @param closesAt when the open period ends (exclusive: an action at this instant is late); null
 *     while scheduled
 * @param verificationEndsAt when the frozen verification period ends; null while scheduled or
 *     when the hall has no verification period
 * @param eligible the number of eligible residents (the electorate's size), fixed at publication;
 *     the base of a share quorum
 * @param supportsHidden whether supports and results are hidden from the public until the close
 *     (the {@code hideSupports} parameter)
 * @param ideas the ideas in the order they were posted
 * @param comments the comments in the order they were posted
 * @param amendments the amendments in the order they were proposed
 * @param result the result of the close; null until {@link Stage#CLOSED}
 */
public record HallState(Stage stage, @Nullable Instant publishedAt, @Nullable Instant closesAt,
    @Nullable Instant verificationEndsAt, long eligible, boolean supportsHidden, List<Idea> ideas,
    List<Comment> comments, List<Amendment> amendments, @Nullable Result result) {

  /** Where the hall stands; stages only move forward, in this order. */
  public enum Stage {
    /** Not yet published: the {@code opensAt} parameter lies ahead. Nothing is accepted. */
    SCHEDULED,
    /** Published: ideas, comments, supports, amendments and moderation. */
    OPEN,
    /**
     * Frozen for verification: texts are final (no new idea, no amendment), while residents may
     * still comment and give or withdraw support.
     */
    VERIFICATION,
    /** Closed: the result is fixed and the forwarded ideas await the committee's answers. */
    CLOSED,
    /** Every forwarded idea has an answer (an answer "under study" may still be completed). */
    ANSWERED
  }

  /** How a comment stands towards the idea it is about. */
  public enum Stance {
    /** In favour of the idea. */
    FOR,
    /** Against the idea. */
    AGAINST,
    /** A question or remark that takes no side. */
    NEUTRAL
  }

  /** The committee's answer to a forwarded idea. */
  public enum Response {
    /** The committee takes the idea up. */
    ACCEPTED,
    /** The committee turns the idea down. */
    REJECTED,
    /** The committee is studying the idea; a final answer follows. */
    UNDER_STUDY;

    /** {@return whether this answer is final (accepted or rejected)} */
    public boolean isFinal() {
      return this != UNDER_STUDY;
    }
  }

  /** What became of an amendment. */
  public enum AmendmentStatus {
    /** Awaiting the idea's author. */
    PENDING,
    /** The author took it over: the idea now reads as the amendment. */
    ACCEPTED,
    /** The author declined it; its author may let it stand as an idea of its own. */
    REJECTED
  }

  /**
   * A moderator's hiding of a post. The post stays in the record; the public view shows the
   * reason instead of the text.
   *
   * @param by the moderator
   * @param reason why, for the public, not blank
   * @param at when
   */
  public record Hiding(ResidentId by, String reason, Instant at) {
    /**
     * Checks the parts.
     *
     * @param by the moderator
     * @param reason why, for the public, not blank
     * @param at when
     * @throws IllegalArgumentException if the reason is blank
     */
    public Hiding {
      checkNotNull(by, "by");
      checkNotNull(at, "at");
      checkArgument(reason != null && !reason.isBlank(), "hiding.reason: must not be blank");
    }
  }

  /**
   * One answer of the committee to a forwarded idea.
   *
   * @param by the committee member who published it
   * @param response accepted, rejected or under study
   * @param reason the committee's reasons, not blank
   * @param cost the estimated cost in yuan, {@code >= 0}, without trailing zeros; null when not
   *     given
   * @param at when it was published
   */
  public record Answer(ResidentId by, Response response, String reason, @Nullable BigDecimal cost,
      Instant at) {
    /**
     * Checks the parts and normalises the cost.
     *
     * @param by the committee member who published it
     * @param response accepted, rejected or under study
     * @param reason the committee's reasons, not blank
     * @param cost the estimated cost in yuan, {@code >= 0}; null when not given
     * @param at when it was published
     * @throws IllegalArgumentException if the reason is blank or the cost negative
     */
    public Answer {
      checkNotNull(by, "by");
      checkNotNull(response, "response");
      checkNotNull(at, "at");
      checkArgument(reason != null && !reason.isBlank(), "answer.reason: must not be blank");
      checkArgument(cost == null || cost.signum() >= 0, "answer.cost: must be >= 0, was %s",
          cost);
      cost = cost == null ? null : Decimals.normalise(cost);
    }
  }

  /**
   * An idea: a proposal of a resident on the topic.
   *
   * @param id the idea's id, {@code "idea-1"}, {@code "idea-2"} … in order of posting
   * @param author who posted it (for an idea raised from an amendment, the amendment's author)
   * @param title a short title, not blank
   * @param text the idea, not blank; after an accepted amendment, the amendment's text
   * @param postedAt when it was posted
   * @param revision 1, plus one for each accepted amendment
   * @param fromAmendment the rejected amendment it was raised from; null for an idea posted
   *     directly
   * @param supporters who supports it now, sorted, each once
   * @param hidden the moderation that hid it; null while visible
   * @param answers the committee's answers, oldest first; empty until answered
   */
  public record Idea(String id, ResidentId author, String title, String text, Instant postedAt,
      int revision, @Nullable String fromAmendment, List<ResidentId> supporters,
      @Nullable Hiding hidden, List<Answer> answers) {
    /**
     * Checks the parts and copies the lists; supporters are kept sorted.
     *
     * @param id the idea's id, {@code "idea-1"}, {@code "idea-2"} … in order of posting
     * @param author who posted it (for an idea raised from an amendment, the amendment's author)
     * @param title a short title, not blank
     * @param text the idea, not blank; after an accepted amendment, the amendment's text
     * @param postedAt when it was posted
     * @param revision 1, plus one for each accepted amendment
     * @param fromAmendment the rejected amendment it was raised from; null for an idea posted
     *     directly
     * @param supporters who supports it now, sorted, each once
     * @param hidden the moderation that hid it; null while visible
     * @param answers the committee's answers, oldest first; empty until answered
     * @throws IllegalArgumentException if a supporter appears twice or the revision is below 1
     */
    public Idea {
      checkNotNull(id, "id");
      checkNotNull(author, "author");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(postedAt, "postedAt");
      checkArgument(revision >= 1, "idea %s: revision must be >= 1, was %s", id, revision);
      ImmutableSortedSet<ResidentId> sorted = ImmutableSortedSet.copyOf(supporters);
      checkArgument(sorted.size() == supporters.size(), "idea %s: a supporter appears twice", id);
      supporters = sorted.asList();
      answers = List.copyOf(answers);
    }

    /** {@return the number of residents supporting the idea now} */
    public int supports() {
      return supporters.size();
    }

    /** {@return the latest answer of the committee, if any} */
    public Optional<Answer> answer() {
      return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    Idea withSupporters(List<ResidentId> next) {
      return new Idea(id, author, title, text, postedAt, revision, fromAmendment, next, hidden,
          answers);
    }

    Idea withText(String nextTitle, String nextText) {
      return new Idea(id, author, nextTitle, nextText, postedAt, revision + 1, fromAmendment,
          supporters, hidden, answers);
    }

    Idea withHidden(Hiding hiding) {
      return new Idea(id, author, title, text, postedAt, revision, fromAmendment, supporters,
          hiding, answers);
    }

    Idea withAnswer(Answer answer) {
      List<Answer> next = new ArrayList<>(answers);
      next.add(answer);
      return new Idea(id, author, title, text, postedAt, revision, fromAmendment, supporters,
          hidden, next);
    }
  }

  /**
   * A comment on an idea.
   *
   * @param id the comment's id, {@code "comment-1"}, {@code "comment-2"} … in order of posting
   * @param idea the idea it is about
   * @param author who wrote it
   * @param stance for, against, or neutral
   * @param text the comment, not blank
   * @param postedAt when it was posted
   * @param hidden the moderation that hid it; null while visible
   */
  public record Comment(String id, String idea, ResidentId author, Stance stance, String text,
      Instant postedAt, @Nullable Hiding hidden) {
    /**
     * Checks that no part is missing.
     *
     * @param id the comment's id, {@code "comment-1"}, {@code "comment-2"} … in order of posting
     * @param idea the idea it is about
     * @param author who wrote it
     * @param stance for, against, or neutral
     * @param text the comment, not blank
     * @param postedAt when it was posted
     * @param hidden the moderation that hid it; null while visible
     */
    public Comment {
      checkNotNull(id, "id");
      checkNotNull(idea, "idea");
      checkNotNull(author, "author");
      checkNotNull(stance, "stance");
      checkNotNull(text, "text");
      checkNotNull(postedAt, "postedAt");
    }

    Comment withHidden(Hiding hiding) {
      return new Comment(id, idea, author, stance, text, postedAt, hiding);
    }
  }

  /**
   * A proposed change to an idea, which the idea's author accepts or rejects.
   *
   * @param id the amendment's id, {@code "amendment-1"} … in order of proposal
   * @param idea the idea it would change
   * @param author who proposed it
   * @param title the title the idea would take, not blank
   * @param text the text the idea would take, not blank
   * @param proposedAt when it was proposed
   * @param status pending, accepted or rejected
   * @param note the idea author's note on accepting or rejecting it; empty while pending
   * @param promotedTo the idea it was raised to after its rejection; null otherwise
   * @param hidden the moderation that hid it; null while visible
   */
  public record Amendment(String id, String idea, ResidentId author, String title, String text,
      Instant proposedAt, AmendmentStatus status, String note, @Nullable String promotedTo,
      @Nullable Hiding hidden) {
    /**
     * Checks that no part is missing.
     *
     * @param id the amendment's id, {@code "amendment-1"} … in order of proposal
     * @param idea the idea it would change
     * @param author who proposed it
     * @param title the title the idea would take, not blank
     * @param text the text the idea would take, not blank
     * @param proposedAt when it was proposed
     * @param status pending, accepted or rejected
     * @param note the idea author's note on accepting or rejecting it; empty while pending
     * @param promotedTo the idea it was raised to after its rejection; null otherwise
     * @param hidden the moderation that hid it; null while visible
     */
    public Amendment {
      checkNotNull(id, "id");
      checkNotNull(idea, "idea");
      checkNotNull(author, "author");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(proposedAt, "proposedAt");
      checkNotNull(status, "status");
      checkNotNull(note, "note");
    }

    Amendment decided(AmendmentStatus next, String why) {
      return new Amendment(id, idea, author, title, text, proposedAt, next, why, promotedTo,
          hidden);
    }

    Amendment promoted(String ideaId) {
      return new Amendment(id, idea, author, title, text, proposedAt, status, note, ideaId,
          hidden);
    }

    Amendment withHidden(Hiding hiding) {
      return new Amendment(id, idea, author, title, text, proposedAt, status, note, promotedTo,
          hiding);
    }
  }

  /**
   * One idea's count at the close.
   *
   * @param idea the idea's id
   * @param supports its supporters at the close, {@code >= 0}
   * @param hidden whether a moderator had hidden it (a hidden idea is never admitted)
   * @param admitted whether it met the admission quorum and was visible
   */
  public record Tally(String idea, long supports, boolean hidden, boolean admitted) {
    /**
     * Checks the parts.
     *
     * @param idea the idea's id
     * @param supports its supporters at the close, {@code >= 0}
     * @param hidden whether a moderator had hidden it (a hidden idea is never admitted)
     * @param admitted whether it met the admission quorum and was visible
     */
    public Tally {
      checkNotNull(idea, "idea");
      checkArgument(supports >= 0, "tally %s: supports must be >= 0, was %s", idea, supports);
    }
  }

  /**
   * What the close decided, with the figures that justify it.
   *
   * @param closedAt when the hall closed (the end of the open or verification period)
   * @param quorum the admission quorum applied
   * @param eligible the number of eligible residents
   * @param required the supporters an idea needed, {@code quorum.required(eligible)}
   * @param tallies every idea's count, in order of posting
   * @param forwarded the ideas sent to the committee, most supported first (ties in order of
   *     posting)
   */
  public record Result(Instant closedAt, AdmissionQuorum quorum, long eligible, long required,
      List<Tally> tallies, List<String> forwarded) {
    /**
     * Checks that no part is missing and copies the lists.
     *
     * @param closedAt when the hall closed (the end of the open or verification period)
     * @param quorum the admission quorum applied
     * @param eligible the number of eligible residents
     * @param required the supporters an idea needed, {@code quorum.required(eligible)}
     * @param tallies every idea's count, in order of posting
     * @param forwarded the ideas sent to the committee, most supported first (ties in order of
     *     posting)
     */
    public Result {
      checkNotNull(closedAt, "closedAt");
      checkNotNull(quorum, "quorum");
      tallies = List.copyOf(tallies);
      forwarded = List.copyOf(forwarded);
    }

    /**
     * {@return the quorum in words, e.g. "the larger of 10 supporters and 1/20 … : 10
     * supporters"}
     */
    public String explainQuorum() {
      return quorum.explain(eligible);
    }
  }

  /**
   * Checks that no list is missing and copies them.
   *
   * @param stage where the hall stands
   * @param publishedAt when the topic was published; null while {@link Stage#SCHEDULED}
   * @param closesAt when the open period ends (exclusive: an action at this instant is late); null
   *     while scheduled
   * @param verificationEndsAt when the frozen verification period ends; null while scheduled or
   *     when the hall has no verification period
   * @param eligible the number of eligible residents (the electorate's size), fixed at publication;
   *     the base of a share quorum
   * @param supportsHidden whether supports and results are hidden from the public until the close
   *     (the {@code hideSupports} parameter)
   * @param ideas the ideas in the order they were posted
   * @param comments the comments in the order they were posted
   * @param amendments the amendments in the order they were proposed
   * @param result the result of the close; null until {@link Stage#CLOSED}
   * @throws IllegalArgumentException if {
   */
  public HallState {
    checkNotNull(stage, "stage");
    checkArgument(eligible >= 0, "eligible must be >= 0, was %s", eligible);
    ideas = List.copyOf(ideas);
    comments = List.copyOf(comments);
    amendments = List.copyOf(amendments);
  }

  /** {@return the state of a hall not yet published} */
  static HallState scheduled(boolean supportsHidden) {
    return new HallState(Stage.SCHEDULED, null, null, null, 0, supportsHidden, List.of(),
        List.of(), List.of(), null);
  }

  /**
   * {@return the idea with this id, if any}
   *
   * @param id an idea's id, e.g. {@code "idea-3"}
   */
  public Optional<Idea> idea(String id) {
    return ideas.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * {@return the amendment with this id, if any}
   *
   * @param id an amendment's id, e.g. {@code "amendment-1"}
   */
  public Optional<Amendment> amendment(String id) {
    return amendments.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * {@return how many ideas the resident supports now, {@code >= 0}}
   *
   * @param resident a resident
   */
  public int supportsGivenBy(ResidentId resident) {
    int n = 0;
    for (Idea idea : ideas) {
      if (idea.supporters().contains(resident)) {
        n++;
      }
    }
    return n;
  }

  /** {@return whether residents may still act on ideas (open or verification)} */
  public boolean isRunning() {
    return stage == Stage.OPEN || stage == Stage.VERIFICATION;
  }

  /**
   * What the public sees: hidden posts show their moderation reason instead of their text, and
   * while {@link #supportsHidden()} holds and the hall has not closed, no support count, no
   * supporter and no result is shown.
   *
   * @return the view for a visitor who is not signed in
   */
  public HallView publicView() {
    return HallView.of(this, null);
  }

  /**
   * What one resident sees: the {@linkplain #publicView() public view}, plus which ideas the
   * resident supports (residents always see their own supports, hidden or not).
   *
   * @param viewer the resident looking
   * @return the view
   */
  public HallView publicView(ResidentId viewer) {
    checkNotNull(viewer, "viewer");
    return HallView.of(this, viewer);
  }
}
