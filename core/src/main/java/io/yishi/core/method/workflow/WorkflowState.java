package io.yishi.core.method.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a workflow stands: the current stage, the plan, what the current stage has recorded
 * towards its gate, and what its gate still lacks. A consultation run with the {@code workflow}
 * method holds one as its method state ({@code ConsultationState.methodState()}); a portal shows
 * {@link #unmet()} next to the stage.
 *
 * @param stage the current stage's id
 * @param passed the ids of the stages passed, in order
 * @param revision the plan's current revision, 0 before a plan is submitted
 * @param title the plan's current title, empty before
 * @param text the plan's current text, empty before
 * @param opinions opinions recorded in the current stage
 * @param minutes minutes recorded in the current stage
 * @param circulatedRevision the revision sent to the body in the current stage, 0 if none
 * @param circulatedAt when it was sent, or null
 * @param votes votes held in the current stage
 * @param adoptedRevision the revision an adopted vote of the current stage was on, 0 if none
 * @param lastVote the latest vote of the current stage in words, empty if none
 * @param noticeUntil when the current stage's notice period ends, or null before publication
 * @param noticeEnded true once that period has ended
 * @param unmet the current stage's gate conditions not yet met, in words; empty when it may pass
 * @param complete true when the last stage's gate is met: the workflow is done
 */
public record WorkflowState(String stage, List<String> passed, int revision, String title,
    String text, int opinions, int minutes, int circulatedRevision, @Nullable Instant circulatedAt,
    int votes, int adoptedRevision, String lastVote, @Nullable Instant noticeUntil,
    boolean noticeEnded, List<String> unmet, boolean complete) {

  /**
   * Checks that no part but the instants is null and copies the lists.
   *
   * @param stage the current stage's id
   * @param passed the ids of the stages passed, in order
   * @param revision the plan's current revision, 0 before a plan is submitted
   * @param title the plan's current title, empty before
   * @param text the plan's current text, empty before
   * @param opinions opinions recorded in the current stage
   * @param minutes minutes recorded in the current stage
   * @param circulatedRevision the revision sent to the body in the current stage, 0 if none
   * @param circulatedAt when it was sent, or null
   * @param votes votes held in the current stage
   * @param adoptedRevision the revision an adopted vote of the current stage was on, 0 if none
   * @param lastVote the latest vote of the current stage in words, empty if none
   * @param noticeUntil when the current stage's notice period ends, or null before publication
   * @param noticeEnded true once that period has ended
   * @param unmet the current stage's gate conditions not yet met, in words; empty when it may pass
   * @param complete true when the last stage's gate is met: the workflow is done
   */
  public WorkflowState {
    checkNotNull(stage, "stage");
    passed = List.copyOf(passed);
    checkNotNull(title, "title");
    checkNotNull(text, "text");
    checkNotNull(lastVote, "lastVote");
    unmet = List.copyOf(unmet);
  }

  /** {@return a copy entering {@code next}: the plan kept, the stage's records cleared} */
  WorkflowState enter(String next, List<String> nowPassed) {
    return new WorkflowState(next, nowPassed, revision, title, text, 0, 0, 0, null, 0, 0, "",
        null, false, List.of(), false);
  }
}
