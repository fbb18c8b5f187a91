package io.yishi.core.method.revision;

import io.yishi.core.YishiException;
import io.yishi.core.community.ResidentId;
import io.yishi.core.method.revision.RevisionAction.ClosePlanRound;
import io.yishi.core.method.revision.RevisionAction.OpenPlanRound;
import io.yishi.core.method.revision.RevisionAction.RespondToPlan;
import io.yishi.core.method.revision.RevisionAction.RevisePlan;
import io.yishi.core.method.revision.RevisionAction.TablePlan;
import io.yishi.core.method.revision.RevisionFact.PlanResponseGiven;
import io.yishi.core.method.revision.RevisionFact.PlanRevised;
import io.yishi.core.method.revision.RevisionFact.PlanRoundClosed;
import io.yishi.core.method.revision.RevisionFact.PlanRoundOpened;
import io.yishi.core.method.revision.RevisionFact.PlanTabled;
import io.yishi.core.method.revision.RevisionState.Objection;
import io.yishi.core.method.revision.RevisionState.Outcome;
import io.yishi.core.method.revision.RevisionState.PlanRevision;
import io.yishi.core.method.revision.RevisionState.Response;
import io.yishi.core.method.revision.RevisionState.Round;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import io.yishi.core.spi.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The procedure of {@link PlanRevisionMethod}; see there for the rules it enforces. */
final class PlanRevisionProcedure implements Procedure<RevisionState> {

  static final Set<String> ACTIONS = Set.of("table-plan", "open-plan-round", "respond-to-plan",
      "close-plan-round", "revise-plan");

  private final Settings settings;

  PlanRevisionProcedure(Settings settings) {
    this.settings = settings;
  }

  @Override
  public RevisionState start() {
    return RevisionState.empty();
  }

  @Override
  public Set<String> actions() {
    return ACTIONS;
  }

  @Override
  public List<Fact> handle(RevisionState state, Action action, Context context) {
    if (state.outcome() != null) {
      throw new InvalidActionException(action.kind(), action.by(), "the plan was "
          + state.outcome().explain() + "; nothing more can be done");
    }
    Instant now = context.now();
    if (action instanceof TablePlan a) {
      if (!state.revisions().isEmpty()) {
        throw new InvalidActionException("table-plan", a.title(), "the plan was tabled already"
            + " by " + state.revisions().get(0).by() + "; revise it instead");
      }
      text("table-plan.title", a.title());
      text("table-plan.text", a.text());
      return List.of(new PlanTabled(a.by(), now, a.title(), a.text()));
    }
    PlanRevision current = state.current().orElseThrow(() -> new InvalidActionException(
        action.kind(), action.by(), "no plan has been tabled yet"));
    if (action instanceof RespondToPlan a) {
      Round round = state.openRound().orElseThrow(() -> new InvalidActionException(
          "respond-to-plan", a.by(), "no round is open; responses wait for the next round"));
      if (a.stance() != Stance.SUPPORT && a.text().isBlank()) {
        throw new InvalidActionException("respond-to-plan.text", a.text(), a.stance()
            == Stance.OBJECT ? "an objection must give its reason"
            : "a suggestion must say what should change");
      }
      round.responseOf(a.by()).ifPresent(earlier -> {
        if (earlier.stance() == a.stance() && earlier.text().equals(a.text())) {
          throw new InvalidActionException("respond-to-plan.by", a.by(), "has given this"
              + " response in round " + round.number() + " already");
        }
      });
      return List.of(new PlanResponseGiven(round.number(), a.by(), a.stance(), a.text(), now));
    }
    ResidentId proposer = state.revisions().get(0).by();
    if (!action.by().equals(proposer)) {
      throw new InvalidActionException(action.kind() + ".by", action.by(),
          "must be the proposer, " + proposer + "; only the proposer opens and closes rounds and"
              + " revises the plan");
    }
    if (action instanceof OpenPlanRound a) {
      state.openRound().ifPresent(r -> {
        throw new InvalidActionException("open-plan-round", r.number(), "round " + r.number()
            + " is still open until " + r.closesAt());
      });
      int next = state.rounds().size() + 1;
      if (next > settings.maxRounds()) {
        throw new InvalidActionException("open-plan-round", next, "only " + settings.maxRounds()
            + " rounds are allowed (parameter maxRounds)");
      }
      SupportBallots.of(rule(context));
      return List.of(new PlanRoundOpened(next, current.number(), a.by(), now,
          now.plus(settings.roundLength())));
    }
    if (action instanceof ClosePlanRound a) {
      Round round = state.openRound().orElseThrow(() -> new InvalidActionException(
          "close-plan-round", a.by(), "no round is open"));
      return List.of(close(round, now, a.by(), context));
    }
    RevisePlan a = (RevisePlan) action;
    state.openRound().ifPresent(r -> {
      throw new InvalidActionException("revise-plan", current.number(), "round " + r.number()
          + " is open on revision " + r.revision() + "; revise between rounds");
    });
    text("revise-plan.title", a.title());
    text("revise-plan.text", a.text());
    text("revise-plan.change", a.change());
    if (a.title().equals(current.title()) && a.text().equals(current.text())) {
      throw new InvalidActionException("revise-plan.text", abbreviate(a.text()),
          "must change the title or the text of revision " + current.number());
    }
    List<Integer> open = state.openObjections().stream().map(Objection::number).toList();
    if (a.answers().isEmpty()) {
      throw new InvalidActionException("revise-plan.answers", a.answers(), "must name at least"
          + " one open objection the revision answers (open: " + open + ")");
    }
    TreeSet<Integer> answers = new TreeSet<>();
    for (Integer n : a.answers()) {
      if (!open.contains(n)) {
        throw new InvalidActionException("revise-plan.answers", n, "must be an open objection"
            + " (open: " + open + ")");
      }
      if (!answers.add(n)) {
        throw new InvalidActionException("revise-plan.answers", n, "is named twice");
      }
    }
    return List.of(new PlanRevised(current.number() + 1, a.by(), now, a.title(), a.text(),
        a.change(), List.copyOf(answers)));
  }

  /** A round still open at its deadline closes then, tested as it stood. */
  @Override
  public List<Fact> due(RevisionState state, Context context) {
    return state.openRound().filter(r -> !context.now().isBefore(r.closesAt()))
        .<List<Fact>>map(r -> List.of(close(r, r.closesAt(), null, context)))
        .orElse(List.of());
  }

  private PlanRoundClosed close(Round round, Instant at, @Nullable ResidentId by,
      Context context) {
    return new PlanRoundClosed(round.number(), at, by, decide(round, at, context));
  }

  /**
   * The rule's decision on a round's responses as they stand, closed at {@code at}: the ballots
   * {@link SupportBallots} builds, the seed {@code seed + round} and the date of {@code at} in
   * the method's zone. Both the close and its replay count with this.
   */
  private Decision decide(Round round, Instant at, Context context) {
    DecisionRule rule = rule(context);
    List<Ballot> ballots = SupportBallots.of(rule).ballots(context.electorate(),
        round.responses(), settings.suggestionCountsAs());
    DecisionRequest request = new DecisionRequest(context.electorate(), ballots, List.of(),
        settings.ruleParameters(), context.seed() + round.number(),
        LocalDate.ofInstant(at, settings.zone()));
    return rule.decide(request);
  }

  private DecisionRule rule(Context context) {
    try {
      return context.rules().apply(settings.rule());
    } catch (YishiException e) {
      throw new InvalidActionException("parameters.rule", settings.rule(),
          "must be an installed decision rule (" + e.getMessage() + ")");
    }
  }

  /**
   * Folds a fact as {@link #apply(RevisionState, Fact)} does, then checks that what it claims
   * follows from the state, the time it was recorded at ({@code context.now()}) and the method's
   * rule, as {@link #handle} and {@link #due} would have computed it: a round opened by the
   * proposer, at that time, closing {@code roundLength} later; a response given at that time,
   * before the round's deadline, and not the same as the one the resident has standing; a round
   * closed either by the proposer at that time, before its deadline, or by the deadline at the
   * deadline once it had passed, with the decision the rule reaches again on the round's
   * responses. Every fact an action records must be recorded in a phase that accepts the
   * action ({@code table-plan} in either, the others in {@code revision}) and carry the time it
   * was recorded at; a revision must be the proposer's.
   *
   * @throws IllegalArgumentException naming the fact and what does not follow
   */
  @Override
  public RevisionState apply(RevisionState state, Fact fact, Context context) {
    RevisionState after = apply(state, fact);
    Instant now = context.now();
    boolean byDeadline = fact instanceof PlanRoundClosed f && f.by() == null;
    check(byDeadline || fact instanceof PlanTabled || context.phase().equals("revision"),
        fact.type() + " recorded in phase " + context.phase() + ", which does not accept the"
            + " action that records it");
    if (fact instanceof PlanTabled f) {
      check(f.at().equals(now), "plan tabled at " + f.at() + ", but it was recorded at " + now);
    } else if (fact instanceof PlanRevised f) {
      ResidentId proposer = state.revisions().get(0).by();
      check(f.by().equals(proposer), "revision " + f.revision() + " by " + f.by()
          + ", who is not the proposer, " + proposer);
      check(f.at().equals(now), "revision " + f.revision() + " at " + f.at()
          + ", but it was recorded at " + now);
    } else if (fact instanceof PlanRoundOpened f) {
      ResidentId proposer = state.revisions().get(0).by();
      check(f.by().equals(proposer), "round " + f.round() + " opened by " + f.by()
          + ", who is not the proposer, " + proposer);
      check(f.at().equals(now), "round " + f.round() + " opened at " + f.at()
          + ", but it was recorded at " + now);
      Instant deadline = f.at().plus(settings.roundLength());
      check(f.closesAt().equals(deadline), "round " + f.round() + " closes at " + f.closesAt()
          + ", not at " + deadline + ", its opening plus roundLength "
          + settings.roundLength());
    } else if (fact instanceof PlanResponseGiven f) {
      Round round = state.openRound().orElseThrow();
      check(f.at().equals(now), "response of " + f.by() + " given at " + f.at()
          + ", but it was recorded at " + now);
      check(now.isBefore(round.closesAt()), "response of " + f.by() + " at " + now
          + ", when round " + round.number() + " had closed at its deadline "
          + round.closesAt());
      round.responseOf(f.by()).ifPresent(earlier -> check(earlier.stance() != f.stance()
          || !earlier.text().equals(f.text()), "response of " + f.by() + " repeats the one"
          + " standing in round " + round.number()));
    } else if (fact instanceof PlanRoundClosed f) {
      Round round = state.openRound().orElseThrow();
      if (f.by() == null) {
        check(f.at().equals(round.closesAt()), "round " + round.number() + " closed by its"
            + " deadline at " + f.at() + ", not at the deadline " + round.closesAt());
        check(!now.isBefore(round.closesAt()), "round " + round.number() + " closed by its"
            + " deadline " + round.closesAt() + " at " + now + ", before the deadline");
      } else {
        check(f.at().equals(now), "round " + round.number() + " closed by " + f.by() + " at "
            + f.at() + ", but it was recorded at " + now);
        check(f.at().isBefore(round.closesAt()), "round " + round.number() + " closed by "
            + f.by() + " at " + f.at() + ", not before its deadline " + round.closesAt());
      }
      Decision decision = decide(round, f.at(), context);
      check(f.decision().verdict() == decision.verdict(), "round " + round.number()
          + " closed " + f.decision().verdict() + ", but rule " + settings.rule() + " finds "
          + decision.verdict() + " on its responses");
      check(f.decision().equals(decision), "round " + round.number() + " closed with a"
          + " decision other than rule " + settings.rule() + " reaches on its responses: "
          + f.decision() + " instead of " + decision);
    }
    return after;
  }

  @Override
  public RevisionState apply(RevisionState state, Fact fact) {
    if (state.outcome() != null) {
      throw new IllegalArgumentException(fact.type() + " after the plan was "
          + state.outcome().explain());
    }
    if (fact instanceof PlanTabled f) {
      check(state.revisions().isEmpty(), "the plan is tabled twice");
      return new RevisionState(List.of(new PlanRevision(1, f.by(), f.at(), f.title(), f.text(),
          "", List.of())), state.rounds(), state.objections(), null);
    }
    check(!state.revisions().isEmpty(), fact.type() + " before the plan was tabled");
    List<Round> rounds = new ArrayList<>(state.rounds());
    if (fact instanceof PlanRoundOpened f) {
      check(state.openRound().isEmpty(), "round " + f.round() + " opens while another is open");
      check(f.round() == rounds.size() + 1 && f.round() <= settings.maxRounds(), "round "
          + f.round() + " where " + (rounds.size() + 1) + " was next (at most "
          + settings.maxRounds() + ")");
      check(f.revision() == state.revisions().size(), "round on revision " + f.revision()
          + ", not the current " + state.revisions().size());
      check(f.closesAt().isAfter(f.at()), "round closes at " + f.closesAt() + ", not after it"
          + " opens");
      rounds.add(new Round(f.round(), f.revision(), f.at(), f.closesAt(), List.of(), null, null,
          null));
      return new RevisionState(state.revisions(), rounds, state.objections(), null);
    }
    if (fact instanceof PlanResponseGiven f) {
      Round round = openRound(state, f.round(), fact);
      check(f.stance() == Stance.SUPPORT || !f.text().isBlank(), "a " + f.stance().word()
          + " without text");
      List<Response> responses = new ArrayList<>(round.responses());
      responses.removeIf(r -> r.by().equals(f.by()));
      responses.add(new Response(f.by(), f.stance(), f.text(), f.at()));
      rounds.set(rounds.size() - 1, new Round(round.number(), round.revision(),
          round.openedAt(), round.closesAt(), responses, null, null, null));
      return new RevisionState(state.revisions(), rounds, state.objections(), null);
    }
    if (fact instanceof PlanRoundClosed f) {
      Round round = openRound(state, f.round(), fact);
      check(!f.at().isBefore(round.openedAt()) && !f.at().isAfter(round.closesAt()),
          "round closes at " + f.at() + ", outside " + round.openedAt() + " .. "
              + round.closesAt());
      check(f.by() == null || f.by().equals(state.revisions().get(0).by()), "round closed by "
          + f.by() + ", who is not the proposer");
      rounds.set(rounds.size() - 1, new Round(round.number(), round.revision(),
          round.openedAt(), round.closesAt(), round.responses(), f.at(), f.by(), f.decision()));
      List<Objection> objections = new ArrayList<>(state.objections());
      for (Response r : round.responses()) {
        if (r.stance() != Stance.SUPPORT) {
          objections.add(new Objection(objections.size() + 1, round.number(), round.revision(),
              r.by(), r.stance(), r.text(), null));
        }
      }
      Outcome outcome = null;
      if (f.decision().verdict() == Verdict.ADOPTED) {
        outcome = new Outcome(true, round.number(), round.revision(), f.at());
      } else if (round.number() >= settings.maxRounds()) {
        outcome = new Outcome(false, round.number(), round.revision(), f.at());
      }
      return new RevisionState(state.revisions(), rounds, objections, outcome);
    }
    PlanRevised f = (PlanRevised) fact;
    check(state.openRound().isEmpty(), "a revision while a round is open");
    check(f.revision() == state.revisions().size() + 1, "revision " + f.revision() + " where "
        + (state.revisions().size() + 1) + " was next");
    check(!f.answers().isEmpty(), "a revision that answers no objection");
    List<Objection> objections = new ArrayList<>(state.objections());
    int previous = 0;
    for (int n : f.answers()) {
      check(n > previous, "answers " + f.answers() + " are not ascending");
      previous = n;
      check(n >= 1 && n <= objections.size() && objections.get(n - 1).isOpen(),
          "objection " + n + " is not open");
      Objection o = objections.get(n - 1);
      objections.set(n - 1, new Objection(o.number(), o.round(), o.revision(), o.by(),
          o.stance(), o.text(), f.revision()));
    }
    List<PlanRevision> revisions = new ArrayList<>(state.revisions());
    revisions.add(new PlanRevision(f.revision(), f.by(), f.at(), f.title(), f.text(), f.change(),
        f.answers()));
    return new RevisionState(revisions, state.rounds(), objections, null);
  }

  private static Round openRound(RevisionState state, int number, Fact fact) {
    Round round = state.openRound().orElseThrow(() -> new IllegalArgumentException(
        fact.type() + " for round " + number + ", but no round is open"));
    check(round.number() == number, fact.type() + " for round " + number + ", but round "
        + round.number() + " is open");
    return round;
  }

  @Override
  public Set<String> allowed(RevisionState state, Phase phase) {
    Set<String> now = new TreeSet<>();
    switch (state.status()) {
      case DRAFTING -> now.add("table-plan");
      case IN_ROUND -> {
        now.add("respond-to-plan");
        now.add("close-plan-round");
      }
      case BETWEEN_ROUNDS -> {
        if (state.rounds().size() < settings.maxRounds()) {
          now.add("open-plan-round");
        }
        if (!state.openObjections().isEmpty()) {
          now.add("revise-plan");
        }
      }
      default -> { }
    }
    now.retainAll(phase.commands());
    return now;
  }

  private static void text(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidActionException(field, value, "must not be blank");
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException(what);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
