package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to change a consultation. Each command is checked against the current state (its
 * phase, its proposals, its electorate, its ballots) and either records events or is refused
 * with {@link InvalidCommandException}, recording nothing.
 *
 * <p>Each kind has a stable id, {@link #kind()}, which is also its JSON type name and the word a
 * {@link io.yishi.core.spi.Phase} uses to accept it.
 */
public sealed interface Command {

  /** The kind of every command, as {@link #kind()} returns it and phases list it. */
  Set<String> KINDS = Set.of("submit-idea", "table-proposal", "revise-proposal", "post-comment",
      "advance-phase", "cast-ballot", "decide", "close", "check-deadlines");

  /** {@return the command's kind, e.g. {@code "submit-idea"}} */
  String kind();

  /**
   * A resident puts forward an idea (a brainstorm card, a suggestion in the online hall).
   *
   * @param author the resident
   * @param text the idea, not blank
   */
  record SubmitIdea(ResidentId author, String text) implements Command {
    /**
     * Checks that the idea has text.
     *
     * @param author the resident
     * @param text the idea, not blank
     * @throws IllegalArgumentException if the text is blank
     */
    public SubmitIdea {
      checkNotNull(author, "author");
      checkText("submit-idea.text", text);
    }

    @Override
    public String kind() {
      return "submit-idea";
    }
  }

  /**
   * A resident tables a proposal.
   *
   * @param proposal the new proposal's id, unused in this consultation
   * @param author the resident
   * @param title a short title
   * @param text the full text
   */
  record TableProposal(ProposalId proposal, ResidentId author, String title, String text)
      implements Command {
    /**
     * Checks that the title and the text are not blank.
     *
     * @param proposal the new proposal's id, unused in this consultation
     * @param author the resident
     * @param title a short title
     * @param text the full text
     * @throws IllegalArgumentException if the title or text is blank
     */
    public TableProposal {
      checkNotNull(proposal, "proposal");
      checkNotNull(author, "author");
      checkText("table-proposal.title", title);
      checkText("table-proposal.text", text);
    }

    @Override
    public String kind() {
      return "table-proposal";
    }
  }

  /**
   * A resident revises a tabled proposal, saying what changed and why.
   *
   * @param proposal the proposal's id
   * @param author who revises it
   * @param title the new title (may be unchanged)
   * @param text the new text
   * @param change what changed, in words
   * @param reason why, e.g. the objection it answers; may be empty
   */
  record ReviseProposal(ProposalId proposal, ResidentId author, String title, String text,
      String change, String reason) implements Command {
    /**
     * Checks that the title, the text and the description of the change are not blank.
     *
     * @param proposal the proposal's id
     * @param author who revises it
     * @param title the new title (may be unchanged)
     * @param text the new text
     * @param change what changed, in words
     * @param reason why, e.g. the objection it answers; may be empty
     * @throws IllegalArgumentException if title, text or change is blank
     */
    public ReviseProposal {
      checkNotNull(proposal, "proposal");
      checkNotNull(author, "author");
      checkText("revise-proposal.title", title);
      checkText("revise-proposal.text", text);
      checkText("revise-proposal.change", change);
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "revise-proposal";
    }
  }

  /**
   * A resident comments, on the consultation or on one proposal.
   *
   * @param author the resident
   * @param about the proposal commented on, or null for the consultation as a whole
   * @param text the comment, not blank
   */
  record PostComment(ResidentId author, @Nullable ProposalId about, String text)
      implements Command {
    /**
     * Checks that the comment has text.
     *
     * @param author the resident
     * @param about the proposal commented on, or null for the consultation as a whole
     * @param text the comment, not blank
     * @throws IllegalArgumentException if the text is blank
     */
    public PostComment {
      checkNotNull(author, "author");
      checkText("post-comment.text", text);
    }

    @Override
    public String kind() {
      return "post-comment";
    }
  }

  /**
   * The facilitator moves the consultation to its next phase.
   *
   * @param by who moves it
   * @param to the id of the next phase; naming it guards against moving twice on a retry
   */
  record AdvancePhase(ResidentId by, String to) implements Command {
    /**
     * Checks that the next phase is named.
     *
     * @param by who moves it
     * @param to the id of the next phase; naming it guards against moving twice on a retry
     * @throws IllegalArgumentException if the phase id is blank
     */
    public AdvancePhase {
      checkNotNull(by, "by");
      checkText("advance-phase.to", to);
    }

    @Override
    public String kind() {
      return "advance-phase";
    }
  }

  /**
   * A member of the electorate casts a ballot.
   *
   * @param ballot the ballot, of the type the consultation's rule takes
   */
  record CastBallot(Ballot ballot) implements Command {
    /**
     * Creates the command; the ballot is required.
     *
     * @param ballot the ballot, of the type the consultation's rule takes
     */
    public CastBallot {
      checkNotNull(ballot, "ballot");
    }

    @Override
    public String kind() {
      return "cast-ballot";
    }
  }

  /**
   * The ballots are counted with the consultation's rule and the decision is recorded.
   *
   * @param by who closes the vote
   */
  record Decide(ResidentId by) implements Command {
    /**
     * Creates the command; who closes the vote is required.
     *
     * @param by who closes the vote
     */
    public Decide {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "decide";
    }
  }

  /**
   * The consultation is closed; no further command is accepted.
   *
   * @param by who closes it
   * @param reason why, for the record, e.g. "decided" or "withdrawn by the proposer"
   */
  record Close(ResidentId by, String reason) implements Command {
    /**
     * Checks that the reason is given.
     *
     * @param by who closes it
     * @param reason why, for the record, e.g. "decided" or "withdrawn by the proposer"
     * @throws IllegalArgumentException if the reason is blank
     */
    public Close {
      checkNotNull(by, "by");
      checkText("close.reason", reason);
    }

    @Override
    public String kind() {
      return "close";
    }
  }

  /**
   * A participant takes a step of the method's own procedure (writes a card, supports an idea).
   * Its kind, the one phases list and the consultation gates, is the action's kind. JSON type
   * name {@code "act"}: {@code {"type": "act", "action": {"type": "write-card", …}}}.
   *
   * @param action the action, of a kind the method's {@link io.yishi.core.spi.Procedure} accepts
   */
  record Act(Action action) implements Command {
    /**
     * Creates the command; the action is required.
     *
     * @param action the action
     */
    public Act {
      checkNotNull(action, "action");
    }

    /** {@return the action's kind, e.g. {@code "write-card"}} */
    @Override
    public String kind() {
      return action.kind();
    }
  }

  /**
   * Records what the passage of time has brought: the deadlines of the method's procedure that
   * have passed by the consultation's clock (a topic's period ending, a round running out). Every
   * command does this first; a host's scheduler submits this one when nothing else happens.
   * Accepted in every phase; records nothing when no deadline has passed. JSON type name {@code
   * "check-deadlines"}.
   *
   * @param by who (or which scheduler account) checks
   */
  record CheckDeadlines(ResidentId by) implements Command {
    /**
     * Creates the command; who checks is required.
     *
     * @param by who checks
     */
    public CheckDeadlines {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "check-deadlines";
    }
  }

  private static void checkText(String field, String text) {
    checkNotNull(text, field);
    checkArgument(!text.isBlank(), "%s: must not be blank, was '%s'", field, text);
  }
}
