package io.yishi.core.method.cocreation;

import io.yishi.core.community.ResidentId;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.method.cocreation.Workshop.ActionItem;
import io.yishi.core.method.cocreation.Workshop.Card;
import io.yishi.core.method.cocreation.Workshop.Cluster;
import io.yishi.core.method.cocreation.Workshop.Objection;
import io.yishi.core.method.cocreation.Workshop.ObjectionCheck;
import io.yishi.core.method.cocreation.Workshop.Participant;
import io.yishi.core.method.cocreation.WorkshopAction.CallForObjections;
import io.yishi.core.method.cocreation.WorkshopAction.CastPriority;
import io.yishi.core.method.cocreation.WorkshopAction.CloseObjectionCheck;
import io.yishi.core.method.cocreation.WorkshopAction.ConcludeWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.CountPriorities;
import io.yishi.core.method.cocreation.WorkshopAction.FormCluster;
import io.yishi.core.method.cocreation.WorkshopAction.FrameWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.MergeClusters;
import io.yishi.core.method.cocreation.WorkshopAction.MoveCard;
import io.yishi.core.method.cocreation.WorkshopAction.NameCluster;
import io.yishi.core.method.cocreation.WorkshopAction.OpenRound;
import io.yishi.core.method.cocreation.WorkshopAction.PlaceCard;
import io.yishi.core.method.cocreation.WorkshopAction.PostCard;
import io.yishi.core.method.cocreation.WorkshopAction.RaiseObjection;
import io.yishi.core.method.cocreation.WorkshopAction.ReadTitles;
import io.yishi.core.method.cocreation.WorkshopAction.RecordActionItem;
import io.yishi.core.method.cocreation.WorkshopAction.RegisterParticipant;
import io.yishi.core.method.cocreation.WorkshopAction.RenameCluster;
import io.yishi.core.method.cocreation.WorkshopAction.SplitCard;
import io.yishi.core.method.cocreation.WorkshopAction.SplitCluster;
import io.yishi.core.method.cocreation.WorkshopAction.WithdrawObjection;
import io.yishi.core.method.cocreation.WorkshopAction.WriteCard;
import io.yishi.core.method.cocreation.WorkshopFact.ActionItemRecorded;
import io.yishi.core.method.cocreation.WorkshopFact.CardMoved;
import io.yishi.core.method.cocreation.WorkshopFact.CardPlaced;
import io.yishi.core.method.cocreation.WorkshopFact.CardPosted;
import io.yishi.core.method.cocreation.WorkshopFact.CardSplit;
import io.yishi.core.method.cocreation.WorkshopFact.CardWritten;
import io.yishi.core.method.cocreation.WorkshopFact.ClusterFormed;
import io.yishi.core.method.cocreation.WorkshopFact.ClusterNamed;
import io.yishi.core.method.cocreation.WorkshopFact.ClusterRenamed;
import io.yishi.core.method.cocreation.WorkshopFact.ClusterSplit;
import io.yishi.core.method.cocreation.WorkshopFact.ClustersMerged;
import io.yishi.core.method.cocreation.WorkshopFact.ObjectionCheckClosed;
import io.yishi.core.method.cocreation.WorkshopFact.ObjectionRaised;
import io.yishi.core.method.cocreation.WorkshopFact.ObjectionWithdrawn;
import io.yishi.core.method.cocreation.WorkshopFact.ObjectionsCalled;
import io.yishi.core.method.cocreation.WorkshopFact.ParticipantRegistered;
import io.yishi.core.method.cocreation.WorkshopFact.PrioritiesCounted;
import io.yishi.core.method.cocreation.WorkshopFact.PriorityCast;
import io.yishi.core.method.cocreation.WorkshopFact.RoundOpened;
import io.yishi.core.method.cocreation.WorkshopFact.TitlesRead;
import io.yishi.core.method.cocreation.WorkshopFact.WorkshopConcluded;
import io.yishi.core.method.cocreation.WorkshopFact.WorkshopFramed;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The workshop's rules: who may act, in which order, within which limits. {@link #handle} checks
 * and answers with facts; {@link #apply} folds them and checks them again against the state, so
 * that a rewritten log is refused on replay.
 */
final class CoCreationProcedure implements Procedure<Workshop> {

  private static final Set<String> ACTIONS = Set.of("frame-workshop", "register-participant",
      "write-card", "open-card-round", "post-card", "split-card", "form-cluster", "place-card",
      "move-card", "merge-clusters", "split-cluster", "name-cluster", "rename-cluster",
      "cast-priority", "count-priorities", "read-titles", "call-for-objections",
      "raise-objection", "withdraw-objection", "close-objection-check", "record-action-item",
      "conclude-workshop");

  private static final int MAX_SYMBOL_LENGTH = 8;

  /** The action that records each fact: a fact is only accepted in a phase that takes it. */
  private static final Map<String, String> RECORDED_BY = Map.ofEntries(
      Map.entry("workshop-framed", "frame-workshop"),
      Map.entry("participant-registered", "register-participant"),
      Map.entry("card-written", "write-card"),
      Map.entry("card-round-opened", "open-card-round"),
      Map.entry("card-posted", "post-card"),
      Map.entry("card-split", "split-card"),
      Map.entry("cluster-formed", "form-cluster"),
      Map.entry("card-placed", "place-card"),
      Map.entry("card-moved", "move-card"),
      Map.entry("clusters-merged", "merge-clusters"),
      Map.entry("cluster-split", "split-cluster"),
      Map.entry("cluster-named", "name-cluster"),
      Map.entry("cluster-renamed", "rename-cluster"),
      Map.entry("priority-cast", "cast-priority"),
      Map.entry("priorities-counted", "count-priorities"),
      Map.entry("titles-read", "read-titles"),
      Map.entry("objections-called", "call-for-objections"),
      Map.entry("objection-raised", "raise-objection"),
      Map.entry("objection-withdrawn", "withdraw-objection"),
      Map.entry("objection-check-closed", "close-objection-check"),
      Map.entry("action-item-recorded", "record-action-item"),
      Map.entry("workshop-concluded", "conclude-workshop"));

  private final Settings settings;
  private final List<Phase> phases;

  CoCreationProcedure(Settings settings, List<Phase> phases) {
    this.settings = settings;
    this.phases = List.copyOf(phases);
  }

  @Override
  public Workshop start() {
    return Workshop.start();
  }

  @Override
  public Set<String> actions() {
    return ACTIONS;
  }

  // ---------------------------------------------------------------- handle

  @Override
  public List<Fact> handle(Workshop w, Action action, Context context) {
    String kind = action.kind();
    if (w.concluded()) {
      throw new InvalidActionException(kind, null, "the workshop has been concluded; nothing"
          + " more is accepted");
    }
    if (action instanceof FrameWorkshop a) {
      facilitator(kind, a.by());
      if (w.framed()) {
        throw new InvalidActionException(kind, a.focusQuestion(), "the workshop is framed"
            + " already, with the focus question \"" + w.focusQuestion() + "\"");
      }
      notBlank(kind + ".focusQuestion", a.focusQuestion(),
          "must be one open question, not blank");
      return List.of(new WorkshopFramed(a.by(), a.focusQuestion().strip(),
          a.rationalAim().strip(), a.experientialAim().strip(), fromElectorate(context)));
    }
    if (action instanceof RegisterParticipant a) {
      facilitator(kind, a.by());
      String team = a.team().strip();
      registrable(kind, w, a.resident(), team);
      return List.of(new ParticipantRegistered(a.resident(), team));
    }
    if (action instanceof WriteCard a) {
      framed(kind, w);
      Participant p = participant(kind, w, a.by());
      String text = cardText(kind + ".text", a.text());
      writable(kind, w, p);
      return List.of(new CardWritten(w.cards().size() + 1, a.by(), p.team(), text));
    }
    if (action instanceof OpenRound a) {
      facilitator(kind, a.by());
      framed(kind, w);
      if (w.cards().stream().noneMatch(c -> c.round() == 0 && !c.withdrawn())) {
        throw new InvalidActionException(kind, w.round() + 1, "no written card is waiting to"
            + " be posted");
      }
      return List.of(new RoundOpened(w.round() + 1));
    }
    if (action instanceof PostCard a) {
      postable(kind, w, liveCard(kind + ".card", w, a.card()), a.by());
      return List.of(new CardPosted(a.card(), w.round(), a.by()));
    }
    if (action instanceof SplitCard a) {
      facilitator(kind, a.by());
      liveCard(kind + ".card", w, a.card());
      if (a.parts().size() < 2) {
        throw new InvalidActionException(kind + ".parts", a.parts().size(),
            "must hold at least two texts, one idea each");
      }
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < a.parts().size(); i++) {
        parts.add(cardText(kind + ".parts[" + i + "]", a.parts().get(i)));
      }
      return List.of(new CardSplit(a.card(), parts));
    }
    if (action instanceof FormCluster a) {
      facilitator(kind, a.by());
      String symbol = newSymbol(kind + ".symbol", w, a.symbol());
      if (a.cards().isEmpty()) {
        throw new InvalidActionException(kind + ".cards", a.cards(),
            "must hold at least one card (practice starts with pairs)");
      }
      distinct(kind + ".cards", a.cards());
      for (int n : a.cards()) {
        unplacedCard(kind + ".cards", w, n);
      }
      return List.of(new ClusterFormed(symbol, a.cards()));
    }
    if (action instanceof PlaceCard a) {
      facilitator(kind, a.by());
      unplacedCard(kind + ".card", w, a.card());
      existing(kind + ".cluster", w, a.cluster());
      return List.of(new CardPlaced(a.card(), a.cluster()));
    }
    if (action instanceof MoveCard a) {
      facilitator(kind, a.by());
      liveCard(kind + ".card", w, a.card());
      String from = w.clusterOf(a.card()).orElseThrow(() -> new InvalidActionException(
          kind + ".card", a.card(), "is in no column; use place-card"));
      existing(kind + ".to", w, a.to());
      if (from.equals(a.to())) {
        throw new InvalidActionException(kind + ".to", a.to(), "is the card's column already");
      }
      return List.of(new CardMoved(a.card(), from, a.to()));
    }
    if (action instanceof MergeClusters a) {
      facilitator(kind, a.by());
      existing(kind + ".from", w, a.from());
      existing(kind + ".into", w, a.into());
      if (a.from().equals(a.into())) {
        throw new InvalidActionException(kind + ".into", a.into(), "must differ from 'from'");
      }
      return List.of(new ClustersMerged(a.from(), a.into()));
    }
    if (action instanceof SplitCluster a) {
      facilitator(kind, a.by());
      Cluster c = existing(kind + ".cluster", w, a.cluster());
      String symbol = newSymbol(kind + ".symbol", w, a.symbol());
      distinct(kind + ".cards", a.cards());
      if (a.cards().isEmpty() || a.cards().size() >= c.cards().size()) {
        throw new InvalidActionException(kind + ".cards", a.cards(), "must move at least one"
            + " card and leave at least one of the " + c.cards().size() + " in " + c.symbol());
      }
      for (int n : a.cards()) {
        if (!c.cards().contains(n)) {
          throw new InvalidActionException(kind + ".cards", n, "is not in column "
              + c.symbol() + " (cards " + c.cards() + ")");
        }
      }
      return List.of(new ClusterSplit(a.cluster(), symbol, a.cards()));
    }
    if (action instanceof NameCluster a) {
      facilitator(kind, a.by());
      Cluster c = existing(kind + ".cluster", w, a.cluster());
      nameable(kind, w, c);
      return List.of(new ClusterNamed(a.cluster(), name(kind + ".name", w, a.name(), c)));
    }
    if (action instanceof RenameCluster a) {
      facilitator(kind, a.by());
      Cluster c = existing(kind + ".cluster", w, a.cluster());
      if (!c.named()) {
        throw new InvalidActionException(kind + ".cluster", a.cluster(), "has no name yet; use"
            + " name-cluster");
      }
      unsettled(kind, w);
      String name = name(kind + ".name", w, a.name(), c);
      if (name.equals(c.name())) {
        throw new InvalidActionException(kind + ".name", a.name(), "is the column's name"
            + " already");
      }
      notBlank(kind + ".reason", a.reason(), "must say why, for the record");
      return List.of(new ClusterRenamed(a.cluster(), c.name(), name, a.reason().strip()));
    }
    if (action instanceof CastPriority a) {
      return List.of(new PriorityCast(priorityBallot(kind, w, a.by(), a.ballot(), context)));
    }
    if (action instanceof CountPriorities a) {
      facilitator(kind, a.by());
      return List.of(new PrioritiesCounted(count(kind, w, context)));
    }
    if (action instanceof ReadTitles a) {
      facilitator(kind, a.by());
      unsettled(kind, w);
      readyToResolve(kind, w);
      if (w.titlesRead()) {
        throw new InvalidActionException(kind, null, "the titles have been read back already"
            + " and no name has changed since");
      }
      return List.of(new TitlesRead(w.chart().columns().stream()
          .map(ConsensusChart.Column::name).toList()));
    }
    if (action instanceof CallForObjections a) {
      facilitator(kind, a.by());
      unsettled(kind, w);
      if (!w.titlesRead()) {
        throw new InvalidActionException(kind, null, "the titles must be read back first"
            + " (read-titles)");
      }
      return List.of(new ObjectionsCalled(w.checks().size() + 1, context.now(),
          settings.objectionMinutes()));
    }
    if (action instanceof RaiseObjection a) {
      participant(kind, w, a.by());
      ObjectionCheck check = open(kind, w);
      if (!a.cluster().isEmpty()) {
        existing(kind + ".cluster", w, a.cluster());
      }
      notBlank(kind + ".reason", a.reason(), "must give the reason for the objection");
      if (check.standing().stream().anyMatch(o -> o.by().equals(a.by()))) {
        throw new InvalidActionException(kind + ".by", a.by(), "has a standing objection in"
            + " this check already; withdraw it first");
      }
      return List.of(new ObjectionRaised(check.number(), a.by(), a.cluster(),
          a.reason().strip()));
    }
    if (action instanceof WithdrawObjection a) {
      ObjectionCheck check = open(kind, w);
      if (check.standing().stream().noneMatch(o -> o.by().equals(a.by()))) {
        throw new InvalidActionException(kind + ".by", a.by(), "has no standing objection in"
            + " check " + check.number());
      }
      return List.of(new ObjectionWithdrawn(check.number(), a.by()));
    }
    if (action instanceof CloseObjectionCheck a) {
      facilitator(kind, a.by());
      return List.of(closing(open(kind, w), context.now()));
    }
    if (action instanceof RecordActionItem a) {
      facilitator(kind, a.by());
      confirmed(kind, w);
      if (!a.cluster().isEmpty()) {
        existing(kind + ".cluster", w, a.cluster());
      }
      notBlank(kind + ".what", a.what(), "must say what is to be done");
      if (w.participant(a.owner()).isEmpty() && !settings.isFacilitator(a.owner())) {
        throw new InvalidActionException(kind + ".owner", a.owner(), "must be a participant"
            + " or a facilitator of the workshop");
      }
      LocalDate today = LocalDate.ofInstant(context.now(), settings.zone());
      if (a.due().isBefore(today)) {
        throw new InvalidActionException(kind + ".due", a.due(), "must not be before today ("
            + today + ", " + settings.zone() + ")");
      }
      return List.of(new ActionItemRecorded(w.actionItems().size() + 1, a.cluster(),
          a.what().strip(), a.owner(), a.due()));
    }
    if (action instanceof ConcludeWorkshop a) {
      facilitator(kind, a.by());
      if (!w.consensusConfirmed()) {
        throw new InvalidActionException(kind, null, "cannot conclude before the consensus is"
            + " confirmed: read the titles back, call for objections and close the check");
      }
      if (w.actionItems().size() < settings.minActionItems()) {
        throw new InvalidActionException(kind, w.actionItems().size(), "cannot conclude with"
            + " fewer than " + settings.minActionItems() + " action item(s) (parameter"
            + " minActionItems)");
      }
      return List.of(new WorkshopConcluded(a.by(), context.now()));
    }
    throw new InvalidActionException("action", kind, "is not an action of co-creation");
  }

  @Override
  public List<Fact> due(Workshop w, Context context) {
    ObjectionCheck check = w.openCheck().orElse(null);
    if (check == null || w.concluded()) {
      return List.of();
    }
    Instant deadline = check.deadline().orElse(null);
    if (deadline == null || context.now().isBefore(deadline)) {
      return List.of();
    }
    return List.of(closing(check, deadline));
  }

  private ObjectionCheckClosed closing(ObjectionCheck check, Instant at) {
    int standing = check.standing().size();
    return new ObjectionCheckClosed(check.number(), at, standing,
        standing <= settings.maxObjections());
  }

  // ---------------------------------------------------------------- allowed

  @Override
  public Set<String> allowed(Workshop w, Phase phase) {
    if (w.concluded()) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>();
    boolean open = w.openCheck().isPresent();
    boolean unplaced = !w.unplaced().isEmpty();
    boolean allNamed = !w.clusters().isEmpty()
        && w.clusters().stream().allMatch(Cluster::named);
    for (String kind : phase.commands()) {
      boolean ok = switch (kind) {
        case "frame-workshop" -> !w.framed();
        case "register-participant" -> true;
        case "write-card" -> w.framed();
        case "open-card-round" -> w.framed()
            && w.cards().stream().anyMatch(c -> c.round() == 0 && !c.withdrawn());
        case "post-card" -> w.round() > 0
            && w.cards().stream().anyMatch(c -> c.round() == 0 && !c.withdrawn());
        case "split-card" -> w.cards().stream().anyMatch(c -> !c.withdrawn());
        case "form-cluster" -> unplaced;
        case "place-card" -> unplaced && !w.clusters().isEmpty();
        case "move-card", "merge-clusters" -> w.clusters().size() > 1;
        case "split-cluster" -> w.clusters().stream().anyMatch(c -> c.cards().size() > 1);
        case "name-cluster" -> !unplaced && w.clusters().stream().anyMatch(c -> !c.named());
        case "rename-cluster" -> !w.namingOrder().isEmpty() && !open && !w.consensusConfirmed();
        case "cast-priority" -> settings.prioritise() && w.priorities() == null && allNamed
            && !unplaced;
        case "count-priorities" -> settings.prioritise() && w.priorities() == null
            && !w.priorityBallots().isEmpty() && !w.titlesRead();
        case "read-titles" -> allNamed && !unplaced && !w.titlesRead() && !open
            && !w.consensusConfirmed();
        case "call-for-objections" -> w.titlesRead() && !open && !w.consensusConfirmed();
        case "raise-objection", "withdraw-objection", "close-objection-check" -> open;
        case "record-action-item" -> w.consensusConfirmed();
        case "conclude-workshop" -> w.consensusConfirmed()
            && w.actionItems().size() >= settings.minActionItems();
        default -> false;
      };
      if (ok) {
        out.add(kind);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- apply

  /**
   * Folds a fact as {@link #apply(Workshop, Fact)} does, then checks what the fact's structure
   * alone cannot show, so that a log rewritten with recomputed hashes is refused on replay: that
   * the phase it was recorded in accepts the action that records it (an objection check closed
   * by its deadline counts as {@code close-objection-check}, which {@code resolve} accepts), and
   * that its content is what {@link #handle} would have recorded, by the same checks: limits on
   * cards and rounds, who may post, names largest first within the word limits, the objection
   * check's length and time, the priorities counted again with the rule.
   *
   * @throws IllegalArgumentException naming the fact's action, field and broken rule, if the
   *     fact could not have followed
   */
  @Override
  public Workshop apply(Workshop w, Fact fact, Context context) {
    Workshop next = apply(w, fact);
    WorkshopFact f = (WorkshopFact) fact;
    String kind = RECORDED_BY.get(f.type());
    Phase phase = phases.stream().filter(p -> p.id().equals(context.phase())).findFirst()
        .orElse(null);
    check(kind != null && phase != null && phase.commands().contains(kind), f.type()
        + " recorded in phase '" + context.phase() + "', which does not accept " + kind);
    try {
      follows(w, f, kind, context);
    } catch (InvalidActionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return next;
  }

  /**
   * Checks that a fact's content follows from the state before it, with {@code handle}'s own
   * checks.
   *
   * @throws InvalidActionException if it does not
   */
  private void follows(Workshop w, WorkshopFact f, String kind, Context context) {
    if (f instanceof ParticipantRegistered e) {
      check(e.team().equals(e.team().strip()), "team '" + e.team() + "' is not trimmed");
      registrable(kind, w, e.resident(), e.team());
    } else if (f instanceof CardWritten e) {
      writable(kind, w, w.participant(e.author()).orElseThrow());
      check(cardText(kind + ".text", e.text()).equals(e.text()), "the card's text is not"
          + " trimmed");
    } else if (f instanceof CardPosted e) {
      postable(kind, w, card(w, e.card()), e.by());
    } else if (f instanceof ClusterNamed e) {
      Cluster c = cluster(w, e.cluster());
      nameable(kind, w, c);
      check(name(kind + ".name", w, e.name(), c).equals(e.name()), "the name \"" + e.name()
          + "\" is not trimmed to single spaces");
    } else if (f instanceof PriorityCast e) {
      priorityBallot(kind, w, new ResidentId(voterResident(e.ballot())), e.ballot(), context);
    } else if (f instanceof PrioritiesCounted e) {
      Decision counted = count(kind, w, context);
      check(counted.equals(e.decision()), "the priority ballots counted again with rule '"
          + settings.priorityRule() + "' give " + counted + ", not " + e.decision());
    } else if (f instanceof ObjectionsCalled e) {
      check(e.minutes() == settings.objectionMinutes(), "the check lasts " + e.minutes()
          + " minute(s); parameter objectionMinutes is " + settings.objectionMinutes());
      check(e.at().equals(context.now()), "the check was called at " + e.at()
          + " but recorded at " + context.now());
    }
  }

  @Override
  public Workshop apply(Workshop w, Fact fact) {
    if (!(fact instanceof WorkshopFact f)) {
      throw new IllegalArgumentException("not a co-creation fact: " + fact.type());
    }
    check(!w.concluded(), "the workshop was concluded");
    Draft d = new Draft(w);
    if (f instanceof WorkshopFramed e) {
      check(!w.framed(), "the workshop is framed already");
      check(settings.isFacilitator(e.by()), e.by() + " is not a facilitator");
      check(!e.focusQuestion().isBlank(), "the focus question is blank");
      d.framed = true;
      d.focusQuestion = e.focusQuestion();
      d.rationalAim = e.rationalAim();
      d.experientialAim = e.experientialAim();
      for (ResidentId r : e.participants()) {
        if (w.participant(r).isEmpty()) {
          d.participants.add(new Participant(r, ""));
        }
      }
      d.sortParticipants();
    } else if (f instanceof ParticipantRegistered e) {
      d.participants.removeIf(p -> p.resident().equals(e.resident()));
      d.participants.add(new Participant(e.resident(), e.team()));
      d.sortParticipants();
    } else if (f instanceof CardWritten e) {
      check(w.framed(), "a card before the workshop was framed");
      check(e.number() == w.cards().size() + 1, "card " + e.number() + " where "
          + (w.cards().size() + 1) + " was next");
      Participant p = w.participant(e.author()).orElse(null);
      check(p != null, e.author() + " is not a participant");
      check(p.team().equals(e.team()), "card's team differs from the author's");
      d.cards.add(new Card(e.number(), e.author(), e.team(), e.text(), 0, false));
    } else if (f instanceof RoundOpened e) {
      check(e.round() == w.round() + 1, "round " + e.round() + " where " + (w.round() + 1)
          + " was next");
      d.round = e.round();
    } else if (f instanceof CardPosted e) {
      Card c = card(w, e.card());
      check(c.round() == 0 && !c.withdrawn(), "card " + e.card() + " cannot be posted");
      check(e.round() == w.round() && w.round() > 0, "card posted in round " + e.round()
          + ", not the open round " + w.round());
      d.cards.set(e.card() - 1, new Card(c.number(), c.author(), c.team(), c.text(), e.round(),
          false));
    } else if (f instanceof CardSplit e) {
      Card c = card(w, e.card());
      check(!c.withdrawn(), "card " + e.card() + " was withdrawn already");
      check(e.parts().size() >= 2, "a split into fewer than two cards");
      d.cards.set(e.card() - 1, new Card(c.number(), c.author(), c.team(), c.text(), c.round(),
          true));
      for (String part : e.parts()) {
        d.cards.add(new Card(d.cards.size() + 1, c.author(), c.team(), part, c.round(), false));
      }
      w.clusterOf(e.card()).ifPresent(s -> d.removeCard(s, e.card()));
    } else if (f instanceof ClusterFormed e) {
      check(w.cluster(e.symbol()).isEmpty() && !e.symbol().isBlank(), "symbol " + e.symbol()
          + " is in use or blank");
      check(!e.cards().isEmpty(), "an empty column");
      check(new HashSet<>(e.cards()).size() == e.cards().size(), "a card twice in a column");
      e.cards().forEach(n -> checkUnplaced(w, n));
      d.clusters.add(new Cluster(e.symbol(), "", e.cards()));
    } else if (f instanceof CardPlaced e) {
      checkUnplaced(w, e.card());
      d.addCard(cluster(w, e.cluster()).symbol(), e.card());
    } else if (f instanceof CardMoved e) {
      check(w.clusterOf(e.card()).map(e.from()::equals).orElse(false), "card " + e.card()
          + " is not in column " + e.from());
      cluster(w, e.to());
      check(!e.from().equals(e.to()), "a move within one column");
      d.removeCard(e.from(), e.card());
      d.addCard(e.to(), e.card());
    } else if (f instanceof ClustersMerged e) {
      Cluster from = cluster(w, e.from());
      cluster(w, e.into());
      check(!e.from().equals(e.into()), "a column merged into itself");
      for (int n : from.cards()) {
        d.removeCard(e.from(), n);
        d.addCard(e.into(), n);
      }
    } else if (f instanceof ClusterSplit e) {
      Cluster from = cluster(w, e.from());
      check(w.cluster(e.symbol()).isEmpty() && !e.symbol().isBlank(), "symbol " + e.symbol()
          + " is in use or blank");
      check(!e.cards().isEmpty() && e.cards().size() < from.cards().size()
          && new HashSet<>(e.cards()).size() == e.cards().size()
          && from.cards().containsAll(e.cards()), "the split cards are not a proper part of "
          + e.from());
      d.clusters.add(new Cluster(e.symbol(), "", e.cards()));
      for (int n : e.cards()) {
        d.removeCard(e.from(), n);
      }
    } else if (f instanceof ClusterNamed e) {
      Cluster c = cluster(w, e.cluster());
      check(!c.named(), "column " + e.cluster() + " is named already");
      check(w.unplaced().isEmpty(), "a column named before every posted card was placed");
      check(!e.name().isBlank(), "a blank name");
      d.setName(e.cluster(), e.name());
      d.namingOrder.add(e.cluster());
    } else if (f instanceof ClusterRenamed e) {
      Cluster c = cluster(w, e.cluster());
      check(c.named() && c.name().equals(e.previous()), "column " + e.cluster()
          + " was not named \"" + e.previous() + "\"");
      check(!w.consensusConfirmed() && w.openCheck().isEmpty(),
          "a rename during or after the objection check");
      d.setName(e.cluster(), e.name());
      d.titlesRead = false;
    } else if (f instanceof PriorityCast e) {
      check(settings.prioritise(), "a priority ballot, but prioritise is off");
      check(w.priorities() == null, "a priority ballot after the count");
      check(w.participant(new ResidentId(voterResident(e.ballot()))).isPresent(),
          "a priority ballot from " + e.ballot().voter() + ", who is not a participant");
      d.priorityBallots.removeIf(b -> b.voter().equals(e.ballot().voter()));
      d.priorityBallots.add(e.ballot());
    } else if (f instanceof PrioritiesCounted e) {
      check(settings.prioritise() && w.priorities() == null && !w.priorityBallots().isEmpty(),
          "priorities counted twice or without ballots");
      d.priorities = e.decision();
    } else if (f instanceof TitlesRead e) {
      check(!w.clusters().isEmpty() && w.clusters().stream().allMatch(Cluster::named)
          && w.unplaced().isEmpty(), "titles read before every column was named");
      check(!w.consensusConfirmed() && w.openCheck().isEmpty(), "titles read during or after"
          + " the objection check");
      d.titlesRead = true;
    } else if (f instanceof ObjectionsCalled e) {
      check(w.titlesRead() && w.openCheck().isEmpty() && !w.consensusConfirmed(),
          "objections called before the titles were read, or twice");
      check(e.check() == w.checks().size() + 1, "check " + e.check() + " where "
          + (w.checks().size() + 1) + " was next");
      d.checks.add(new ObjectionCheck(e.check(), e.at(), e.minutes(), List.of(), false, false));
    } else if (f instanceof ObjectionRaised e) {
      ObjectionCheck c = openCheck(w, e.check());
      check(w.participant(e.by()).isPresent(), e.by() + " is not a participant");
      check(c.standing().stream().noneMatch(o -> o.by().equals(e.by())), e.by()
          + " objects twice");
      List<Objection> objections = new ArrayList<>(c.objections());
      objections.add(new Objection(e.by(), e.cluster(), e.reason(), false));
      d.replaceLastCheck(c, objections, false, false);
    } else if (f instanceof ObjectionWithdrawn e) {
      ObjectionCheck c = openCheck(w, e.check());
      List<Objection> objections = new ArrayList<>();
      boolean found = false;
      for (Objection o : c.objections()) {
        if (!o.withdrawn() && o.by().equals(e.by())) {
          objections.add(new Objection(o.by(), o.cluster(), o.reason(), true));
          found = true;
        } else {
          objections.add(o);
        }
      }
      check(found, e.by() + " has no standing objection");
      d.replaceLastCheck(c, objections, false, false);
    } else if (f instanceof ObjectionCheckClosed e) {
      ObjectionCheck c = openCheck(w, e.check());
      check(e.standing() == c.standing().size()
          && e.confirmed() == (c.standing().size() <= settings.maxObjections()),
          "the check's outcome does not match its objections");
      d.replaceLastCheck(c, c.objections(), true, e.confirmed());
    } else if (f instanceof ActionItemRecorded e) {
      check(w.consensusConfirmed(), "an action item before the consensus was confirmed");
      check(e.number() == w.actionItems().size() + 1, "action item " + e.number()
          + " where " + (w.actionItems().size() + 1) + " was next");
      d.actionItems.add(new ActionItem(e.number(), e.cluster(), e.what(), e.owner(), e.due()));
    } else if (f instanceof WorkshopConcluded e) {
      check(w.consensusConfirmed() && w.actionItems().size() >= settings.minActionItems(),
          "concluded before the consensus was confirmed with its action items");
      d.concluded = true;
    }
    return d.build();
  }

  // ---------------------------------------------------------------- helpers

  // The checks below are shared by handle, which refuses an action, and apply, which refuses a
  // fact on replay: both throw InvalidActionException, which apply turns into
  // IllegalArgumentException.

  /** Checks that a resident may be registered with this (trimmed) team. */
  private static void registrable(String kind, Workshop w, ResidentId resident, String team) {
    Participant now = w.participant(resident).orElse(null);
    if (now != null && now.team().equals(team)) {
      throw new InvalidActionException(kind + ".resident", resident, "is a participant"
          + (team.isEmpty() ? "" : " of team '" + team + "'") + " already");
    }
    if (now != null && written(w, resident) > 0) {
      throw new InvalidActionException(kind + ".team", team, "cannot change: "
          + resident + " has written cards for " + describeTeam(now.team()));
    }
  }

  /** Checks that a participant, and their team, may write one more card. */
  private void writable(String kind, Workshop w, Participant p) {
    if (written(w, p.resident()) >= settings.cardsPerPerson()) {
      throw new InvalidActionException(kind + ".by", p.resident(), "has written "
          + settings.cardsPerPerson() + " cards, the most one participant may write"
          + " (parameter cardsPerPerson)");
    }
    if (!p.team().isEmpty() && settings.cardsPerTeam() > 0
        && teamWritten(w, p.team()) >= settings.cardsPerTeam()) {
      throw new InvalidActionException(kind + ".by", p.resident(), "team '" + p.team()
          + "' has written " + settings.cardsPerTeam() + " cards, the most one team may write"
          + " (parameter cardsPerTeam)");
    }
  }

  /**
   * Checks that {@code by} may post a live card now: not posted yet, by its author, a teammate
   * or a facilitator, in an open round that its person or team has not filled.
   */
  private void postable(String kind, Workshop w, Card card, ResidentId by) {
    if (card.round() > 0) {
      throw new InvalidActionException(kind + ".card", card.number(), "was posted already, in"
          + " round " + card.round());
    }
    boolean teammate = !card.team().isEmpty() && w.participant(by)
        .map(p -> p.team().equals(card.team())).orElse(false);
    if (!card.author().equals(by) && !teammate && !settings.isFacilitator(by)) {
      throw new InvalidActionException(kind + ".by", by, "must be the card's author ("
          + card.author() + "), a teammate or a facilitator");
    }
    if (w.round() == 0) {
      throw new InvalidActionException(kind, card.number(), "no posting round is open; a"
          + " facilitator opens one with open-card-round");
    }
    long inRound = w.cards().stream().filter(c -> c.round() == w.round()
        && unit(c).equals(unit(card))).count();
    if (inRound >= settings.cardsPerRound()) {
      throw new InvalidActionException(kind + ".card", card.number(), describeUnit(card)
          + " has posted " + inRound + " card(s) in round " + w.round() + ", the most a round"
          + " allows (parameter cardsPerRound)");
    }
  }

  /**
   * Checks that a column may be named now: not named yet, every posted card placed, and, with
   * {@code largestFirst}, no unnamed column larger.
   */
  private void nameable(String kind, Workshop w, Cluster c) {
    if (c.named()) {
      throw new InvalidActionException(kind + ".cluster", c.symbol(), "is named already (\""
          + c.name() + "\"); use rename-cluster");
    }
    List<Card> unplaced = w.unplaced();
    if (!unplaced.isEmpty()) {
      throw new InvalidActionException(kind + ".cluster", c.symbol(), "cannot be named"
          + " before the clustering is done: every posted card must be in a column first ("
          + unplaced.size() + " not: " + numbers(unplaced) + ")");
    }
    if (settings.largestFirst()) {
      int largest = w.clusters().stream().filter(x -> !x.named())
          .mapToInt(x -> x.cards().size()).max().orElse(0);
      if (c.cards().size() < largest) {
        throw new InvalidActionException(kind + ".cluster", c.symbol(), "has "
            + c.cards().size() + " cards; name the largest column first (" + largest
            + " cards: " + w.clusters().stream().filter(x -> !x.named()
                && x.cards().size() == largest).map(Cluster::symbol).toList() + ")");
      }
    }
  }

  /** Counts the priority ballots cast so far with the priority rule. */
  private Decision count(String kind, Workshop w, Context context) {
    prioritising(kind, w);
    if (w.priorityBallots().isEmpty()) {
      throw new InvalidActionException(kind, 0, "no priority ballot has been cast");
    }
    DecisionRule rule = priorityRule(kind, context);
    DecisionRequest request = priorityRequest(w, w.priorityBallots(), context);
    try {
      return rule.decide(request);
    } catch (InvalidBallotException e) {
      throw new InvalidActionException(kind + "." + e.field(), e.value().orElse(null),
          e.rule());
    }
  }

  private List<ResidentId> fromElectorate(Context context) {
    TreeSet<ResidentId> out = new TreeSet<>();
    if (settings.electorateParticipates()) {
      for (MemberId m : context.electorate().memberIds()) {
        for (String part : m.value().split("\\+")) {
          out.add(new ResidentId(part));
        }
      }
    }
    return List.copyOf(out);
  }

  private void facilitator(String kind, ResidentId by) {
    if (!settings.isFacilitator(by)) {
      throw new InvalidActionException(kind + ".by", by, "must be a facilitator of the"
          + " workshop " + settings.facilitators());
    }
  }

  private static Participant participant(String kind, Workshop w, ResidentId by) {
    return w.participant(by).orElseThrow(() -> new InvalidActionException(kind + ".by", by,
        "is not a participant of the workshop (" + w.participants().size()
            + " participants; a facilitator registers residents with register-participant)"));
  }

  private static void framed(String kind, Workshop w) {
    if (!w.framed()) {
      throw new InvalidActionException(kind, null, "the focus question must be stated first"
          + " (frame-workshop)");
    }
  }

  private static void notBlank(String field, String value, String rule) {
    if (value.isBlank()) {
      throw new InvalidActionException(field, value, rule);
    }
  }

  private String cardText(String field, String text) {
    notBlank(field, text, "must hold one idea, not blank");
    String t = text.strip();
    int length = t.codePointCount(0, t.length());
    if (length > settings.maxCardLength()) {
      throw new InvalidActionException(field, abbreviate(t), "has " + length
          + " characters; at most " + settings.maxCardLength() + " fit on a card (parameter"
          + " maxCardLength)");
    }
    return t;
  }

  private static long written(Workshop w, ResidentId author) {
    return w.cards().stream().filter(c -> c.author().equals(author) && !c.withdrawn()).count();
  }

  private static long teamWritten(Workshop w, String team) {
    return w.cards().stream().filter(c -> c.team().equals(team) && !c.withdrawn()).count();
  }

  private static String unit(Card c) {
    return c.team().isEmpty() ? "person:" + c.author() : "team:" + c.team();
  }

  private static String describeUnit(Card c) {
    return c.team().isEmpty() ? c.author().value() : "team '" + c.team() + "'";
  }

  private static String describeTeam(String team) {
    return team.isEmpty() ? "no team" : "team '" + team + "'";
  }

  private static Card liveCard(String field, Workshop w, int number) {
    Card c = w.card(number).orElseThrow(() -> new InvalidActionException(field, number,
        "is not a card of the workshop (cards 1 to " + w.cards().size() + ")"));
    if (c.withdrawn()) {
      throw new InvalidActionException(field, number, "was withdrawn when it was split");
    }
    return c;
  }

  private static void unplacedCard(String field, Workshop w, int number) {
    Card c = liveCard(field, w, number);
    if (c.round() == 0) {
      throw new InvalidActionException(field, number, "has not been posted on the wall");
    }
    w.clusterOf(number).ifPresent(s -> {
      throw new InvalidActionException(field, number, "is in column " + s + " already");
    });
  }

  private static Cluster existing(String field, Workshop w, String symbol) {
    return w.cluster(symbol).orElseThrow(() -> new InvalidActionException(field, symbol,
        "must be a column of the workshop (" + w.clusters().stream().map(Cluster::symbol)
            .toList() + ")"));
  }

  private static String newSymbol(String field, Workshop w, String symbol) {
    String s = symbol.strip();
    int length = s.codePointCount(0, s.length());
    if (length == 0 || length > MAX_SYMBOL_LENGTH) {
      throw new InvalidActionException(field, symbol, "must be 1 to " + MAX_SYMBOL_LENGTH
          + " characters, a neutral tag such as ★ or △, not a name");
    }
    if (w.cluster(s).isPresent()) {
      throw new InvalidActionException(field, symbol, "is the symbol of another column");
    }
    return s;
  }

  private static void distinct(String field, List<Integer> cards) {
    if (new HashSet<>(cards).size() != cards.size()) {
      throw new InvalidActionException(field, cards, "must not name a card twice");
    }
  }

  private String name(String field, Workshop w, String name, Cluster c) {
    notBlank(field, name, "must be a descriptive phrase answering the focus question");
    String n = name.strip().replaceAll("\\s+", " ");
    int words = words(n);
    if (words < settings.minNameWords() || words > settings.maxNameWords()) {
      throw new InvalidActionException(field, n, "has " + words + " word(s); a column's name"
          + " is a phrase of " + settings.minNameWords() + " to " + settings.maxNameWords()
          + " words (parameters minNameWords, maxNameWords; ICA:UK step 14)");
    }
    for (Cluster other : w.clusters()) {
      if (!other.symbol().equals(c.symbol()) && other.name().equalsIgnoreCase(n)) {
        throw new InvalidActionException(field, n, "is the name of column " + other.symbol());
      }
    }
    return n;
  }

  /**
   * Counts words: runs of letters or digits separated by spaces or punctuation; in text written
   * without spaces (Chinese, Japanese), every two ideographs count as one word, rounding up, the
   * usual length of a word there.
   */
  static int words(String text) {
    int words = 0;
    int ideographs = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isIdeographic(cp)) {
        ideographs++;
        inWord = false;
        continue;
      }
      words += (ideographs + 1) / 2;
      ideographs = 0;
      if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (cp != '\'' && cp != '-') {
        inWord = false;
      }
    }
    return words + (ideographs + 1) / 2;
  }

  private static void unsettled(String kind, Workshop w) {
    if (w.consensusConfirmed()) {
      throw new InvalidActionException(kind, null, "the consensus has been confirmed");
    }
    if (w.openCheck().isPresent()) {
      throw new InvalidActionException(kind, null, "an objection check is open; close it"
          + " first");
    }
  }

  private static void readyToResolve(String kind, Workshop w) {
    if (w.clusters().isEmpty()) {
      throw new InvalidActionException(kind, null, "there is no column to read back");
    }
    List<Card> unplaced = w.unplaced();
    if (!unplaced.isEmpty()) {
      throw new InvalidActionException(kind, null, "every posted card must be in a column"
          + " first (" + unplaced.size() + " not: " + numbers(unplaced) + ")");
    }
    List<String> unnamed = w.clusters().stream().filter(c -> !c.named()).map(Cluster::symbol)
        .toList();
    if (!unnamed.isEmpty()) {
      throw new InvalidActionException(kind, null, "every column must be named first (unnamed: "
          + unnamed + ")");
    }
  }

  private static ObjectionCheck open(String kind, Workshop w) {
    return w.openCheck().orElseThrow(() -> new InvalidActionException(kind, null,
        "no objection check is open; a facilitator calls one with call-for-objections"));
  }

  private static void confirmed(String kind, Workshop w) {
    if (!w.consensusConfirmed()) {
      throw new InvalidActionException(kind, null, "the consensus must be confirmed first"
          + " (read-titles, call-for-objections, close-objection-check)");
    }
  }

  private void prioritising(String kind, Workshop w) {
    if (!settings.prioritise()) {
      throw new InvalidActionException(kind, null, "the prioritise step is off (parameter"
          + " prioritise)");
    }
    if (w.priorities() != null) {
      throw new InvalidActionException(kind, null, "the priorities have been counted");
    }
    if (w.titlesRead()) {
      throw new InvalidActionException(kind, null, "the titles have been read back");
    }
    readyToResolve(kind, w);
  }

  private Ballot priorityBallot(String kind, Workshop w, ResidentId by, Ballot ballot,
      Context context) {
    participant(kind, w, by);
    prioritising(kind, w);
    if (!ballot.voter().value().equals(by.value())) {
      throw new InvalidActionException(kind + ".ballot.voter", ballot.voter(), "must be the"
          + " participant casting it, " + by);
    }
    DecisionRule rule = priorityRule(kind, context);
    if (!rule.ballotType().isInstance(ballot)) {
      throw new InvalidActionException(kind + ".ballot.type", ballot.getClass().getSimpleName(),
          "rule '" + rule.id() + "' counts " + rule.ballotType().getSimpleName() + "s");
    }
    DecisionRequest sofar = priorityRequest(w, w.priorityBallots(), context);
    try {
      Ballot earlier = w.priorityBallots().stream()
          .filter(b -> b.voter().equals(ballot.voter())).findFirst().orElse(null);
      if (earlier != null && !rule.replaces(earlier, ballot, sofar)) {
        throw new InvalidActionException(kind + ".by", by, "has cast a priority ballot"
            + " already; rule '" + rule.id() + "' takes one per participant");
      }
      rule.checkBallot(ballot, sofar);
    } catch (InvalidBallotException e) {
      throw new InvalidActionException(kind + "." + e.field(), e.value().orElse(null),
          e.rule());
    }
    return ballot;
  }

  private DecisionRule priorityRule(String kind, Context context) {
    DecisionRule rule = context.rules().apply(settings.priorityRule());
    settings.priorityRuleParameters().checkKnown(rule.id(), rule.parameters());
    try {
      rule.checkParameters(settings.priorityRuleParameters());
    } catch (InvalidParameterException e) {
      throw new InvalidActionException(kind, settings.priorityRule(), "the priority rule"
          + " refuses its parameters: " + e.getMessage());
    }
    return rule;
  }

  private DecisionRequest priorityRequest(Workshop w, List<Ballot> ballots, Context context) {
    List<Member> members = w.participants().stream()
        .map(p -> Member.of(MemberId.of(p.resident()))).toList();
    Electorate participants = Electorate.of(Weighting.PER_PERSON, members);
    return new DecisionRequest(participants, ballots, List.copyOf(w.namingOrder()),
        settings.priorityRuleParameters(), context.seed(),
        LocalDate.ofInstant(context.now(), settings.zone()));
  }

  private static String voterResident(Ballot ballot) {
    return ballot.voter().value();
  }

  private static String numbers(List<Card> cards) {
    return cards.stream().map(c -> "#" + c.number()).toList().toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException(what);
    }
  }

  private static Card card(Workshop w, int number) {
    return w.card(number).orElseThrow(() -> new IllegalArgumentException("no card " + number));
  }

  private static Cluster cluster(Workshop w, String symbol) {
    return w.cluster(symbol).orElseThrow(() -> new IllegalArgumentException("no column "
        + symbol));
  }

  private static void checkUnplaced(Workshop w, int number) {
    Card c = card(w, number);
    check(c.onWall(), "card " + number + " is not on the wall");
    check(w.clusterOf(number).isEmpty(), "card " + number + " is in a column already");
  }

  private static ObjectionCheck openCheck(Workshop w, int number) {
    ObjectionCheck c = w.openCheck().orElseThrow(() -> new IllegalArgumentException(
        "no objection check is open"));
    check(c.number() == number, "check " + number + " is not the open one");
    return c;
  }

  /** A mutable copy of a workshop, for building the next one. */
  private static final class Draft {
    boolean framed;
    String focusQuestion;
    String rationalAim;
    String experientialAim;
    final List<Participant> participants;
    final List<Card> cards;
    int round;
    final List<Cluster> clusters;
    final List<String> namingOrder;
    final List<Ballot> priorityBallots;
    @Nullable Decision priorities;
    boolean titlesRead;
    final List<ObjectionCheck> checks;
    final List<ActionItem> actionItems;
    boolean concluded;

    Draft(Workshop w) {
      framed = w.framed();
      focusQuestion = w.focusQuestion();
      rationalAim = w.rationalAim();
      experientialAim = w.experientialAim();
      participants = new ArrayList<>(w.participants());
      cards = new ArrayList<>(w.cards());
      round = w.round();
      clusters = new ArrayList<>(w.clusters());
      namingOrder = new ArrayList<>(w.namingOrder());
      priorityBallots = new ArrayList<>(w.priorityBallots());
      priorities = w.priorities();
      titlesRead = w.titlesRead();
      checks = new ArrayList<>(w.checks());
      actionItems = new ArrayList<>(w.actionItems());
      concluded = w.concluded();
    }

    void sortParticipants() {
      participants.sort((a, b) -> a.resident().compareTo(b.resident()));
    }

    private int index(String symbol) {
      for (int i = 0; i < clusters.size(); i++) {
        if (clusters.get(i).symbol().equals(symbol)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no column " + symbol);
    }

    void addCard(String symbol, int card) {
      int i = index(symbol);
      Cluster c = clusters.get(i);
      List<Integer> cs = new ArrayList<>(c.cards());
      cs.add(card);
      clusters.set(i, new Cluster(c.symbol(), c.name(), cs));
    }

    /** Removes a card; a column left empty goes, with its place in the naming order. */
    void removeCard(String symbol, int card) {
      int i = index(symbol);
      Cluster c = clusters.get(i);
      List<Integer> cs = new ArrayList<>(c.cards());
      cs.remove(Integer.valueOf(card));
      if (cs.isEmpty()) {
        clusters.remove(i);
        namingOrder.remove(symbol);
      } else {
        clusters.set(i, new Cluster(c.symbol(), c.name(), cs));
      }
    }

    void setName(String symbol, String name) {
      int i = index(symbol);
      Cluster c = clusters.get(i);
      clusters.set(i, new Cluster(c.symbol(), name, c.cards()));
    }

    void replaceLastCheck(ObjectionCheck c, List<Objection> objections, boolean closed,
        boolean confirmed) {
      checks.set(checks.size() - 1, new ObjectionCheck(c.number(), c.opened(), c.minutes(),
          objections, closed, confirmed));
    }

    Workshop build() {
      return new Workshop(framed, focusQuestion, rationalAim, experientialAim, participants,
          cards, round, clusters, namingOrder, priorityBallots, priorities, titlesRead, checks,
          actionItems, concluded);
    }
  }
}
