package io.yishi.core.method.hall;

import io.yishi.core.community.ResidentId;
import io.yishi.core.method.hall.HallState.Answer;
import io.yishi.core.method.hall.HallState.Stage;
import io.yishi.core.method.hall.HallState.Stance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a portal may show of the hall: hidden posts reduced to their moderation reason, and, while
 * supports are hidden and the hall has not closed, no support count, no supporter and no result.
 * Built by {@link HallState#publicView()}.
 *
 * @param stage where the hall stands
 * @param closesAt when the open period ends; null while scheduled
 * @param verificationEndsAt when the verification period ends; null if there is none
 * @param supportsShown whether support counts are shown (false while hidden before the close)
 * @param ideas the ideas in the order they were posted
 * @param comments the comments in the order they were posted
 * @param result the close's result; null before the close
 */
public record HallView(Stage stage, @Nullable Instant closesAt,
    @Nullable Instant verificationEndsAt, boolean supportsShown, List<IdeaView> ideas,
    List<CommentView> comments, HallState.@Nullable Result result) {

  /**
   * One idea as shown.
   *
   * @param id the idea's id
   * @param author who posted it
   * @param title its title; empty if hidden
   * @param text its text; empty if hidden
   * @param hiddenBecause the moderator's reason; empty while visible
   * @param supports its supporters now; null while supports are hidden
   * @param supportedByViewer whether the viewing resident supports it (false for the public)
   * @param commentsFor the visible comments for it
   * @param commentsAgainst the visible comments against it
   * @param answer the committee's latest answer; null until answered
   */
  public record IdeaView(String id, ResidentId author, String title, String text,
      String hiddenBecause, @Nullable Integer supports, boolean supportedByViewer,
      int commentsFor, int commentsAgainst, @Nullable Answer answer) {}

  /**
   * One comment as shown.
   *
   * @param id the comment's id
   * @param idea the idea it is about
   * @param author who wrote it
   * @param stance for, against or neutral
   * @param text the comment; empty if hidden
   * @param hiddenBecause the moderator's reason; empty while visible
   */
  public record CommentView(String id, String idea, ResidentId author, Stance stance, String text,
      String hiddenBecause) {}

  /**
   * Copies the lists.
   *
   * @param stage where the hall stands
   * @param closesAt when the open period ends; null while scheduled
   * @param verificationEndsAt when the verification period ends; null if there is none
   * @param supportsShown whether support counts are shown (false while hidden before the close)
   * @param ideas the ideas in the order they were posted
   * @param comments the comments in the order they were posted
   * @param result the close's result; null before the close
   */
  public HallView {
    ideas = List.copyOf(ideas);
    comments = List.copyOf(comments);
  }

  static HallView of(HallState state, @Nullable ResidentId viewer) {
    boolean closed = state.stage() == Stage.CLOSED || state.stage() == Stage.ANSWERED;
    boolean shown = closed || !state.supportsHidden();
    List<IdeaView> ideas = new ArrayList<>();
    for (HallState.Idea idea : state.ideas()) {
      int pro = 0;
      int contra = 0;
      for (HallState.Comment c : state.comments()) {
        if (c.idea().equals(idea.id()) && c.hidden() == null) {
          pro += c.stance() == Stance.FOR ? 1 : 0;
          contra += c.stance() == Stance.AGAINST ? 1 : 0;
        }
      }
      boolean hidden = idea.hidden() != null;
      ideas.add(new IdeaView(idea.id(), idea.author(), hidden ? "" : idea.title(),
          hidden ? "" : idea.text(), hidden ? idea.hidden().reason() : "",
          shown ? idea.supports() : null,
          viewer != null && idea.supporters().contains(viewer), pro, contra,
          idea.answer().orElse(null)));
    }
    List<CommentView> comments = new ArrayList<>();
    for (HallState.Comment c : state.comments()) {
      boolean hidden = c.hidden() != null;
      comments.add(new CommentView(c.id(), c.idea(), c.author(), c.stance(),
          hidden ? "" : c.text(), hidden ? c.hidden().reason() : ""));
    }
    return new HallView(state.stage(), state.closesAt(), state.verificationEndsAt(), shown, ideas,
        comments, closed ? state.result() : null);
  }
}
