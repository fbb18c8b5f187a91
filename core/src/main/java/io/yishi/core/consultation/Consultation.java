package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.consultation.Command.CastBallot;
import io.yishi.core.consultation.Command.CheckDeadlines;
import io.yishi.core.consultation.Command.Close;
import io.yishi.core.consultation.Command.Decide;
import io.yishi.core.consultation.Command.PostComment;
import io.yishi.core.consultation.Command.ReviseProposal;
import io.yishi.core.consultation.Command.SubmitIdea;
import io.yishi.core.consultation.Command.TableProposal;
import io.yishi.core.consultation.ConsultationEvent.ConsultationOpened;
import io.yishi.core.internal.Canonical;
import io.yishi.core.issue.Proposal;
import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.plugin.UnknownPluginException;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One deliberation on one issue: opened with a {@link ConsultationSpec}, driven by {@link
 * Command}s, recorded as a hash-chained {@link EventLog}.
 *
 * <p>Each command is checked against the current state first. A refused command throws an
 * exception that names what was wrong ({@link InvalidCommandException}, {@link
 * InvalidBallotException}, {@link StaleVersionException}) and leaves the log exactly as it was. An
 * accepted command appends its events; the state is always the fold of the log, so {@link
 * #replay} of a stored log gives back an equal consultation.
 *
 * <p>Thread-safe: portals may submit from many threads; commands are applied one at a time in
 * arrival order. A {@link CommandRequest} may carry a caller-chosen id, so that a command retried
 * after a network error is applied once, and an expected version, so that a command based on a
 * stale view is refused and can be retried.
 *
 * <pre>{@code
 * Consultation c = Consultation.open(spec, clock, PluginRegistry.load());
 * c.submit(new Command.TableProposal(planId, leader, "Access control", "Install gates at …"));
 * c.submit(new Command.ReviseProposal(planId, leader, "Access control", "…", "adds a bike gate",
 *     "residents with bicycles objected"));
 * String stored = YishiJson.mapper().writeValueAsString(c.log());
 * }</pre>
 */
public final class Consultation {

  /** Commands accepted in every phase while the consultation is open. */
  private static final Set<String> ALWAYS_ACCEPTED = Set.of("advance-phase", "close",
      "check-deadlines");

  private final Clock clock;
  private final PluginRegistry registry;
  private final Object lock = new Object();
  private final List<RecordedEvent> entries = new ArrayList<>();
  private final Fold fold;
  private @Nullable EventLog logSnapshot;

  private Consultation(Clock clock, PluginRegistry registry) {
    this.clock = clock;
    this.registry = registry;
    // A log of a method this registry does not know still replays, as long as it holds no facts.
    this.fold = new Fold(opened -> registry.find(PluginKind.DELIBERATION_METHOD, opened.method())
        .map(m -> ((DeliberationMethod) m).procedure(opened.methodParameters())).orElse(null),
        registry::decisionRule);
  }

  /**
   * Opens a consultation: checks that the method and rule are installed and their parameters
   * known, and records the {@code consultation-opened} event.
   *
   * @param spec what to open
   * @param clock the source of every timestamp in the log
   * @param registry where the method and rule are looked up, now and for later commands
   * @return the open consultation, in the method's first phase, at version 1
   * @throws UnknownPluginException if the method or rule is not installed
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is unknown or invalid
   * @throws IllegalArgumentException if the method returns no phase, repeated phase ids, or a
   *     phase that lists something other than a command kind (a plugin's mistake)
   */
  public static Consultation open(ConsultationSpec spec, Clock clock, PluginRegistry registry) {
    checkNotNull(spec, "spec");
    checkNotNull(clock, "clock");
    checkNotNull(registry, "registry");
    DeliberationMethod method = registry.deliberationMethod(spec.method());
    spec.methodParameters().checkKnown(method.id(), method.parameters());
    if (!spec.rule().equals(DecisionRule.NONE)) {
      DecisionRule rule = registry.decisionRule(spec.rule());
      spec.ruleParameters().checkKnown(rule.id(), rule.parameters());
      rule.checkParameters(spec.ruleParameters());
    }
    List<Phase> phases = method.phases(spec.methodParameters());
    checkArgument(!phases.isEmpty(), "method %s: phases: must not be empty", method.id());
    checkArgument(phases.stream().map(Phase::id).distinct().count() == phases.size(),
        "method %s: phases: ids must be distinct, was %s", method.id(), phases);
    Procedure<?> procedure = method.procedure(spec.methodParameters());
    Set<String> known = new TreeSet<>(Command.KINDS);
    if (procedure != null) {
      for (String action : procedure.actions()) {
        checkArgument(!Command.KINDS.contains(action), "method %s: action '%s' has the name of a"
            + " consultation command", method.id(), action);
      }
      known.addAll(procedure.actions());
    }
    for (Phase phase : phases) {
      for (String kind : phase.commands()) {
        checkArgument(known.contains(kind), "method %s: phase %s: command '%s' is neither a"
            + " command nor one of the method's actions (known: %s)", method.id(), phase.id(),
            kind, known);
      }
    }
    Consultation consultation = new Consultation(clock, registry);
    ConsultationOpened opened = new ConsultationOpened(spec.id(), spec.title(), spec.issue(),
        spec.method(), spec.methodParameters(), phases, spec.rule(), spec.ruleParameters(),
        spec.alternatives(), spec.electorate(), spec.seed());
    synchronized (consultation.lock) {
      consultation.append(List.of(opened), null, null, clock.instant());
    }
    return consultation;
  }

  /**
   * Rebuilds a consultation from a stored log, after verifying it.
   *
   * @param log the stored log
   * @param clock the source of timestamps for further commands
   * @param registry where the rule is looked up for further commands
   * @return the consultation as the log leaves it
   * @throws TamperedLogException if the log does not verify
   */
  public static Consultation replay(EventLog log, Clock clock, PluginRegistry registry) {
    checkNotNull(log, "log");
    checkNotNull(clock, "clock");
    checkNotNull(registry, "registry");
    if (log.size() == 0) {
      throw new TamperedLogException(1, "the log is empty; it must start with consultation-opened");
    }
    log.verify();
    Consultation consultation = new Consultation(clock, registry);
    synchronized (consultation.lock) {
      for (RecordedEvent entry : log.events()) {
        consultation.entries.add(entry);
        consultation.fold.apply(entry);
      }
      consultation.logSnapshot = log;
    }
    return consultation;
  }

  /**
   * Applies a command with no id and no expected version.
   *
   * @param command the command
   * @return what was recorded
   * @throws InvalidCommandException if the state does not allow the command; nothing is recorded
   * @throws InvalidBallotException if a ballot does not fit; nothing is recorded
   * @throws io.yishi.core.spi.InvalidActionException if the method's procedure refuses an action;
   *     nothing is recorded
   */
  public Receipt submit(Command command) {
    return submit(CommandRequest.of(command));
  }

  /**
   * Applies a command, at most once per command id, and only at the expected version if one is
   * given.
   *
   * <p>If the request's id was applied before with the same command, nothing is recorded and the
   * first application's receipt is returned with {@link Receipt#repeated()} set; this is checked
   * before the version, so a retry succeeds even after other commands have been applied.
   *
   * <p>The clock is read once per command: every event it records, and the date a decision
   * is taken on, share that instant.
   *
   * @param request the command with its optional id and expected version
   * @return what was recorded
   * @throws InvalidCommandException if the state does not allow the command, or its id was used
   *     for a different command; nothing is recorded
   * @throws InvalidBallotException if a ballot does not fit; nothing is recorded
   * @throws io.yishi.core.spi.InvalidActionException if the method's procedure refuses an action,
   *     or refuses to leave the current phase yet; nothing is recorded
   * @throws StaleVersionException if an expected version was given and the consultation has
   *     moved on; nothing is recorded
   * @throws UnknownPluginException if the consultation's rule is not in the registry (a replayed
   *     consultation given a registry without it); nothing is recorded
   * @throws io.yishi.core.spi.InvalidParameterException if the rule refuses its parameters when
   *     deciding, e.g. a tie that needs a casting vote that was not given; nothing is recorded
   */
  public Receipt submit(CommandRequest request) {
    checkNotNull(request, "request");
    Command command = request.command();
    String digest = request.id() == null ? null : Canonical.sha256(command);
    synchronized (lock) {
      CommandId id = request.id();
      if (id != null) {
        Fold.Applied earlier = fold.applied(id);
        if (earlier != null) {
          if (!java.util.Objects.equals(earlier.digest(), digest)) {
            throw new InvalidCommandException("commandId", id,
                "was already used for a different command; use a fresh id for a new command");
          }
          return new Receipt(fold.version(),
              entries.subList(earlier.firstIndex(), earlier.lastIndex() + 1), true);
        }
      }
      Long expected = request.expectedVersion();
      if (expected != null && expected != fold.version()) {
        throw new StaleVersionException(expected, fold.version());
      }
      Instant now = clock.instant();
      List<ConsultationEvent> events = decide(command, now);
      if (events.isEmpty()) {
        return new Receipt(fold.version(), List.of(), false);
      }
      List<RecordedEvent> recorded = append(events, id, digest, now);
      return new Receipt(fold.version(), recorded, false);
    }
  }

  /** Validates a command against the current state and returns the events it would record. */
  private List<ConsultationEvent> decide(Command command, Instant now) {
    String kind = command.kind();
    if (fold.closed()) {
      throw new InvalidCommandException(kind, null,
          "consultation " + fold.opened().id() + " is closed; no command is accepted");
    }
    Phase phase = fold.currentPhase();
    if (!ALWAYS_ACCEPTED.contains(kind) && !phase.commands().contains(kind)) {
      throw new InvalidCommandException("phase", phase.id(), "'" + kind
          + "' is not accepted in this phase (accepted: " + accepted(phase) + ")");
    }
    // Deadlines that have passed come first: the command is judged against the state after them.
    // A consultation whose method fails at a deadline can still be closed, with the reason.
    Due due;
    try {
      due = due(phase, now);
    } catch (RuntimeException e) {
      if (command instanceof Close) {
        due = new Due(List.of(), fold.methodState());
      } else {
        throw e;
      }
    }
    List<ConsultationEvent> events = new ArrayList<>(due.events());
    events.addAll(decide(command, phase, now, due.state()));
    return events;
  }

  /** The facts of the deadlines passed by now, and the method's state after them. */
  private record Due(List<ConsultationEvent> events, @Nullable Object state) {}

  private Due due(Phase phase, Instant now) {
    Procedure<Object> procedure = fold.procedure();
    if (procedure == null) {
      return new Due(List.of(), null);
    }
    List<Fact> facts = procedure.due(fold.methodState(), context(phase, now));
    return facts.isEmpty() ? new Due(List.of(), fold.methodState())
        : tryFacts(procedure, fold.methodState(), facts, "deadline", context(phase, now));
  }

  private Procedure.Context context(Phase phase, Instant now) {
    ConsultationOpened opened = fold.opened();
    return new Procedure.Context(phase.id(), now, opened.seed(), opened.methodParameters(),
        opened.electorate(), opened.alternatives(), registry::decisionRule);
  }

  private List<ConsultationEvent> decide(Command command, Phase phase, Instant now,
      @Nullable Object methodState) {
    String kind = command.kind();
    if (command instanceof CheckDeadlines) {
      return List.of();
    }
    if (command instanceof SubmitIdea c) {
      return List.of(new ConsultationEvent.IdeaSubmitted(fold.ideaCount() + 1, c.author(),
          c.text()));
    }
    if (command instanceof TableProposal c) {
      if (fold.proposals().containsKey(c.proposal())) {
        throw new InvalidCommandException("table-proposal.proposal", c.proposal(),
            "must not be tabled twice in one consultation");
      }
      return List.of(new ConsultationEvent.ProposalTabled(c.proposal(), c.author(), c.title(),
          c.text()));
    }
    if (command instanceof ReviseProposal c) {
      Proposal proposal = fold.proposals().get(c.proposal());
      if (proposal == null) {
        throw new InvalidCommandException("revise-proposal.proposal", c.proposal(),
            "must be a proposal of this consultation (tabled: " + fold.proposals().keySet() + ")");
      }
      if (proposal.title().equals(c.title()) && proposal.text().equals(c.text())) {
        throw new InvalidCommandException("revise-proposal.text", abbreviate(c.text()),
            "must change the title or the text of revision " + proposal.current().number());
      }
      return List.of(new ConsultationEvent.ProposalRevised(c.proposal(),
          proposal.revisions().size() + 1, c.author(), c.title(), c.text(), c.change(),
          c.reason()));
    }
    if (command instanceof PostComment c) {
      if (c.about() != null && !fold.proposals().containsKey(c.about())) {
        throw new InvalidCommandException("post-comment.about", c.about(),
            "must be a proposal of this consultation (tabled: " + fold.proposals().keySet() + ")");
      }
      return List.of(new ConsultationEvent.CommentPosted(fold.commentCount() + 1, c.author(),
          c.about(), c.text()));
    }
    if (command instanceof AdvancePhase c) {
      List<Phase> later = fold.phasesAfterCurrent();
      if (later.isEmpty()) {
        throw new InvalidCommandException("advance-phase.to", c.to(),
            "there is no phase after '" + phase.id() + "'");
      }
      if (!later.get(0).id().equals(c.to())) {
        throw new InvalidCommandException("advance-phase.to", c.to(),
            "must name the next phase, '" + later.get(0).id() + "'");
      }
      List<ConsultationEvent> events = new ArrayList<>();
      Procedure<Object> procedure = fold.procedure();
      if (procedure != null) {
        List<Fact> facts = procedure.advance(methodState, phase, later.get(0),
            context(phase, now));
        Due passed = tryFacts(procedure, methodState, facts, "advance-phase",
            context(phase, now));
        if (!procedure.hasCompleted(passed.state(), phase)) {
          // Replay would refuse this advance; a method that accepts it has contradicted itself.
          throw new IllegalStateException("method " + fold.opened().method() + ": procedure"
              + " accepted an advance from '" + phase.id() + "' it does not record as complete");
        }
        events.addAll(passed.events());
      }
      events.add(new ConsultationEvent.PhaseAdvanced(phase.id(), c.to(), c.by()));
      return events;
    }
    if (command instanceof CastBallot c) {
      return List.of(new ConsultationEvent.BallotCast(checkBallot(c.ballot(), now)));
    }
    if (command instanceof Decide c) {
      if (fold.decided()) {
        throw new InvalidCommandException("decide", null, "the decision has already been reached");
      }
      DecisionRule rule = rule("decide");
      Decision decision = rule.decide(request(List.copyOf(fold.ballots().values()), now));
      Canonical.requireRoundTrip(decision, Decision.class, "decision");
      return List.of(new ConsultationEvent.DecisionReached(decision, c.by()));
    }
    if (command instanceof Close c) {
      return List.of(new ConsultationEvent.ConsultationClosed(c.by(), c.reason()));
    }
    if (command instanceof Act c) {
      return act(c.action(), phase, now, methodState);
    }
    throw new AssertionError("unhandled command kind " + kind);
  }

  private List<ConsultationEvent> act(Action action, Phase phase, Instant now,
      @Nullable Object methodState) {
    Procedure<Object> procedure = fold.procedure();
    if (procedure == null || !procedure.actions().contains(action.kind())) {
      throw new InvalidCommandException("act.action", action.kind(), "is not an action of method '"
          + fold.opened().method() + "'");
    }
    Canonical.requireRoundTrip(action, Action.class, "action");
    List<Fact> facts = procedure.handle(methodState, action, context(phase, now));
    if (facts.isEmpty()) {
      throw new IllegalStateException("method " + fold.opened().method() + ": procedure"
          + " recorded no fact for " + action.kind());
    }
    return tryFacts(procedure, methodState, facts, action.kind(), context(phase, now)).events();
  }

  /**
   * Tries facts on a state before they are recorded, so that a log never holds a fact its own
   * method would refuse on replay.
   */
  private Due tryFacts(Procedure<Object> procedure, @Nullable Object state, List<Fact> facts,
      String cause, Procedure.Context context) {
    List<ConsultationEvent> events = new ArrayList<>(facts.size());
    Object after = state;
    for (Fact fact : facts) {
      Canonical.requireRoundTrip(fact, Fact.class, "fact");
      try {
        after = procedure.apply(after, fact, context);
      } catch (RuntimeException e) {
        throw new IllegalStateException("method " + fold.opened().method() + ": procedure"
            + " recorded a fact for " + cause + " it cannot apply: " + e.getMessage(), e);
      }
      events.add(new ConsultationEvent.FactRecorded(fact));
    }
    return new Due(events, after);
  }

  private Ballot checkBallot(Ballot ballot, Instant now) {
    ConsultationOpened opened = fold.opened();
    if (fold.decided()) {
      throw new InvalidBallotException("ballot", null,
          "the decision has been reached; no more ballots are accepted");
    }
    if (!opened.electorate().contains(ballot.voter())) {
      throw new InvalidBallotException("ballot.voter", ballot.voter(),
          "must be a member of the electorate (" + opened.electorate().size() + " members)");
    }
    DecisionRule rule = rule("ballot");
    if (!rule.ballotType().isInstance(ballot)) {
      throw new InvalidBallotException("ballot.type", ballot.getClass().getSimpleName(),
          "rule '" + rule.id() + "' counts " + rule.ballotType().getSimpleName() + "s");
    }
    // The request still holds the member's earlier ballot when a later one may replace it.
    DecisionRequest sofar = request(List.copyOf(fold.ballots().values()), now);
    Ballot earlier = fold.ballots().get(ballot.voter());
    if (earlier != null && !rule.replaces(earlier, ballot, sofar)) {
      throw new InvalidBallotException("ballot.voter", ballot.voter(),
          "has already voted; one ballot per member");
    }
    rule.checkBallot(ballot, sofar);
    Canonical.requireRoundTrip(ballot, Ballot.class, "ballot");
    return ballot;
  }

  /** The consultation's rule, or a refusal naming {@code field} when it takes no vote. */
  private DecisionRule rule(String field) {
    String id = fold.opened().rule();
    if (id.equals(DecisionRule.NONE)) {
      throw new InvalidCommandException(field, null, "consultation " + fold.opened().id()
          + " takes no vote (rule '" + DecisionRule.NONE + "'); its method settles it");
    }
    return registry.decisionRule(id);
  }

  private DecisionRequest request(List<Ballot> ballots, Instant now) {
    ConsultationOpened opened = fold.opened();
    return new DecisionRequest(opened.electorate(), ballots, opened.alternatives(),
        opened.ruleParameters(), opened.seed(), LocalDate.ofInstant(now, clock.getZone()));
  }

  /** Hashes and records events; everything that can fail happens before the first write. */
  private List<RecordedEvent> append(List<ConsultationEvent> events, @Nullable CommandId id,
      @Nullable String digest, Instant now) {
    List<RecordedEvent> recorded = new ArrayList<>(events.size());
    String previous = entries.isEmpty() ? EventLog.GENESIS
        : entries.get(entries.size() - 1).hash();
    long sequence = entries.size();
    for (ConsultationEvent event : events) {
      sequence++;
      RecordedEvent unsigned = new RecordedEvent(sequence, now, id, digest, event, previous,
          EventLog.GENESIS);
      String hash = EventLog.hashOf(sequence, unsigned, previous);
      RecordedEvent entry = new RecordedEvent(sequence, unsigned.recordedAt(), id, digest, event,
          previous, hash);
      recorded.add(entry);
      previous = hash;
    }
    for (RecordedEvent entry : recorded) {
      entries.add(entry);
      fold.apply(entry);
    }
    logSnapshot = null;
    return recorded;
  }

  private static String accepted(Phase phase) {
    Set<String> all = new TreeSet<>(phase.commands());
    all.addAll(ALWAYS_ACCEPTED);
    return all.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** {@return the current state, an immutable snapshot} */
  public ConsultationState state() {
    synchronized (lock) {
      return fold.snapshot();
    }
  }

  /** {@return the log so far, an immutable snapshot to store or verify} */
  public EventLog log() {
    synchronized (lock) {
      EventLog log = logSnapshot;
      if (log == null) {
        log = EventLog.of(ImmutableList.copyOf(entries));
        logSnapshot = log;
      }
      return log;
    }
  }

  /** {@return the number of events recorded so far} */
  public long version() {
    synchronized (lock) {
      return fold.version();
    }
  }

  /** {@return the consultation's id} */
  public ConsultationId id() {
    synchronized (lock) {
      return fold.opened().id();
    }
  }

}
