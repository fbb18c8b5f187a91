package io.yishi.core.consultation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.yishi.core.consultation.ConsultationEvent.BallotCast;
import io.yishi.core.consultation.ConsultationEvent.CommentPosted;
import io.yishi.core.consultation.ConsultationEvent.ConsultationClosed;
import io.yishi.core.consultation.ConsultationEvent.ConsultationOpened;
import io.yishi.core.consultation.ConsultationEvent.DecisionReached;
import io.yishi.core.consultation.ConsultationEvent.IdeaSubmitted;
import io.yishi.core.consultation.ConsultationEvent.PhaseAdvanced;
import io.yishi.core.consultation.ConsultationEvent.ProposalRevised;
import io.yishi.core.consultation.ConsultationEvent.ProposalTabled;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.issue.Proposal;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Phase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  void apply(RecordedEvent entry) {
    ConsultationEvent event = entry.event();
    Instant at = entry.recordedAt();
    if (event instanceof ConsultationOpened o) {
      opened = o;
      openedAt = at;
    } else if (event instanceof IdeaSubmitted e) {
      ideas.add(new Idea(e.number(), e.author(), e.text(), at));
    } else if (event instanceof ProposalTabled e) {
      proposals.put(e.proposal(), Proposal.tabled(e.proposal(), e.author(), at, e.title(),
          e.text()));
    } else if (event instanceof ProposalRevised e) {
      proposals.put(e.proposal(), proposals.get(e.proposal())
          .revise(e.author(), at, e.title(), e.text(), e.change(), e.reason()));
    } else if (event instanceof CommentPosted e) {
      comments.add(new Comment(e.number(), e.author(), e.about(), e.text(), at));
    } else if (event instanceof PhaseAdvanced) {
      phaseIndex++;
    } else if (event instanceof BallotCast e) {
      // A replacing ballot moves to the end: the map keeps the order the counted ballots came in.
      ballots.remove(e.ballot().voter());
      ballots.put(e.ballot().voter(), e.ballot());
    } else if (event instanceof DecisionReached e) {
      decision = e.decision();
    } else if (event instanceof ConsultationClosed) {
      closed = true;
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
          java.util.Objects.requireNonNull(openedAt), java.util.Objects.requireNonNull(updatedAt));
      snapshot = s;
    }
    return s;
  }
}
