package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened in a consultation. Events are facts: they are recorded once, never
 * changed, and a consultation's state is the fold of its events in order.
 *
 * <p>Each kind has a stable JSON type name, {@link #type()}; stored logs depend on it.
 */
public sealed interface ConsultationEvent {

  /** {@return the event's stable type name, e.g. {@code "idea-submitted"}} */
  String type();

  /**
   * The consultation was opened; always the first event, and only the first.
   *
   * @param id the consultation's id
   * @param title a title for people
   * @param issue the issue deliberated on
   * @param method the deliberation method's id
   * @param methodParameters the method's parameters
   * @param phases the method's phases for these parameters, in order
   * @param rule the decision rule's id
   * @param ruleParameters the rule's parameters
   * @param alternatives the alternatives on the slate; empty for a motion
   * @param electorate who may vote and with what weight
   * @param seed the seed for every lot drawn in this consultation
   */
  record ConsultationOpened(
      ConsultationId id,
      String title,
      Issue issue,
      String method,
      Parameters methodParameters,
      List<Phase> phases,
      String rule,
      Parameters ruleParameters,
      List<String> alternatives,
      Electorate electorate,
      long seed) implements ConsultationEvent {
    /**
     * Checks the parts and copies the phases and the slate.
     *
     * @param id the consultation's id
     * @param title a title for people
     * @param issue the issue deliberated on
     * @param method the deliberation method's id
     * @param methodParameters the method's parameters
     * @param phases the method's phases for these parameters, in order
     * @param rule the decision rule's id
     * @param ruleParameters the rule's parameters
     * @param alternatives the alternatives on the slate; empty for a motion
     * @param electorate who may vote and with what weight
     * @param seed the seed for every lot drawn in this consultation
     * @throws IllegalArgumentException if there is no phase
     */
    public ConsultationOpened {
      checkNotNull(id, "id");
      checkNotNull(title, "title");
      checkNotNull(issue, "issue");
      checkNotNull(method, "method");
      checkNotNull(methodParameters, "methodParameters");
      phases = List.copyOf(phases);
      checkArgument(!phases.isEmpty(), "consultation %s: method %s has no phase", id, method);
      checkNotNull(rule, "rule");
      checkNotNull(ruleParameters, "ruleParameters");
      alternatives = List.copyOf(alternatives);
      checkNotNull(electorate, "electorate");
    }

    @Override
    public String type() {
      return "consultation-opened";
    }
  }

  /**
   * An idea was put forward.
   *
   * @param number the idea's number in this consultation, from 1
   * @param author who put it forward
   * @param text the idea
   */
  record IdeaSubmitted(int number, ResidentId author, String text) implements ConsultationEvent {
    /**
     * Creates the event; every part is required.
     *
     * @param number the idea's number in this consultation, from 1
     * @param author who put it forward
     * @param text the idea
     */
    public IdeaSubmitted {
      checkNotNull(author, "author");
      checkNotNull(text, "text");
    }

    @Override
    public String type() {
      return "idea-submitted";
    }
  }

  /**
   * A proposal was tabled.
   *
   * @param proposal its id
   * @param author who tabled it
   * @param title its title
   * @param text its text
   */
  record ProposalTabled(ProposalId proposal, ResidentId author, String title, String text)
      implements ConsultationEvent {
    /**
     * Creates the event; every part is required.
     *
     * @param proposal its id
     * @param author who tabled it
     * @param title its title
     * @param text its text
     */
    public ProposalTabled {
      checkNotNull(proposal, "proposal");
      checkNotNull(author, "author");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
    }

    @Override
    public String type() {
      return "proposal-tabled";
    }
  }

  /**
   * A proposal was revised.
   *
   * @param proposal its id
   * @param revision the new revision's number, from 2
   * @param author who revised it
   * @param title the new title
   * @param text the new text
   * @param change what changed
   * @param reason why
   */
  record ProposalRevised(ProposalId proposal, int revision, ResidentId author, String title,
      String text, String change, String reason) implements ConsultationEvent {
    /**
     * Creates the event; every part is required.
     *
     * @param proposal its id
     * @param revision the new revision's number, from 2
     * @param author who revised it
     * @param title the new title
     * @param text the new text
     * @param change what changed
     * @param reason why
     */
    public ProposalRevised {
      checkNotNull(proposal, "proposal");
      checkNotNull(author, "author");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(change, "change");
      checkNotNull(reason, "reason");
    }

    @Override
    public String type() {
      return "proposal-revised";
    }
  }

  /**
   * A comment was posted.
   *
   * @param number the comment's number in this consultation, from 1
   * @param author who posted it
   * @param about the proposal commented on, or null
   * @param text the comment
   */
  record CommentPosted(int number, ResidentId author, @Nullable ProposalId about, String text)
      implements ConsultationEvent {
    /**
     * Creates the event; every part but {@code about} is required.
     *
     * @param number the comment's number in this consultation, from 1
     * @param author who posted it
     * @param about the proposal commented on, or null
     * @param text the comment
     */
    public CommentPosted {
      checkNotNull(author, "author");
      checkNotNull(text, "text");
    }

    @Override
    public String type() {
      return "comment-posted";
    }
  }

  /**
   * The consultation moved to its next phase.
   *
   * @param from the phase left
   * @param to the phase entered
   * @param by who moved it
   */
  record PhaseAdvanced(String from, String to, ResidentId by) implements ConsultationEvent {
    /**
     * Creates the event; every part is required.
     *
     * @param from the phase left
     * @param to the phase entered
     * @param by who moved it
     */
    public PhaseAdvanced {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "phase-advanced";
    }
  }

  /**
   * A ballot was accepted.
   *
   * @param ballot the ballot
   */
  record BallotCast(Ballot ballot) implements ConsultationEvent {
    /**
     * Creates the event; the ballot is required.
     *
     * @param ballot the ballot
     */
    public BallotCast {
      checkNotNull(ballot, "ballot");
    }

    @Override
    public String type() {
      return "ballot-cast";
    }
  }

  /**
   * The ballots were counted and a decision reached.
   *
   * @param decision the decision with its explanation
   * @param by who closed the vote
   */
  record DecisionReached(Decision decision, ResidentId by) implements ConsultationEvent {
    /**
     * Creates the event; every part is required.
     *
     * @param decision the decision with its explanation
     * @param by who closed the vote
     */
    public DecisionReached {
      checkNotNull(decision, "decision");
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "decision-reached";
    }
  }

  /**
   * The consultation was closed.
   *
   * @param by who closed it
   * @param reason why
   */
  record ConsultationClosed(ResidentId by, String reason) implements ConsultationEvent {
    /**
     * Creates the event; every part is required.
     *
     * @param by who closed it
     * @param reason why
     */
    public ConsultationClosed {
      checkNotNull(by, "by");
      checkNotNull(reason, "reason");
    }

    @Override
    public String type() {
      return "consultation-closed";
    }
  }

  /**
   * The method's procedure recorded a fact (a card written, an idea supported).
   *
   * @param fact the fact
   */
  record FactRecorded(Fact fact) implements ConsultationEvent {
    /**
     * Creates the event; the fact is required.
     *
     * @param fact the fact
     */
    public FactRecorded {
      checkNotNull(fact, "fact");
    }

    @Override
    public String type() {
      return "fact-recorded";
    }
  }
}
