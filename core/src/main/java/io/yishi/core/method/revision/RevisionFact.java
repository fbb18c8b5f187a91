package io.yishi.core.method.revision;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Fact;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code plan-revision} method records in the consultation's log. Each kind's {@link
 * #type()} is also its JSON type name; the method's state is the fold of these facts.
 */
public sealed interface RevisionFact extends Fact {

  /**
   * The plan was tabled as revision 1. JSON type name {@code "plan-tabled"}.
   *
   * @param by the proposer
   * @param at when
   * @param title the title
   * @param text the text
   */
  record PlanTabled(ResidentId by, Instant at, String title, String text)
      implements RevisionFact {
    /**
     * Creates the fact.
     *
     * @param by the proposer
     * @param at when
     * @param title the title
     * @param text the text
     */
    public PlanTabled {
      checkNotNull(by, "by");
      checkNotNull(at, "at");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
    }

    @Override
    public String type() {
      return "plan-tabled";
    }
  }

  /**
   * A round opened on a revision. JSON type name {@code "plan-round-opened"}.
   *
   * @param round the round's number, from 1
   * @param revision the revision put to the residents, from 1
   * @param by the proposer, who opened it
   * @param at when it opened
   * @param closesAt its deadline: {@code at} plus the method's {@code roundLength}
   */
  record PlanRoundOpened(int round, int revision, ResidentId by, Instant at, Instant closesAt)
      implements RevisionFact {
    /**
     * Creates the fact.
     *
     * @param round the round's number, from 1
     * @param revision the revision put to the residents, from 1
     * @param by the proposer, who opened it
     * @param at when it opened
     * @param closesAt its deadline
     */
    public PlanRoundOpened {
      checkNotNull(by, "by");
      checkNotNull(at, "at");
      checkNotNull(closesAt, "closesAt");
    }

    @Override
    public String type() {
      return "plan-round-opened";
    }
  }

  /**
   * A resident responded in the open round, replacing any earlier response of theirs in it. JSON
   * type name {@code "plan-response-given"}.
   *
   * @param round the round
   * @param by the resident
   * @param stance support, object or suggest a change
   * @param text the reason or the suggested change; may be empty for support
   * @param at when
   */
  record PlanResponseGiven(int round, ResidentId by, Stance stance, String text, Instant at)
      implements RevisionFact {
    /**
     * Creates the fact.
     *
     * @param round the round
     * @param by the resident
     * @param stance the stance
     * @param text the reason or the suggested change
     * @param at when
     */
    public PlanResponseGiven {
      checkNotNull(by, "by");
      checkNotNull(stance, "stance");
      checkNotNull(text, "text");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "plan-response-given";
    }
  }

  /**
   * The open round closed and its responses were tested with the method's rule. Its objections
   * and suggestions become numbered {@link RevisionState.Objection}s, in the order of the
   * responses. JSON type name {@code "plan-round-closed"}.
   *
   * @param round the round
   * @param at when it closed: its deadline, or when the proposer closed it
   * @param by the proposer who closed it early, or null when the deadline closed it
   * @param decision the rule's decision on the round's responses, with its explanation
   */
  record PlanRoundClosed(int round, Instant at, @Nullable ResidentId by, Decision decision)
      implements RevisionFact {
    /**
     * Creates the fact.
     *
     * @param round the round
     * @param at when it closed
     * @param by the proposer who closed it early, or null
     * @param decision the rule's decision
     */
    public PlanRoundClosed {
      checkNotNull(at, "at");
      checkNotNull(decision, "decision");
    }

    @Override
    public String type() {
      return "plan-round-closed";
    }
  }

  /**
   * The proposer revised the plan in answer to objections. JSON type name {@code
   * "plan-revised"}.
   *
   * @param revision the new revision's number, from 2
   * @param by the proposer
   * @param at when
   * @param title the new title
   * @param text the new text
   * @param change what changed
   * @param answers the numbers of the objections answered, ascending
   */
  record PlanRevised(int revision, ResidentId by, Instant at, String title, String text,
      String change, List<Integer> answers) implements RevisionFact {
    /**
     * Copies the list.
     *
     * @param revision the new revision's number
     * @param by the proposer
     * @param at when
     * @param title the new title
     * @param text the new text
     * @param change what changed
     * @param answers the numbers of the objections answered
     */
    public PlanRevised {
      checkNotNull(by, "by");
      checkNotNull(at, "at");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(change, "change");
      answers = List.copyOf(answers);
    }

    @Override
    public String type() {
      return "plan-revised";
    }
  }
}
