package io.yishi.core.method.hall;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.method.hall.HallState.Answer;
import io.yishi.core.method.hall.HallState.Result;
import io.yishi.core.method.hall.HallState.Stance;
import io.yishi.core.spi.Fact;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the online hall's log records. The first three come from the clock ({@link
 * io.yishi.core.spi.Procedure#due}): the topic's publication, the start of the verification
 * period, and the close; the others from {@link HallAction}s. Each carries its own time, so that
 * the hall's state never depends on when the log is replayed.
 */
public sealed interface HallFact extends Fact {

  /**
   * The topic was published; the open period runs until {@code closesAt}.
   *
   * @param at when (the {@code opensAt} parameter, or the first moment the hall was asked)
   * @param closesAt the end of the open period
   * @param verificationEndsAt the end of the verification period; null if there is none
   * @param eligible the number of eligible residents, {@code >= 0}
   */
  record TopicPublished(Instant at, Instant closesAt, @Nullable Instant verificationEndsAt,
      long eligible) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param at when (the {@code opensAt} parameter, or the first moment the hall was asked)
     * @param closesAt the end of the open period
     * @param verificationEndsAt the end of the verification period; null if there is none
     * @param eligible the number of eligible residents, {@code >= 0}
     */
    public TopicPublished {
      checkNotNull(at, "at");
      checkNotNull(closesAt, "closesAt");
    }

    @Override
    public String type() {
      return "topic-published";
    }
  }

  /**
   * An idea was posted.
   *
   * @param idea the new idea's id
   * @param by its author
   * @param title its title
   * @param text its text
   * @param at when
   */
  record IdeaPosted(String idea, ResidentId by, String title, String text, Instant at)
      implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param idea the new idea's id
     * @param by its author
     * @param title its title
     * @param text its text
     * @param at when
     */
    public IdeaPosted {
      checkNotNull(idea, "idea");
      checkNotNull(by, "by");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "hall-idea-posted";
    }
  }

  /**
   * A comment was posted on an idea.
   *
   * @param comment the new comment's id
   * @param idea the idea's id
   * @param by its author
   * @param stance for, against or neutral
   * @param text the comment
   * @param at when
   */
  record CommentPosted(String comment, String idea, ResidentId by, Stance stance, String text,
      Instant at) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param comment the new comment's id
     * @param idea the idea's id
     * @param by its author
     * @param stance for, against or neutral
     * @param text the comment
     * @param at when
     */
    public CommentPosted {
      checkNotNull(comment, "comment");
      checkNotNull(idea, "idea");
      checkNotNull(by, "by");
      checkNotNull(stance, "stance");
      checkNotNull(text, "text");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "hall-comment-posted";
    }
  }

  /**
   * A resident began to support an idea.
   *
   * @param idea the idea's id
   * @param by the supporter
   * @param at when
   */
  record IdeaSupported(String idea, ResidentId by, Instant at) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param idea the idea's id
     * @param by the supporter
     * @param at when
     */
    public IdeaSupported {
      checkNotNull(idea, "idea");
      checkNotNull(by, "by");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "idea-supported";
    }
  }

  /**
   * A resident withdrew their support from an idea.
   *
   * @param idea the idea's id
   * @param by the former supporter
   * @param at when
   */
  record SupportWithdrawn(String idea, ResidentId by, Instant at) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param idea the idea's id
     * @param by the former supporter
     * @param at when
     */
    public SupportWithdrawn {
      checkNotNull(idea, "idea");
      checkNotNull(by, "by");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "idea-support-withdrawn";
    }
  }

  /**
   * An amendment to an idea was proposed.
   *
   * @param amendment the new amendment's id
   * @param idea the idea's id
   * @param by its author
   * @param title the title the idea would take
   * @param text the text the idea would take
   * @param at when
   */
  record AmendmentProposed(String amendment, String idea, ResidentId by, String title,
      String text, Instant at) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param amendment the new amendment's id
     * @param idea the idea's id
     * @param by its author
     * @param title the title the idea would take
     * @param text the text the idea would take
     * @param at when
     */
    public AmendmentProposed {
      checkNotNull(amendment, "amendment");
      checkNotNull(idea, "idea");
      checkNotNull(by, "by");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "amendment-proposed";
    }
  }

  /**
   * The idea's author accepted or rejected an amendment.
   *
   * @param amendment the amendment's id
   * @param accepted true if accepted (the idea now reads as the amendment), false if rejected
   * @param by the idea's author
   * @param note the author's note
   * @param at when
   */
  record AmendmentDecided(String amendment, boolean accepted, ResidentId by, String note,
      Instant at) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param amendment the amendment's id
     * @param accepted true if accepted (the idea now reads as the amendment), false if rejected
     * @param by the idea's author
     * @param note the author's note
     * @param at when
     */
    public AmendmentDecided {
      checkNotNull(amendment, "amendment");
      checkNotNull(by, "by");
      checkNotNull(note, "note");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "amendment-decided";
    }
  }

  /**
   * A rejected amendment was raised to an idea of its own, with its title and text.
   *
   * @param amendment the amendment's id
   * @param idea the new idea's id
   * @param by the amendment's author, now the idea's author
   * @param at when
   */
  record AmendmentPromoted(String amendment, String idea, ResidentId by, Instant at)
      implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param amendment the amendment's id
     * @param idea the new idea's id
     * @param by the amendment's author, now the idea's author
     * @param at when
     */
    public AmendmentPromoted {
      checkNotNull(amendment, "amendment");
      checkNotNull(idea, "idea");
      checkNotNull(by, "by");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "amendment-promoted";
    }
  }

  /**
   * A moderator hid a post.
   *
   * @param post the post's id
   * @param by the moderator
   * @param reason why
   * @param at when
   */
  record PostHidden(String post, ResidentId by, String reason, Instant at) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param post the post's id
     * @param by the moderator
     * @param reason why
     * @param at when
     */
    public PostHidden {
      checkNotNull(post, "post");
      checkNotNull(by, "by");
      checkNotNull(reason, "reason");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "post-hidden";
    }
  }

  /**
   * The open period ended and the frozen verification period began.
   *
   * @param at the end of the open period
   * @param endsAt the end of the verification period
   */
  record VerificationBegan(Instant at, Instant endsAt) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param at the end of the open period
     * @param endsAt the end of the verification period
     */
    public VerificationBegan {
      checkNotNull(at, "at");
      checkNotNull(endsAt, "endsAt");
    }

    @Override
    public String type() {
      return "verification-began";
    }
  }

  /**
   * The hall closed: the supports were counted against the admission quorum and the forwarded
   * ideas went to the committee.
   *
   * @param result the figures and the forwarded ideas
   */
  record HallClosed(Result result) implements HallFact {
    /**
     * Checks that the result is there.
     *
     * @param result the figures and the forwarded ideas
     */
    public HallClosed {
      checkNotNull(result, "result");
    }

    @Override
    public String type() {
      return "hall-closed";
    }
  }

  /**
   * The committee published its answer on a forwarded idea.
   *
   * @param idea the idea's id
   * @param answer the answer
   */
  record IdeaAnswered(String idea, Answer answer) implements HallFact {
    /**
     * Checks that no part is missing.
     *
     * @param idea the idea's id
     * @param answer the answer
     */
    public IdeaAnswered {
      checkNotNull(idea, "idea");
      checkNotNull(answer, "answer");
    }

    @Override
    public String type() {
      return "idea-answered";
    }
  }
}
