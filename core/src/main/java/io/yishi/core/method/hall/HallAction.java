package io.yishi.core.method.hall;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.method.hall.HallState.Response;
import io.yishi.core.method.hall.HallState.Stance;
import io.yishi.core.spi.Action;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What residents, moderators and the committee do in the online hall. A portal wraps each in
 * {@code Command.Act}; the hall checks it against its state and records the matching {@link
 * HallFact}, or refuses it with an {@link io.yishi.core.spi.InvalidActionException} naming the
 * field, the value and the rule. Texts are checked there (not blank), so that a portal receives
 * the same kind of error for every mistake.
 *
 * <p>Posts are named by id: ideas {@code "idea-1"}, comments {@code "comment-1"}, amendments
 * {@code "amendment-1"}, numbered in order of posting.
 */
public sealed interface HallAction extends Action {

  /**
   * An eligible resident posts an idea; accepted while the hall is open.
   *
   * @param by the author, a member of the electorate
   * @param title a short title, not blank, at most 200 characters
   * @param text the idea, not blank, at most 5,000 characters
   */
  record ProposeIdea(ResidentId by, String title, String text) implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the author, a member of the electorate
     * @param title a short title, not blank, at most 200 characters
     * @param text the idea, not blank, at most 5,000 characters
     */
    public ProposeIdea {
      checkNotNull(by, "by");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "propose-idea";
    }
  }

  /**
   * An eligible resident comments on a visible idea, for it, against it, or neutrally; accepted
   * while the hall is open or in verification.
   *
   * @param by the author, a member of the electorate
   * @param idea the idea's id
   * @param stance for, against or neutral
   * @param text the comment, not blank, at most 5,000 characters
   */
  record CommentOnIdea(ResidentId by, String idea, Stance stance, String text)
      implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the author, a member of the electorate
     * @param idea the idea's id
     * @param stance for, against or neutral
     * @param text the comment, not blank, at most 5,000 characters
     */
    public CommentOnIdea {
      checkNotNull(by, "by");
      checkNotNull(idea, "idea");
      checkNotNull(stance, "stance");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "comment-on-idea";
    }
  }

  /**
   * An eligible resident supports a visible idea: once per idea, within the hall's cap per
   * person, while the hall is open or in verification.
   *
   * @param by the supporter, a member of the electorate
   * @param idea the idea's id
   */
  record SupportIdea(ResidentId by, String idea) implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the supporter, a member of the electorate
     * @param idea the idea's id
     */
    public SupportIdea {
      checkNotNull(by, "by");
      checkNotNull(idea, "idea");
    }

    @Override
    public String kind() {
      return "support-idea";
    }
  }

  /**
   * A supporter withdraws their support, while the hall is open or in verification.
   *
   * @param by the supporter
   * @param idea the idea's id
   */
  record WithdrawSupport(ResidentId by, String idea) implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the supporter
     * @param idea the idea's id
     */
    public WithdrawSupport {
      checkNotNull(by, "by");
      checkNotNull(idea, "idea");
    }

    @Override
    public String kind() {
      return "withdraw-support";
    }
  }

  /**
   * An eligible resident proposes a new title and text for a visible idea; accepted while the
   * hall is open (not while frozen for verification).
   *
   * @param by the amendment's author, a member of the electorate
   * @param idea the idea's id
   * @param title the title the idea would take, not blank, at most 200 characters
   * @param text the text the idea would take, not blank, at most 5,000 characters
   */
  record ProposeAmendment(ResidentId by, String idea, String title, String text)
      implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the amendment's author, a member of the electorate
     * @param idea the idea's id
     * @param title the title the idea would take, not blank, at most 200 characters
     * @param text the text the idea would take, not blank, at most 5,000 characters
     */
    public ProposeAmendment {
      checkNotNull(by, "by");
      checkNotNull(idea, "idea");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "propose-amendment";
    }
  }

  /**
   * The idea's author takes over a pending amendment: the idea now reads as the amendment.
   * Accepted while the hall is open.
   *
   * @param by the idea's author
   * @param amendment the amendment's id
   * @param note a note for the record; may be empty
   */
  record AcceptAmendment(ResidentId by, String amendment, String note) implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the idea's author
     * @param amendment the amendment's id
     * @param note a note for the record; may be empty
     */
    public AcceptAmendment {
      checkNotNull(by, "by");
      checkNotNull(amendment, "amendment");
      checkNotNull(note, "note");
    }

    @Override
    public String kind() {
      return "accept-amendment";
    }
  }

  /**
   * The idea's author declines a pending amendment. Accepted while the hall is open.
   *
   * @param by the idea's author
   * @param amendment the amendment's id
   * @param note why, for the record, not blank
   */
  record RejectAmendment(ResidentId by, String amendment, String note) implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the idea's author
     * @param amendment the amendment's id
     * @param note why, for the record, not blank
     */
    public RejectAmendment {
      checkNotNull(by, "by");
      checkNotNull(amendment, "amendment");
      checkNotNull(note, "note");
    }

    @Override
    public String kind() {
      return "reject-amendment";
    }
  }

  /**
   * The author of a rejected amendment lets it stand as an idea of its own, with the amendment's
   * title and text; accepted once per amendment while the hall is open.
   *
   * @param by the amendment's author
   * @param amendment the amendment's id
   */
  record PromoteAmendment(ResidentId by, String amendment) implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the amendment's author
     * @param amendment the amendment's id
     */
    public PromoteAmendment {
      checkNotNull(by, "by");
      checkNotNull(amendment, "amendment");
    }

    @Override
    public String kind() {
      return "promote-amendment";
    }
  }

  /**
   * A moderator hides a post with a reason; the post stays in the record and the public sees the
   * reason. Ideas can be hidden until the close; comments and amendments at any time.
   *
   * @param by the moderator (one of the {@code moderators}, or of the {@code committee} when no
   *     moderators are named)
   * @param post the post's id: {@code "idea-…"}, {@code "comment-…"} or {@code "amendment-…"}
   * @param reason why, for the public, not blank, at most 500 characters
   */
  record HidePost(ResidentId by, String post, String reason) implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by the moderator (one of the {@code moderators}, or of the {@code committee} when no
     *     moderators are named)
     * @param post the post's id: {@code "idea-…"}, {@code "comment-…"} or {@code "amendment-…"}
     * @param reason why, for the public, not blank, at most 500 characters
     */
    public HidePost {
      checkNotNull(by, "by");
      checkNotNull(post, "post");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "hide-post";
    }
  }

  /**
   * A committee member publishes the committee's answer on a forwarded idea, after the close. An
   * idea answered "under study" may be answered again; an accepted or rejected idea may not.
   *
   * @param by a member of the {@code committee}
   * @param idea the forwarded idea's id
   * @param response accepted, rejected or under study
   * @param reason the committee's reasons, not blank, at most 5,000 characters
   * @param cost the estimated cost in yuan, {@code >= 0}; null when not given
   */
  record AnswerIdea(ResidentId by, String idea, Response response, String reason,
      @Nullable BigDecimal cost) implements HallAction {
    /**
     * Checks that no part is missing.
     *
     * @param by a member of the {@code committee}
     * @param idea the forwarded idea's id
     * @param response accepted, rejected or under study
     * @param reason the committee's reasons, not blank, at most 5,000 characters
     * @param cost the estimated cost in yuan, {@code >= 0}; null when not given
     */
    public AnswerIdea {
      checkNotNull(by, "by");
      checkNotNull(idea, "idea");
      checkNotNull(response, "response");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "answer-idea";
    }
  }
}
