package io.yishi.core.consultation;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.Proposal;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A consultation as it stands after its events so far: an immutable snapshot, the fold of the
 * log. Two consultations with equal logs have equal states, whether built live or replayed.
 */
public final class ConsultationState {

  private final ConsultationEvent.ConsultationOpened opened;
  private final String phase;
  private final Map<ProposalId, Proposal> proposals;
  private final List<Idea> ideas;
  private final List<Comment> comments;
  private final Map<MemberId, Ballot> ballots;
  private final @Nullable Decision decision;
  private final ConsultationStatus status;
  private final long version;
  private final Instant openedAt;
  private final Instant updatedAt;
  private final @Nullable Object methodState;
  private final Set<String> allowed;

  ConsultationState(ConsultationEvent.ConsultationOpened opened, String phase,
      Map<ProposalId, Proposal> proposals, List<Idea> ideas, List<Comment> comments,
      Map<MemberId, Ballot> ballots, @Nullable Decision decision, ConsultationStatus status,
      long version, Instant openedAt, Instant updatedAt, @Nullable Object methodState,
      Set<String> allowed) {
    this.opened = opened;
    this.phase = phase;
    this.proposals = proposals;
    this.ideas = ideas;
    this.comments = comments;
    this.ballots = ballots;
    this.decision = decision;
    this.status = status;
    this.version = version;
    this.openedAt = openedAt;
    this.updatedAt = updatedAt;
    this.methodState = methodState;
    this.allowed = allowed;
  }

  /** {@return the consultation's id} */
  public ConsultationId id() {
    return opened.id();
  }

  /** {@return the title} */
  public String title() {
    return opened.title();
  }

  /** {@return the issue deliberated on} */
  public Issue issue() {
    return opened.issue();
  }

  /** {@return the deliberation method's id} */
  public String method() {
    return opened.method();
  }

  /** {@return the deliberation method's parameters} */
  public Parameters methodParameters() {
    return opened.methodParameters();
  }

  /** {@return the method's phases in order} */
  public List<Phase> phases() {
    return opened.phases();
  }

  /** {@return the id of the current phase} */
  public String phase() {
    return phase;
  }

  /** {@return the decision rule's id} */
  public String rule() {
    return opened.rule();
  }

  /** {@return the decision rule's parameters} */
  public Parameters ruleParameters() {
    return opened.ruleParameters();
  }

  /** {@return the alternatives on the slate; empty for a motion} */
  public List<String> alternatives() {
    return opened.alternatives();
  }

  /** {@return who may vote and with what weight} */
  public Electorate electorate() {
    return opened.electorate();
  }

  /** {@return the seed for lots} */
  public long seed() {
    return opened.seed();
  }

  /** {@return the proposals by id, in the order they were tabled} */
  public Map<ProposalId, Proposal> proposals() {
    return proposals;
  }

  /** {@return the ideas in the order they were put forward} */
  public List<Idea> ideas() {
    return ideas;
  }

  /** {@return the comments in the order they were posted} */
  public List<Comment> comments() {
    return comments;
  }

  /** {@return the ballots by voter, in the order they were cast} */
  public Map<MemberId, Ballot> ballots() {
    return ballots;
  }

  /** {@return the decision, once reached} */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  /** {@return whether commands are still accepted} */
  public ConsultationStatus status() {
    return status;
  }

  /** {@return the number of events recorded so far} */
  public long version() {
    return version;
  }

  /** {@return when the consultation was opened} */
  public Instant openedAt() {
    return openedAt;
  }

  /** {@return when the last event was recorded} */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * {@return the state of the method's own procedure (cards and clusters, supports, ratings), of
   * the type its {@link io.yishi.core.spi.Procedure} keeps; empty when the method has none}
   */
  public Optional<Object> methodState() {
    return Optional.ofNullable(methodState);
  }

  /**
   * {@return the kinds of command and action the consultation accepts now, sorted: the phase's
   * commands (ballots and the decision only until it is reached), the method's actions its
   * procedure allows in this state, {@code advance-phase} while a later phase exists, and {@code
   * close}; empty once closed}
   */
  public Set<String> allowed() {
    return allowed;
  }

  /** States are equal when every part is equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConsultationState other
        && version == other.version
        && opened.equals(other.opened)
        && phase.equals(other.phase)
        && proposals.equals(other.proposals)
        && ideas.equals(other.ideas)
        && comments.equals(other.comments)
        && ballots.equals(other.ballots)
        && Objects.equals(decision, other.decision)
        && status == other.status
        && openedAt.equals(other.openedAt)
        && updatedAt.equals(other.updatedAt)
        && Objects.equals(methodState, other.methodState);
  }

  @Override
  public int hashCode() {
    return Objects.hash(opened, phase, proposals, ideas, comments, ballots, decision, status,
        version, openedAt, updatedAt, methodState);
  }

  /** {@return a one-line summary: id, phase, status, version and counts} */
  @Override
  public String toString() {
    return "Consultation " + id() + " [" + status + ", phase " + phase + ", version " + version
        + ", " + proposals.size() + " proposals, " + ideas.size() + " ideas, "
        + ballots.size() + " ballots" + (decision == null ? "" : ", " + decision.verdict()) + "]";
  }
}
