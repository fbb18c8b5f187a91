package io.yishi.core.method.revision;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@code plan-revision} consultation stands: the plan's revisions, the rounds with their
 * responses and decisions, the objections and which revision answered each, and the outcome once
 * there is one. An immutable value, read from {@code ConsultationState.methodState()}.
 *
 * @param revisions the plan's revisions in order, revision 1 first; empty until the plan is
 *     tabled
 * @param rounds the rounds in order, round 1 first; at most the last one is open
 * @param objections every objection and suggested change, numbered from 1 in the order the
 *     rounds closed and, within a round, in the order of the responses
 * @param outcome adopted at a round, or not adopted when the rounds ran out; null while the
 *     plan is still under revision
 */
public record RevisionState(List<PlanRevision> revisions, List<Round> rounds,
    List<Objection> objections, @Nullable Outcome outcome) {

  /**
   * Copies the lists.
   *
   * @param revisions the plan's revisions in order
   * @param rounds the rounds in order
   * @param objections the objections in order
   * @param outcome the outcome, or null while under revision
   */
  public RevisionState {
    revisions = List.copyOf(revisions);
    rounds = List.copyOf(rounds);
    objections = List.copyOf(objections);
  }

  /** {@return the state before anything happened} */
  public static RevisionState empty() {
    return new RevisionState(List.of(), List.of(), List.of(), null);
  }

  /** Where the consultation stands, in one word. */
  public enum Status {
    /** The plan has not been tabled. */
    DRAFTING,
    /** A round is open: residents respond. */
    IN_ROUND,
    /** The plan is tabled and no round is open: the proposer revises or opens a round. */
    BETWEEN_ROUNDS,
    /** A round found the support the rule asks for; nothing more happens. */
    ADOPTED,
    /** The last round allowed closed without that support; nothing more happens. */
    NOT_ADOPTED
  }

  /** {@return where the consultation stands} */
  public Status status() {
    if (outcome != null) {
      return outcome.adopted() ? Status.ADOPTED : Status.NOT_ADOPTED;
    }
    if (revisions.isEmpty()) {
      return Status.DRAFTING;
    }
    return openRound().isPresent() ? Status.IN_ROUND : Status.BETWEEN_ROUNDS;
  }

  /** {@return the current revision of the plan, once tabled} */
  public Optional<PlanRevision> current() {
    return revisions.isEmpty() ? Optional.empty()
        : Optional.of(revisions.get(revisions.size() - 1));
  }

  /** {@return the open round, if one is open} */
  public Optional<Round> openRound() {
    if (rounds.isEmpty()) {
      return Optional.empty();
    }
    Round last = rounds.get(rounds.size() - 1);
    return last.isOpen() ? Optional.of(last) : Optional.empty();
  }

  /** {@return the objections no revision has answered yet, in number order} */
  public List<Objection> openObjections() {
    return objections.stream().filter(Objection::isOpen).toList();
  }

  /** {@return the outcome, once adopted or not adopted} */
  public Optional<Outcome> result() {
    return Optional.ofNullable(outcome);
  }

  /**
   * One revision of the plan.
   *
   * @param number the revision's number, from 1 (1 is the plan as tabled)
   * @param by who wrote it
   * @param at when
   * @param title the title
   * @param text the full text
   * @param change what changed from the previous revision; empty for revision 1
   * @param answers the numbers of the objections this revision answers, ascending; empty for
   *     revision 1
   */
  public record PlanRevision(int number, ResidentId by, Instant at, String title, String text,
      String change, List<Integer> answers) {
    /**
     * Copies the list.
     *
     * @param number the revision's number, from 1
     * @param by who wrote it
     * @param at when
     * @param title the title
     * @param text the full text
     * @param change what changed; empty for revision 1
     * @param answers the objections answered, ascending
     */
    public PlanRevision {
      checkNotNull(by, "by");
      checkNotNull(at, "at");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(change, "change");
      answers = List.copyOf(answers);
    }
  }

  /**
   * One resident's response in a round, as it stood last.
   *
   * @param by the resident
   * @param stance support, object or suggest a change
   * @param text the reason or the suggested change; may be empty for support
   * @param at when the response was given or last changed
   */
  public record Response(ResidentId by, Stance stance, String text, Instant at) {
    /**
     * Creates the response.
     *
     * @param by the resident
     * @param stance the stance
     * @param text the reason or the suggested change
     * @param at when
     */
    public Response {
      checkNotNull(by, "by");
      checkNotNull(stance, "stance");
      checkNotNull(text, "text");
      checkNotNull(at, "at");
    }
  }

  /**
   * One round of responses on one revision.
   *
   * @param number the round's number, from 1
   * @param revision the revision put to the residents
   * @param openedAt when it opened
   * @param closesAt its deadline
   * @param responses the responses, one per resident, in the order they were last given
   * @param closedAt when it closed, or null while open
   * @param closedBy the proposer who closed it before the deadline, or null
   * @param decision the rule's decision on the responses, or null while open
   */
  public record Round(int number, int revision, Instant openedAt, Instant closesAt,
      List<Response> responses, @Nullable Instant closedAt, @Nullable ResidentId closedBy,
      @Nullable Decision decision) {
    /**
     * Copies the list.
     *
     * @param number the round's number, from 1
     * @param revision the revision put to the residents
     * @param openedAt when it opened
     * @param closesAt its deadline
     * @param responses the responses in order
     * @param closedAt when it closed, or null while open
     * @param closedBy who closed it early, or null
     * @param decision the decision, or null while open
     */
    public Round {
      checkNotNull(openedAt, "openedAt");
      checkNotNull(closesAt, "closesAt");
      responses = List.copyOf(responses);
    }

    /** {@return whether residents may still respond} */
    public boolean isOpen() {
      return closedAt == null;
    }

    /**
     * {@return how many residents' responses in this round have the stance}
     *
     * @param stance the stance counted
     */
    public long count(Stance stance) {
      return responses.stream().filter(r -> r.stance() == stance).count();
    }

    /**
     * {@return the resident's response in this round, if any}
     *
     * @param who the resident
     */
    public Optional<Response> responseOf(ResidentId who) {
      return responses.stream().filter(r -> r.by().equals(who)).findFirst();
    }
  }

  /**
   * An objection or a suggested change from a closed round, and the revision that answered it.
   *
   * @param number the objection's number in this consultation, from 1
   * @param round the round it was raised in
   * @param revision the revision it was raised against
   * @param by the resident who raised it
   * @param stance {@link Stance#OBJECT} or {@link Stance#SUGGEST_CHANGE}
   * @param text the reason or the suggested change
   * @param answeredBy the number of the revision that answered it, or null while open
   */
  public record Objection(int number, int round, int revision, ResidentId by, Stance stance,
      String text, @Nullable Integer answeredBy) {
    /**
     * Creates the objection.
     *
     * @param number the objection's number, from 1
     * @param round the round it was raised in
     * @param revision the revision it was raised against
     * @param by who raised it
     * @param stance object or suggest a change
     * @param text the reason or the change
     * @param answeredBy the answering revision, or null while open
     */
    public Objection {
      checkNotNull(by, "by");
      checkNotNull(stance, "stance");
      checkNotNull(text, "text");
    }

    /** {@return whether no revision has answered it yet} */
    public boolean isOpen() {
      return answeredBy == null;
    }
  }

  /**
   * How the revision ended.
   *
   * @param adopted true when a round found the support the rule asks for; false when the last
   *     round allowed closed without it
   * @param round the round that settled it
   * @param revision the revision that round was on
   * @param at when that round closed
   */
  public record Outcome(boolean adopted, int round, int revision, Instant at) {
    /**
     * Creates the outcome.
     *
     * @param adopted whether the plan was adopted
     * @param round the settling round
     * @param revision its revision
     * @param at when it closed
     */
    public Outcome {
      checkNotNull(at, "at");
    }

    /** {@return e.g. "adopted at round 4 (revision 3)" or "not adopted: 6 rounds ran out"} */
    public String explain() {
      return adopted ? "adopted at round " + round + " (revision " + revision + ")"
          : "not adopted: the last round allowed, round " + round + " (revision " + revision
              + "), closed without the support the rule asks for";
    }
  }
}
