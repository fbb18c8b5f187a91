package io.yishi.core.method.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import java.util.List;

/**
 * The actions of the {@code workflow} method, submitted with {@code Command.Act}. Each applies
 * to the current stage; which are accepted depends on the stage's kind and gate (see {@link
 * WorkflowMethod}). The JSON type name of each is its {@link #kind()}.
 */
public sealed interface WorkflowAction extends Action permits WorkflowAction.SubmitPlan,
    WorkflowAction.RecordOpinion, WorkflowAction.RecordMinutes, WorkflowAction.CirculatePlan,
    WorkflowAction.HoldStageVote, WorkflowAction.PublishNotice {

  /**
   * The stage's actor submits the plan, or a revision of it ({@code submit-plan}); accepted in
   * deliberation and decision stages. A revision needs a reason (e.g. "revised with the members'
   * opinions") and voids any vote on the earlier revision in the current stage.
   *
   * @param by the resident acting for the stage's actor
   * @param title the plan's title, not blank
   * @param text the plan, not blank
   * @param reason why it was revised; empty for the first submission
   */
  record SubmitPlan(ResidentId by, String title, String text, String reason)
      implements WorkflowAction {
    /**
     * Checks that no part is null.
     *
     * @param by the resident acting for the stage's actor
     * @param title the plan's title, not blank
     * @param text the plan, not blank
     * @param reason why it was revised; empty for the first submission
     */
    public SubmitPlan {
      checkNotNull(by, "by");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "submit-plan";
    }
  }

  /**
   * A resident, Party member or representative gives an opinion on the matter ({@code
   * record-stage-opinion}); accepted in deliberation and decision stages.
   *
   * @param by the resident giving the opinion
   * @param text the opinion, not blank
   */
  record RecordOpinion(ResidentId by, String text) implements WorkflowAction {
    /**
     * Checks that no part is null.
     *
     * @param by the resident giving the opinion
     * @param text the opinion, not blank
     */
    public RecordOpinion {
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "record-stage-opinion";
    }
  }

  /**
   * The stage's actor records the minutes of a meeting ({@code record-stage-minutes}); accepted
   * in deliberation and decision stages.
   *
   * @param by the resident keeping the minutes
   * @param text the minutes, not blank
   */
  record RecordMinutes(ResidentId by, String text) implements WorkflowAction {
    /**
     * Checks that no part is null.
     *
     * @param by the resident keeping the minutes
     * @param text the minutes, not blank
     */
    public RecordMinutes {
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "record-stage-minutes";
    }
  }

  /**
   * The stage's actor sends the plan's current revision to the members of the stage's body
   * ({@code circulate-plan}); accepted where the gate asks for it.
   *
   * @param by the resident sending it
   * @param channel how it was sent, e.g. {@code "printed copy to each member"}, not blank
   */
  record CirculatePlan(ResidentId by, String channel) implements WorkflowAction {
    /**
     * Checks that no part is null.
     *
     * @param by the resident sending it
     * @param channel how it was sent, e.g. {@code "printed copy to each member"}, not blank
     */
    public CirculatePlan {
      checkNotNull(by, "by");
      checkNotNull(channel, "channel");
    }

    @Override
    public String kind() {
      return "circulate-plan";
    }
  }

  /**
   * The stage's actor records a meeting of the stage's body and the vote taken there ({@code
   * hold-stage-vote}): who was present and the ballots, which the stage's rule counts if the
   * attendance requirement is met. Record a present member who does not vote as an abstention in
   * the rule's ballot type where the rule's base is "present".
   *
   * @param by the resident chairing or recording the meeting
   * @param question what was put to the vote; empty for the plan's current revision
   * @param present the members of the body present, distinct
   * @param ballots the ballots, of the rule's type, at most one per present member
   */
  record HoldStageVote(ResidentId by, String question, List<MemberId> present,
      List<Ballot> ballots) implements WorkflowAction {
    /**
     * Checks that no part is null and copies the lists.
     *
     * @param by the resident chairing or recording the meeting
     * @param question what was put to the vote; empty for the plan's current revision
     * @param present the members of the body present, distinct
     * @param ballots the ballots, of the rule's type, at most one per present member
     */
    public HoldStageVote {
      checkNotNull(by, "by");
      checkNotNull(question, "question");
      present = List.copyOf(present);
      ballots = List.copyOf(ballots);
    }

    @Override
    public String kind() {
      return "hold-stage-vote";
    }
  }

  /**
   * The stage's actor publishes the stage's notice ({@code publish-notice}): the resolution or the
   * implementation result; accepted once in a disclosure stage.
   *
   * @param by the resident publishing it
   * @param channels where it is published, e.g. {@code "notice board"}, {@code "online hall"};
   *     at least one
   * @param text what is published, not blank
   */
  record PublishNotice(ResidentId by, List<String> channels, String text)
      implements WorkflowAction {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param by the resident publishing it
     * @param channels where it is published, e.g. {@code "notice board"}, {@code "online hall"}; at
     *     least one
     * @param text what is published, not blank
     */
    public PublishNotice {
      checkNotNull(by, "by");
      channels = List.copyOf(channels);
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "publish-notice";
    }
  }
}
