package io.yishi.core.method.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Fact;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code workflow} method records, each fact in one stage. The JSON type name of each is
 * its {@link #type()}.
 */
public sealed interface WorkflowFact extends Fact permits WorkflowFact.PlanSubmitted,
    WorkflowFact.OpinionRecorded, WorkflowFact.MinutesRecorded, WorkflowFact.PlanCirculated,
    WorkflowFact.StageVoteHeld, WorkflowFact.NoticePublished, WorkflowFact.NoticePeriodEnded,
    WorkflowFact.StagePassed {

  /** {@return the id of the stage the fact belongs to} */
  String stage();

  /**
   * A plan, or a revision of it, was submitted ({@code plan-submitted}).
   *
   * @param stage the stage
   * @param revision the revision's number, from 1
   * @param by who submitted it
   * @param title the title
   * @param text the plan
   * @param reason why it was revised; empty for revision 1
   * @param at when
   */
  record PlanSubmitted(String stage, int revision, ResidentId by, String title, String text,
      String reason, Instant at) implements WorkflowFact {
    /**
     * Checks that no part is null.
     *
     * @param stage the stage
     * @param revision the revision's number, from 1
     * @param by who submitted it
     * @param title the title
     * @param text the plan
     * @param reason why it was revised; empty for revision 1
     * @param at when
     */
    public PlanSubmitted {
      checkNotNull(stage, "stage");
      checkNotNull(by, "by");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(reason, "reason");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "plan-submitted";
    }
  }

  /**
   * An opinion was recorded ({@code stage-opinion-recorded}).
   *
   * @param stage the stage
   * @param number the opinion's number within the stage, from 1
   * @param by whose opinion
   * @param text the opinion
   */
  record OpinionRecorded(String stage, int number, ResidentId by, String text)
      implements WorkflowFact {
    /**
     * Checks that no part is null.
     *
     * @param stage the stage
     * @param number the opinion's number within the stage, from 1
     * @param by whose opinion
     * @param text the opinion
     */
    public OpinionRecorded {
      checkNotNull(stage, "stage");
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String type() {
      return "stage-opinion-recorded";
    }
  }

  /**
   * Minutes were recorded ({@code stage-minutes-recorded}).
   *
   * @param stage the stage
   * @param by who kept them
   * @param text the minutes
   * @param at when
   */
  record MinutesRecorded(String stage, ResidentId by, String text, Instant at)
      implements WorkflowFact {
    /**
     * Checks that no part is null.
     *
     * @param stage the stage
     * @param by who kept them
     * @param text the minutes
     * @param at when
     */
    public MinutesRecorded {
      checkNotNull(stage, "stage");
      checkNotNull(by, "by");
      checkNotNull(text, "text");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "stage-minutes-recorded";
    }
  }

  /**
   * A revision of the plan was sent to the body's members ({@code plan-circulated}).
   *
   * @param stage the stage
   * @param revision the revision sent
   * @param by who sent it
   * @param channel how
   * @param at when
   */
  record PlanCirculated(String stage, int revision, ResidentId by, String channel, Instant at)
      implements WorkflowFact {
    /**
     * Checks that no part is null.
     *
     * @param stage the stage
     * @param revision the revision sent
     * @param by who sent it
     * @param channel how
     * @param at when
     */
    public PlanCirculated {
      checkNotNull(stage, "stage");
      checkNotNull(by, "by");
      checkNotNull(channel, "channel");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "plan-circulated";
    }
  }

  /**
   * A body met and voted ({@code stage-vote-held}), with the numbers of its gate.
   *
   * @param stage the stage
   * @param question what was put; empty for the plan
   * @param revision the plan's revision at the time, 0 if there was none
   * @param body the body's id
   * @param members the body's size, {@code > 0}
   * @param present the members present, sorted
   * @param attendance the attendance requirement in words, e.g. {@code "at least 2/3"}
   * @param attended whether the requirement was met; if not, the ballots were not counted
   * @param ballots the ballots, in the order given
   * @param decision the rule's decision, or null when the attendance requirement was not met
   * @param adopted true if the attendance was met and the decision's verdict is {@code ADOPTED}
   * @param at when
   */
  record StageVoteHeld(String stage, String question, int revision, String body, int members,
      List<MemberId> present, String attendance, boolean attended, List<Ballot> ballots,
      @Nullable Decision decision, boolean adopted, Instant at) implements WorkflowFact {
    /**
     * Checks that no part but the decision is null and copies the lists.
     *
     * @param stage the stage
     * @param question what was put; empty for the plan
     * @param revision the plan's revision at the time, 0 if there was none
     * @param body the body's id
     * @param members the body's size, {@code > 0}
     * @param present the members present, sorted
     * @param attendance the attendance requirement in words, e.g. {@code "at least 2/3"}
     * @param attended whether the requirement was met; if not, the ballots were not counted
     * @param ballots the ballots, in the order given
     * @param decision the rule's decision, or null when the attendance requirement was not met
     * @param adopted true if the attendance was met and the decision's verdict is {@code ADOPTED}
     * @param at when
     */
    public StageVoteHeld {
      checkNotNull(stage, "stage");
      checkNotNull(question, "question");
      checkNotNull(body, "body");
      present = List.copyOf(present);
      checkNotNull(attendance, "attendance");
      ballots = List.copyOf(ballots);
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "stage-vote-held";
    }
  }

  /**
   * A disclosure was published ({@code notice-published}).
   *
   * @param stage the stage
   * @param by who published it
   * @param channels where
   * @param text what
   * @param revision the plan's revision it concerns
   * @param at when it went up
   * @param until when its minimum publication period ends
   */
  record NoticePublished(String stage, ResidentId by, List<String> channels, String text,
      int revision, Instant at, Instant until) implements WorkflowFact {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param stage the stage
     * @param by who published it
     * @param channels where
     * @param text what
     * @param revision the plan's revision it concerns
     * @param at when it went up
     * @param until when its minimum publication period ends
     */
    public NoticePublished {
      checkNotNull(stage, "stage");
      checkNotNull(by, "by");
      channels = List.copyOf(channels);
      checkNotNull(text, "text");
      checkNotNull(at, "at");
      checkNotNull(until, "until");
    }

    @Override
    public String type() {
      return "notice-published";
    }
  }

  /**
   * A disclosure's minimum publication period ended ({@code notice-period-ended}); recorded by
   * the clock, at the first command after it.
   *
   * @param stage the stage
   * @param at when the period ended
   */
  record NoticePeriodEnded(String stage, Instant at) implements WorkflowFact {
    /**
     * Checks that no part is null.
     *
     * @param stage the stage
     * @param at when the period ended
     */
    public NoticePeriodEnded {
      checkNotNull(stage, "stage");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "notice-period-ended";
    }
  }

  /**
   * A stage's gate was met and the workflow moved to the next stage ({@code stage-passed});
   * recorded with the consultation's {@code advance-phase}.
   *
   * @param stage the stage passed
   * @param next the next stage
   * @param met the gate's conditions as they were met, in words
   */
  record StagePassed(String stage, String next, List<String> met) implements WorkflowFact {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param stage the stage passed
     * @param next the next stage
     * @param met the gate's conditions as they were met, in words
     */
    public StagePassed {
      checkNotNull(stage, "stage");
      checkNotNull(next, "next");
      met = List.copyOf(met);
    }

    @Override
    public String type() {
      return "stage-passed";
    }
  }
}
