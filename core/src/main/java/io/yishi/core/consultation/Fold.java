package io.yishi.core.consultation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.yishi.core.consultation.ConsultationEvent.BallotCast;
import io.yishi.core.consultation.ConsultationEvent.CommentPosted;
import io.yishi.core.consultation.ConsultationEvent.ConsultationClosed;
import io.yishi.core.consultation.ConsultationEvent.ConsultationOpened;
import io.yishi.core.consultation.ConsultationEvent.DecisionReached;
import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.ConsultationEvent.IdeaSubmitted;
import io.yishi.core.consultation.ConsultationEvent.PhaseAdvanced;
import io.yishi.core.consultation.ConsultationEvent.ProposalRevised;
import io.yishi.core.consultation.ConsultationEvent.ProposalTabled;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.issue.Proposal;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The running fold of a consultation's events. Mutable and not thread-safe: the consultation
 * guards it with its lock. Snapshots are built on demand and cached until the next event, so
 * that appending stays O(1) however long the log grows.
 */
final class Fold {

  /** What one caller-chosen command id recorded. */
  record Applied(@Nullable String digest, int firstIndex, int lastIndex) {}

  private @Nullable ConsultationOpened opened;
  private int phaseIndex;
  private final Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
  private final List<Idea> ideas = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final Map<MemberId, Ballot> ballots = new LinkedHashMap<>();
  private @Nullable Decision decision;
  private boolean closed;
  private long version;
  private @Nullable Instant openedAt;
  private @Nullable Instant updatedAt;
  private final Map<CommandId, Applied> applied = new HashMap<>();
  private @Nullable ConsultationState snapshot;
  private final Function<ConsultationOpened, @Nullable Procedure<?>> procedures;
  private final Function<String, DecisionRule> rules;
  private @Nullable Procedure<Object> procedure;
  private @Nullable Object methodState;

  /**
   * Creates an empty fold.
   *
   * @param procedures finds the method's procedure (or null) for the opened consultation
   * @param rules finds an installed decision rule by id, for procedures that count again
   */
  Fold(Function<ConsultationOpened, @Nullable Procedure<?>> procedures,
      Function<String, DecisionRule> rules) {
    this.procedures = procedures;
    this.rules = rules;
  }

  /**
   * Folds one event in. The consultation only records events its checks allowed; a stored log,
   * though, may have been rewritten with a recomputed chain, so every event is checked against
   * the state once more and a contradiction is reported as tampering, at that event.
   */
  void apply(RecordedEvent entry) {
    ConsultationEvent event = entry.event();
    Instant at = entry.recordedAt();
    long seq = entry.sequence();
    if (opened != null && closed) {
      throw forged(seq, event.type() + " after the consultation was closed");
    }
    if (event instanceof ConsultationOpened o) {
      if (opened != null) {
        throw forged(seq, "a second consultation-opened");
      }
      opened = o;
      openedAt = at;
      procedure = cast(procedures.apply(o));
      methodState = procedure == null ? null : procedure.start();
    } else if (event instanceof IdeaSubmitted e) {
      expect(seq, e.number() == ideas.size() + 1, "idea number " + e.number() + " where "
          + (ideas.size() + 1) + " was next");
      ideas.add(new Idea(e.number(), e.author(), e.text(), at));
    } else if (event instanceof ProposalTabled e) {
      expect(seq, !proposals.containsKey(e.proposal()), "proposal " + e.proposal()
          + " is tabled twice");
      proposals.put(e.proposal(), Proposal.tabled(e.proposal(), e.author(), at, e.title(),
          e.text()));
    } else if (event instanceof ProposalRevised e) {
      Proposal proposal = proposals.get(e.proposal());
      expect(seq, proposal != null, "proposal " + e.proposal() + " is revised but was never"
          + " tabled");
      expect(seq, e.revision() == proposal.revisions().size() + 1, "revision " + e.revision()
          + " of proposal " + e.proposal() + " where " + (proposal.revisions().size() + 1)
          + " was next");
      try {
        proposals.put(e.proposal(), proposal.revise(e.author(), at, e.title(), e.text(),
            e.change(), e.reason()));
      } catch (IllegalArgumentException invalid) {
        throw forged(seq, invalid.getMessage());
      }
    } else if (event instanceof CommentPosted e) {
      expect(seq, e.number() == comments.size() + 1, "comment number " + e.number() + " where "
          + (comments.size() + 1) + " was next");
      expect(seq, e.about() == null || proposals.containsKey(e.about()), "comment on proposal "
          + e.about() + ", which was never tabled");
      comments.add(new Comment(e.number(), e.author(), e.about(), e.text(), at));
    } else if (event instanceof PhaseAdvanced e) {
      Procedure<Object> p = procedure;
      expect(seq, p == null || p.hasCompleted(methodState, currentPhase()), "phase-advanced from "
          + e.from() + ", which method " + opened().method() + " does not let end yet");
      List<Phase> later = phasesAfterCurrent();
      expect(seq, e.from().equals(currentPhase().id()) && !later.isEmpty()
          && e.to().equals(later.get(0).id()), "phase change " + e.from() + " → " + e.to()
          + " does not follow the method's phases");
      phaseIndex++;
    } else if (event instanceof BallotCast e) {
      expect(seq, decision == null, "ballot after the decision");
      expect(seq, opened().electorate().contains(e.ballot().voter()), "ballot from "
          + e.ballot().voter() + ", who is not in the electorate");
      // A replacing ballot moves to the end: the map keeps the order the counted ballots came in.
      ballots.remove(e.ballot().voter());
      ballots.put(e.ballot().voter(), e.ballot());
    } else if (event instanceof DecisionReached e) {
      expect(seq, decision == null, "a second decision");
      decision = e.decision();
    } else if (event instanceof ConsultationClosed) {
      closed = true;
    } else if (event instanceof FactRecorded e) {
      Procedure<Object> p = procedure;
      expect(seq, p != null, "fact " + e.fact().type() + ", but method " + opened().method()
          + " has no procedure");
      try {
        ConsultationOpened o = opened();
        methodState = p.apply(methodState, e.fact(), new Procedure.Context(currentPhase().id(),
            at, o.seed(), o.methodParameters(), o.electorate(), o.alternatives(), rules));
      } catch (RuntimeException invalid) {
        // whatever a procedure throws on a fact it cannot fold, the log is not its record
        throw forged(seq, "fact " + e.fact().type() + " cannot follow: " + invalid.getMessage());
      }
    }
    CommandId commandId = entry.commandId();
    int index = (int) (entry.sequence() - 1);
    if (commandId != null) {
      applied.merge(commandId, new Applied(entry.commandDigest(), index, index),
          (first, next) -> new Applied(first.digest(), first.firstIndex(), index));
    }
    version = entry.sequence();
    updatedAt = at;
    snapshot = null;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Procedure<Object> cast(@Nullable Procedure<?> procedure) {
    return (Procedure<Object>) procedure;
  }

  @Nullable Procedure<Object> procedure() {
    return procedure;
  }

  @Nullable Object methodState() {
    return methodState;
  }

  /** The commands and actions accepted now: what a portal offers. */
  Set<String> allowed() {
    if (closed) {
      return Set.of();
    }
    Phase phase = currentPhase();
    Procedure<Object> p = procedure;
    TreeSet<String> allowed = new TreeSet<>();
    Set<String> actionsNow = p == null ? Set.of() : p.allowed(methodState, phase);
    for (String kind : phase.commands()) {
      boolean action = p != null && p.actions().contains(kind);
      if (action ? actionsNow.contains(kind)
          : !(decision != null && (kind.equals("cast-ballot") || kind.equals("decide")))) {
        allowed.add(kind);
      }
    }
    if (!phasesAfterCurrent().isEmpty() && (p == null || p.mayAdvance(methodState, phase))) {
      allowed.add("advance-phase");
    }
    if (p != null) {
      allowed.add("check-deadlines");
    }
    allowed.add("close");
    return Collections.unmodifiableSortedSet(allowed);
  }

  private static TamperedLogException forged(long sequence, String what) {
    return new TamperedLogException(sequence, what + ": the log is not a record this"
        + " consultation could have made");
  }

  private static void expect(long sequence, boolean condition, String what) {
    if (!condition) {
      throw forged(sequence, what);
    }
  }

  ConsultationOpened opened() {
    if (opened == null) {
      throw new IllegalStateException("no consultation-opened event yet");
    }
    return opened;
  }

  Phase currentPhase() {
    return opened().phases().get(phaseIndex);
  }

  List<Phase> phasesAfterCurrent() {
    List<Phase> phases = opened().phases();
    return phases.subList(phaseIndex + 1, phases.size());
  }

  Map<ProposalId, Proposal> proposals() {
    return proposals;
  }

  int ideaCount() {
    return ideas.size();
  }

  int commentCount() {
    return comments.size();
  }

  Map<MemberId, Ballot> ballots() {
    return ballots;
  }

  boolean decided() {
    return decision != null;
  }

  boolean closed() {
    return closed;
  }

  long version() {
    return version;
  }

  @Nullable Applied applied(CommandId id) {
    return applied.get(id);
  }

  ConsultationState snapshot() {
    ConsultationState s = snapshot;
    if (s == null) {
      ConsultationOpened o = opened();
      s = new ConsultationState(o, currentPhase().id(), ImmutableMap.copyOf(proposals),
          ImmutableList.copyOf(ideas), ImmutableList.copyOf(comments),
          ImmutableMap.copyOf(ballots), decision,
          closed ? ConsultationStatus.CLOSED : ConsultationStatus.OPEN, version,
          java.util.Objects.requireNonNull(openedAt), java.util.Objects.requireNonNull(updatedAt),
          methodState, allowed());
      snapshot = s;
    }
    return s;
  }
}
