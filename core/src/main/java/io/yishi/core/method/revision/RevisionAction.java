package io.yishi.core.method.revision;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Action;
import java.util.List;

/**
 * The steps of the {@code plan-revision} method, submitted as {@code
 * Command.Act(action)}. Each kind's {@link #kind()} is also its JSON type name. The records only
 * refuse nulls; whether an action is allowed (who takes it, in which state, with what text) is
 * checked by the method, which refuses it with an {@link io.yishi.core.spi.InvalidActionException}
 * naming the field, the value and the rule.
 */
public sealed interface RevisionAction extends Action {

  /**
   * The proposer tables the plan: revision 1. Allowed once, before any round; JSON type name
   * {@code "table-plan"}.
   *
   * @param by the proposer; only they may open and close rounds and revise the plan
   * @param title a short title, not blank
   * @param text the plan's full text, not blank
   */
  record TablePlan(ResidentId by, String title, String text) implements RevisionAction {
    /**
     * Creates the action.
     *
     * @param by the proposer
     * @param title a short title, not blank
     * @param text the plan's full text, not blank
     */
    public TablePlan {
      checkNotNull(by, "by");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "table-plan";
    }
  }

  /**
   * The proposer puts the current revision to the residents: a round opens now and closes after
   * the method's {@code roundLength}, or earlier by {@link ClosePlanRound}. JSON type name {@code
   * "open-plan-round"}.
   *
   * @param by the proposer
   */
  record OpenPlanRound(ResidentId by) implements RevisionAction {
    /**
     * Creates the action.
     *
     * @param by the proposer
     */
    public OpenPlanRound {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "open-plan-round";
    }
  }

  /**
   * A resident answers the open round. One response per resident per round: a later response in
   * the same round replaces the earlier one. JSON type name {@code "respond-to-plan"}.
   *
   * @param by the resident
   * @param stance support, object or suggest a change
   * @param text the reason for an objection or the change suggested, not blank for those; may be
   *     empty for support
   */
  record RespondToPlan(ResidentId by, Stance stance, String text) implements RevisionAction {
    /**
     * Creates the action.
     *
     * @param by the resident
     * @param stance support, object or suggest a change
     * @param text the reason or the suggested change; may be empty for support
     */
    public RespondToPlan {
      checkNotNull(by, "by");
      checkNotNull(stance, "stance");
      checkNotNull(text, "text");
    }

    /**
     * {@return a response that supports the plan}
     *
     * @param by the resident
     */
    public static RespondToPlan support(ResidentId by) {
      return new RespondToPlan(by, Stance.SUPPORT, "");
    }

    /**
     * {@return an objection with its reason}
     *
     * @param by the resident
     * @param reason why the resident objects, not blank
     */
    public static RespondToPlan object(ResidentId by, String reason) {
      return new RespondToPlan(by, Stance.OBJECT, reason);
    }

    /**
     * {@return a suggested change}
     *
     * @param by the resident
     * @param change the change that would win the resident's support, not blank
     */
    public static RespondToPlan suggest(ResidentId by, String change) {
      return new RespondToPlan(by, Stance.SUGGEST_CHANGE, change);
    }

    @Override
    public String kind() {
      return "respond-to-plan";
    }
  }

  /**
   * The proposer closes the open round before its deadline (e.g. at the building meeting that
   * collects the last answers); the support is then tested as at the deadline. JSON type name
   * {@code "close-plan-round"}.
   *
   * @param by the proposer
   */
  record ClosePlanRound(ResidentId by) implements RevisionAction {
    /**
     * Creates the action.
     *
     * @param by the proposer
     */
    public ClosePlanRound {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "close-plan-round";
    }
  }

  /**
   * The proposer revises the plan between rounds, saying what changed and which open objections
   * the change answers. JSON type name {@code "revise-plan"}.
   *
   * @param by the proposer
   * @param title the new title (may be unchanged), not blank
   * @param text the new text, not blank; the title or the text must change
   * @param change what changed, in words, not blank
   * @param answers the numbers of the open objections this revision answers, at least one
   */
  record RevisePlan(ResidentId by, String title, String text, String change,
      List<Integer> answers) implements RevisionAction {
    /**
     * Copies the list.
     *
     * @param by the proposer
     * @param title the new title
     * @param text the new text
     * @param change what changed
     * @param answers the numbers of the open objections answered
     */
    public RevisePlan {
      checkNotNull(by, "by");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(change, "change");
      answers = List.copyOf(answers);
    }

    @Override
    public String kind() {
      return "revise-plan";
    }
  }
}
