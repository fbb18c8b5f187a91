package io.yishi.core.method.interest;

import io.yishi.core.Fraction;
import io.yishi.core.community.ResidentId;
import io.yishi.core.internal.Identifiers;
import io.yishi.core.method.interest.InterestAction.CastVote;
import io.yishi.core.method.interest.InterestAction.ClassifyInterest;
import io.yishi.core.method.interest.InterestAction.CloseRound;
import io.yishi.core.method.interest.InterestAction.CountVotes;
import io.yishi.core.method.interest.InterestAction.DeclareGroup;
import io.yishi.core.method.interest.InterestAction.FrameProblem;
import io.yishi.core.method.interest.InterestAction.OpenRound;
import io.yishi.core.method.interest.InterestAction.ProposeOption;
import io.yishi.core.method.interest.InterestAction.RateOption;
import io.yishi.core.method.interest.InterestAction.RecordBatna;
import io.yishi.core.method.interest.InterestAction.ReportBack;
import io.yishi.core.method.interest.InterestAction.StartEvaluation;
import io.yishi.core.method.interest.InterestAction.StateInterest;
import io.yishi.core.method.interest.InterestAction.StatePosition;
import io.yishi.core.method.interest.InterestFact.AgreementReached;
import io.yishi.core.method.interest.InterestFact.BatnaRecorded;
import io.yishi.core.method.interest.InterestFact.EvaluationStarted;
import io.yishi.core.method.interest.InterestFact.GroupDeclared;
import io.yishi.core.method.interest.InterestFact.HandedToMediation;
import io.yishi.core.method.interest.InterestFact.InterestClassified;
import io.yishi.core.method.interest.InterestFact.InterestStated;
import io.yishi.core.method.interest.InterestFact.OptionProposed;
import io.yishi.core.method.interest.InterestFact.OptionRated;
import io.yishi.core.method.interest.InterestFact.OptionResult;
import io.yishi.core.method.interest.InterestFact.PositionStated;
import io.yishi.core.method.interest.InterestFact.ProblemFramed;
import io.yishi.core.method.interest.InterestFact.ReportedBack;
import io.yishi.core.method.interest.InterestFact.RoundClosed;
import io.yishi.core.method.interest.InterestFact.RoundOpened;
import io.yishi.core.method.interest.InterestFact.VoteCalled;
import io.yishi.core.method.interest.InterestFact.VoteCast;
import io.yishi.core.method.interest.InterestFact.VoteCounted;
import io.yishi.core.method.interest.InterestRoundsState.Draft;
import io.yishi.core.method.interest.InterestRoundsState.Group;
import io.yishi.core.method.interest.InterestRoundsState.Interest;
import io.yishi.core.method.interest.InterestRoundsState.Option;
import io.yishi.core.method.interest.InterestRoundsState.Rating;
import io.yishi.core.method.interest.InterestRoundsState.Stage;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The procedure of {@link InterestRoundsMethod}; its rules are documented there. */
final class InterestProcedure implements Procedure<InterestRoundsState> {

  static final Set<String> ACTIONS = Set.of("declare-group", "record-batna", "frame-problem",
      "state-position", "state-interest", "classify-interest", "open-round", "propose-option",
      "start-evaluation", "rate-option", "close-round", "cast-vote", "count-votes", "report-back");

  private final Settings settings;

  InterestProcedure(Settings settings) {
    this.settings = settings;
  }

  @Override
  public InterestRoundsState start() {
    return InterestRoundsState.empty();
  }

  @Override
  public Set<String> actions() {
    return ACTIONS;
  }

  @Override
  public List<Fact> handle(InterestRoundsState s, Action action, Context context) {
    Instant now = context.now();
    if (action instanceof DeclareGroup a) {
      facilitator(a);
      preparing(s, a);
      id(a, "group", a.group());
      if (s.group(a.group()).isPresent()) {
        throw refuse(a, "group", a.group(), "is declared already");
      }
      notBlank(a, "name", a.name());
      if (a.members().isEmpty()) {
        throw refuse(a, "members", a.members(), "must name at least one resident");
      }
      distinct(a, "members", a.members());
      distinct(a, "representatives", a.representatives());
      for (ResidentId r : a.representatives()) {
        if (!a.members().contains(r)) {
          throw refuse(a, "representatives", r, "must be a member of the group");
        }
      }
      return List.of(new GroupDeclared(a.group(), a.name(), a.members(), a.representatives(),
          a.by()));
    }
    if (action instanceof RecordBatna a) {
      speaksFor(s, a, a.group());
      preparing(s, a);
      notBlank(a, "batna", a.batna());
      if (a.reservation().compareTo(BigDecimal.valueOf(settings.scaleMin())) < 0
          || a.reservation().compareTo(BigDecimal.valueOf(settings.scaleMax())) > 0) {
        throw refuse(a, "reservation", a.reservation().toPlainString(), "must lie on the scale "
            + settings.scaleMin() + " to " + settings.scaleMax());
      }
      return List.of(new BatnaRecorded(a.group(), a.batna(), a.reservation(), a.by()));
    }
    if (action instanceof FrameProblem a) {
      facilitator(a);
      preparing(s, a);
      notBlank(a, "problem", a.problem());
      for (String rule : a.groundRules()) {
        notBlank(a, "groundRules", rule);
      }
      return List.of(new ProblemFramed(a.problem(), a.groundRules(), a.by()));
    }
    if (action instanceof StatePosition a) {
      speaksFor(s, a, a.group());
      preparing(s, a);
      notBlank(a, "position", a.position());
      return List.of(new PositionStated(a.group(), a.position(), a.by()));
    }
    if (action instanceof StateInterest a) {
      speaksFor(s, a, a.group());
      preparing(s, a);
      id(a, "interest", a.interest());
      if (s.interest(a.interest()).isPresent()) {
        throw refuse(a, "interest", a.interest(), "is stated already");
      }
      notBlank(a, "text", a.text());
      if (a.priority() < 1 || a.priority() > 100) {
        throw refuse(a, "priority", a.priority(), "must be from 1 to 100");
      }
      return List.of(new InterestStated(a.interest(), a.group(), a.text(), a.priority(),
          a.by()));
    }
    if (action instanceof ClassifyInterest a) {
      facilitator(a);
      notOver(s, a);
      if (s.interest(a.interest()).isEmpty()) {
        throw refuse(a, "interest", a.interest(), "must be an interest stated in this"
            + " consultation");
      }
      if (a.as() == InterestKind.UNCLASSIFIED) {
        throw refuse(a, "as", "unclassified", "must be shared, differing or conflicting");
      }
      return List.of(new InterestClassified(a.interest(), a.as(), a.by()));
    }
    if (action instanceof OpenRound a) {
      facilitator(a);
      if (s.stage() != Stage.PREPARING) {
        throw refuse(a, "", s.round(), "the first round is open already; later rounds open"
            + " when a round closes without agreement");
      }
      if (s.groups().size() < 2) {
        throw refuse(a, "", s.groups().size(), "rounds need at least two groups declared");
      }
      for (Group g : s.groups()) {
        if (s.interestsOf(g.id()).isEmpty()) {
          throw refuse(a, "", g.id(), "every group must state at least one interest first");
        }
      }
      return List.of(new RoundOpened(1, now, now.plus(settings.inventPeriod())));
    }
    if (action instanceof ProposeOption a) {
      if (s.stage() != Stage.INVENTING) {
        throw refuse(a, "", s.stage(), "options are proposed while a round is inventing");
      }
      id(a, "option", a.option());
      if (s.option(a.option()).isPresent()) {
        throw refuse(a, "option", a.option(), "is proposed already; a changed option needs a"
            + " new id and revises");
      }
      notBlank(a, "title", a.title());
      notBlank(a, "text", a.text());
      distinct(a, "serves", a.serves());
      for (String interest : a.serves()) {
        if (s.interest(interest).isEmpty()) {
          throw refuse(a, "serves", interest, "must be an interest stated in this consultation");
        }
      }
      String revises = a.revises();
      if (revises != null && s.option(revises).filter(Option::onTable).isEmpty()) {
        throw refuse(a, "revises", revises, "must be an option on the table");
      }
      return List.of(new OptionProposed(a.option(), s.round(), a.title(), a.text(), a.serves(),
          revises, a.by()));
    }
    if (action instanceof StartEvaluation a) {
      facilitator(a);
      if (s.stage() != Stage.INVENTING) {
        throw refuse(a, "", s.stage(), "evaluation starts from a round's inventing stage");
      }
      if (s.onTable().isEmpty()) {
        throw refuse(a, "", 0, "at least one option must be on the table");
      }
      for (String c : a.criteria()) {
        notBlank(a, "criteria", c);
      }
      if (a.criteria().isEmpty() && s.criteria().isEmpty() && settings.requireCriteria()) {
        throw refuse(a, "criteria", a.criteria(), "the groups must agree objective criteria"
            + " before evaluating (parameter requireCriteria)");
      }
      return List.of(new EvaluationStarted(s.round(), now, now.plus(settings.evaluationPeriod()),
          a.criteria().isEmpty() ? s.criteria() : a.criteria(), false));
    }
    if (action instanceof RateOption a) {
      if (s.stage() == Stage.INVENTING) {
        throw refuse(a, "", s.stage(), "no evaluation while inventing: options are rated once"
            + " the evaluation starts");
      }
      if (s.stage() != Stage.EVALUATING) {
        throw refuse(a, "", s.stage(), "options are rated while a round is evaluating");
      }
      speaksFor(s, a, a.group());
      if (s.option(a.option()).filter(Option::onTable).isEmpty()) {
        throw refuse(a, "option", a.option(), "must be an option on the table");
      }
      Set<String> expected = new TreeSet<>();
      s.interestsOf(a.group()).forEach(i -> expected.add(i.id()));
      if (!expected.equals(a.scores().keySet())) {
        throw refuse(a, "scores", a.scores().keySet(), "must score exactly the group's interests "
            + expected);
      }
      a.scores().forEach((interest, score) -> {
        if (score < settings.scaleMin() || score > settings.scaleMax()) {
          throw refuse(a, "scores." + interest, score, "must be a whole number from "
              + settings.scaleMin() + " to " + settings.scaleMax());
        }
      });
      return List.of(new OptionRated(s.round(), a.group(), a.option(), a.scores(), a.by()));
    }
    if (action instanceof CloseRound a) {
      facilitator(a);
      if (s.stage() != Stage.EVALUATING) {
        throw refuse(a, "", s.stage(), "a round is closed from its evaluation stage");
      }
      return close(s, now, false);
    }
    if (action instanceof CastVote a) {
      if (s.stage() != Stage.VOTING) {
        throw refuse(a, "", s.stage(), "ballots are cast while the fallback vote is open");
      }
      Ballot ballot = a.ballot();
      if (!context.electorate().contains(ballot.voter())) {
        throw refuse(a, "ballot.voter", ballot.voter(), "must be a member of the electorate ("
            + context.electorate().size() + " members)");
      }
      DecisionRule rule = context.rules().apply(voteRule(s));
      if (!rule.ballotType().isInstance(ballot)) {
        throw refuse(a, "ballot.type", ballot.getClass().getSimpleName(), "rule '" + rule.id()
            + "' counts " + rule.ballotType().getSimpleName() + "s");
      }
      DecisionRequest sofar = request(s, context.electorate(), context.seed(), now);
      for (Ballot earlier : s.ballots()) {
        if (earlier.voter().equals(ballot.voter()) && !rule.replaces(earlier, ballot, sofar)) {
          throw refuse(a, "ballot.voter", ballot.voter(), "has already voted; one ballot per"
              + " member");
        }
      }
      rule.checkBallot(ballot, sofar);
      return List.of(new VoteCast(ballot, a.by()));
    }
    if (action instanceof CountVotes a) {
      facilitator(a);
      if (s.stage() != Stage.VOTING) {
        throw refuse(a, "", s.stage(), "only an open fallback vote is counted");
      }
      return List.of(new VoteCounted(count(s, context, now), now, false));
    }
    ReportBack a = (ReportBack) action;
    facilitator(a);
    notBlank(a, "text", a.text());
    return List.of(new ReportedBack(a.text(), now, a.by()));
  }

  /** The facts of closing the current round: results, then agreement, next round or fallback. */
  private List<Fact> close(InterestRoundsState s, Instant at, boolean byDeadline) {
    List<OptionResult> results = s.results();
    List<Fact> facts = new ArrayList<>();
    facts.add(new RoundClosed(s.round(), at, byDeadline, results));
    if (agreed(s, results)) {
      String option = results.get(0).option();
      facts.add(new AgreementReached(s.round(), option, s.served(option)));
    } else if (s.round() < settings.rounds()) {
      facts.add(new RoundOpened(s.round() + 1, at, at.plus(settings.inventPeriod())));
    } else if (settings.fallback() == Settings.Fallback.VOTE && !results.isEmpty()) {
      facts.add(new VoteCalled(s.round(), settings.voteRule(), top(results),
          at.plus(settings.votePeriod())));
    } else {
      facts.add(mediation(s, results));
    }
    return facts;
  }

  private static boolean agreed(InterestRoundsState s, List<OptionResult> results) {
    return !results.isEmpty() && results.get(0).acceptedBy() == s.groups().size();
  }

  private List<String> top(List<OptionResult> results) {
    return results.stream().limit(settings.voteOptions()).map(OptionResult::option).toList();
  }

  private static HandedToMediation mediation(InterestRoundsState s, List<OptionResult> results) {
    List<String> options = results.stream().map(OptionResult::option).toList();
    List<String> holdouts = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    if (results.isEmpty()) {
      s.interests().forEach(i -> unresolved.add(i.id()));
    } else {
      results.get(0).groups().stream().filter(g -> !g.accepts())
          .forEach(g -> holdouts.add(g.group()));
      List<String> served = s.served(results.get(0).option());
      s.interests().stream().filter(i -> !served.contains(i.id()))
          .forEach(i -> unresolved.add(i.id()));
    }
    return new HandedToMediation(s.round(), options, holdouts, unresolved);
  }

  private static String voteRule(InterestRoundsState s) {
    VoteCalled vote = s.vote();
    if (vote == null) {
      throw new IllegalStateException("no vote was called");
    }
    return vote.rule();
  }

  private DecisionRequest request(InterestRoundsState s, io.yishi.core.electorate.Electorate
      electorate, long seed, Instant now) {
    VoteCalled vote = java.util.Objects.requireNonNull(s.vote());
    return new DecisionRequest(electorate, s.ballots(), vote.options(),
        settings.voteRuleParameters(), seed, LocalDate.ofInstant(now, ZoneOffset.UTC));
  }

  private Decision count(InterestRoundsState s, Context context, Instant at) {
    return context.rules().apply(voteRule(s)).decide(request(s, context.electorate(),
        context.seed(), at));
  }

  /**
   * Deadlines, in the order they fall: the inventing stage ends (evaluation starts with the
   * criteria so far, or, when it may not start because no option is on the table or criteria are
   * required and none were agreed, the round closes without agreement), the evaluation ends (the
   * round closes with the ratings in), the vote ends (it is counted). Each is recorded at its
   * deadline's instant, and one check may record a chain of them when several have passed.
   */
  @Override
  public List<Fact> due(InterestRoundsState state, Context context) {
    List<Fact> facts = new ArrayList<>();
    InterestRoundsState s = state;
    Instant now = context.now();
    while (s.due() != null && !now.isBefore(s.due())) {
      Instant at = s.due();
      List<Fact> next;
      if (s.stage() == Stage.INVENTING) {
        next = mayEvaluate(s, s.criteria())
            ? List.of(new EvaluationStarted(s.round(), at, at.plus(settings.evaluationPeriod()),
                s.criteria(), true))
            : close(s, at, true);
      } else if (s.stage() == Stage.EVALUATING) {
        next = close(s, at, true);
      } else {
        next = List.of(new VoteCounted(count(s, context, at), at, true));
      }
      for (Fact f : next) {
        s = apply(s, f);
        facts.add(f);
      }
    }
    return facts;
  }

  @Override
  public Set<String> allowed(InterestRoundsState s, Phase phase) {
    Set<String> now = new TreeSet<>();
    switch (s.stage()) {
      case PREPARING -> {
        now.add("declare-group");
        now.add("frame-problem");
        if (!s.groups().isEmpty()) {
          now.addAll(List.of("record-batna", "state-position", "state-interest"));
        }
        if (s.groups().size() >= 2 && s.groups().stream()
            .allMatch(g -> !s.interestsOf(g.id()).isEmpty())) {
          now.add("open-round");
        }
      }
      case INVENTING -> {
        now.add("propose-option");
        if (!s.onTable().isEmpty()) {
          now.add("start-evaluation");
        }
      }
      case EVALUATING -> now.addAll(List.of("rate-option", "close-round"));
      case VOTING -> now.addAll(List.of("cast-vote", "count-votes"));
      default -> { }
    }
    if (!s.stage().isOver() && !s.interests().isEmpty()) {
      now.add("classify-interest");
    }
    now.add("report-back");
    now.retainAll(phase.commands());
    return now;
  }

  /**
   * Checks that what a fact claims follows from the state, the time it was recorded at, the
   * electorate and the installed rules, as {@link #handle} and {@link #due} would have computed
   * it, then folds it with {@link #apply(InterestRoundsState, Fact)}: an instant is the action's
   * time, or the deadline's when the clock recorded the fact (a deadline at or before the time
   * recorded); a ballot comes from a member of the electorate, of the rule's type, once unless
   * the rule lets a later ballot replace an earlier one; a vote's decision is the rule's count of
   * the ballots cast.
   *
   * @throws IllegalArgumentException if the fact could not follow
   */
  @Override
  public InterestRoundsState apply(InterestRoundsState s, Fact fact, Context context) {
    Instant now = context.now();
    if (fact instanceof RoundOpened f) {
      expect(s.round() > 0 || f.at().equals(now), f);
    } else if (fact instanceof EvaluationStarted f) {
      expect(at(s, f.at(), f.byDeadline(), now)
          && (!f.byDeadline() || f.criteria().equals(s.criteria())), f);
    } else if (fact instanceof RoundClosed f) {
      expect(at(s, f.at(), f.byDeadline(), now), f);
    } else if (fact instanceof VoteCast f) {
      expect(s.stage() == Stage.VOTING, f);
      Ballot ballot = f.ballot();
      DecisionRule rule = context.rules().apply(voteRule(s));
      expect(context.electorate().contains(ballot.voter())
          && rule.ballotType().isInstance(ballot), f);
      DecisionRequest sofar = request(s, context.electorate(), context.seed(), now);
      for (Ballot earlier : s.ballots()) {
        expect(!earlier.voter().equals(ballot.voter()) || rule.replaces(earlier, ballot, sofar),
            f);
      }
      try {
        rule.checkBallot(ballot, sofar);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(f.type() + " holds a ballot rule '" + rule.id()
            + "' refuses: " + e.getMessage(), e);
      }
    } else if (fact instanceof VoteCounted f) {
      expect(s.stage() == Stage.VOTING && at(s, f.at(), f.byDeadline(), now)
          && f.decision().equals(count(s, context, f.at())), f);
    } else if (fact instanceof ReportedBack f) {
      expect(f.at().equals(now), f);
    }
    return apply(s, fact);
  }

  /**
   * Whether a stage's end was recorded at the right instant: at its deadline, passed by {@code
   * now}, when the clock ended it; at {@code now}, before the deadline, when an action did.
   */
  private static boolean at(InterestRoundsState s, Instant at, boolean byDeadline, Instant now) {
    Instant due = s.due();
    if (due == null) {
      return false;
    }
    return byDeadline ? at.equals(due) && !now.isBefore(due) : at.equals(now) && now.isBefore(due);
  }

  @Override
  public InterestRoundsState apply(InterestRoundsState s, Fact fact) {
    Draft d = new Draft(s);
    if (fact instanceof GroupDeclared f) {
      expect(s.stage() == Stage.PREPARING && s.group(f.group()).isEmpty(), f);
      d.groups.add(new Group(f.group(), f.name(), f.members(), f.representatives(), "", "",
          settings.acceptanceLevel()));
    } else if (fact instanceof BatnaRecorded f) {
      Group g = group(s, f.group(), f);
      expect(s.stage() == Stage.PREPARING && f.reservation().signum() >= 0, f);
      Fraction level = settings.useReservations() ? Fraction.of(f.reservation()) : g.level();
      d.groups.set(s.groups().indexOf(g), new Group(g.id(), g.name(), g.members(),
          g.representatives(), g.position(), f.batna(), level));
    } else if (fact instanceof ProblemFramed f) {
      expect(s.stage() == Stage.PREPARING, f);
      d.problem = f.problem();
      d.groundRules = f.groundRules();
    } else if (fact instanceof PositionStated f) {
      Group g = group(s, f.group(), f);
      expect(s.stage() == Stage.PREPARING, f);
      d.groups.set(s.groups().indexOf(g), new Group(g.id(), g.name(), g.members(),
          g.representatives(), f.position(), g.batna(), g.level()));
    } else if (fact instanceof InterestStated f) {
      group(s, f.group(), f);
      expect(s.stage() == Stage.PREPARING && s.interest(f.interest()).isEmpty()
          && f.priority() >= 1 && f.priority() <= 100, f);
      d.interests.add(new Interest(f.interest(), f.group(), f.text(), f.priority(),
          InterestKind.UNCLASSIFIED));
    } else if (fact instanceof InterestClassified f) {
      Interest i = s.interest(f.interest()).orElseThrow(() -> cannotFollow(f));
      d.interests.set(s.interests().indexOf(i), new Interest(i.id(), i.group(), i.text(),
          i.priority(), f.as()));
    } else if (fact instanceof RoundOpened f) {
      expect(f.round() == s.round() + 1 && (s.round() == 0 ? s.stage() == Stage.PREPARING
          : justClosed(s) && f.at().equals(lastClosed(s).at())) && f.round() <= settings.rounds()
          && f.inventDue().equals(f.at().plus(settings.inventPeriod())), f);
      d.stage = Stage.INVENTING;
      d.round = f.round();
      d.due = f.inventDue();
    } else if (fact instanceof OptionProposed f) {
      expect(s.stage() == Stage.INVENTING && !justClosed(s) && f.round() == s.round()
          && s.option(f.option()).isEmpty() && new HashSet<>(f.serves()).size()
          == f.serves().size() && f.serves().stream().allMatch(i -> s.interest(i).isPresent()),
          f);
      String revises = f.revises();
      if (revises != null) {
        Option old = s.option(revises).filter(Option::onTable).orElseThrow(() -> cannotFollow(f));
        d.options.set(s.options().indexOf(old), new Option(old.id(), old.title(), old.text(),
            old.by(), old.round(), old.serves(), old.revises(), false));
      }
      d.options.add(new Option(f.option(), f.title(), f.text(), f.by(), f.round(), f.serves(),
          revises, true));
    } else if (fact instanceof EvaluationStarted f) {
      expect(s.stage() == Stage.INVENTING && !justClosed(s) && f.round() == s.round()
          && mayEvaluate(s, f.criteria()) && f.criteria().stream().noneMatch(String::isBlank)
          && f.due().equals(f.at().plus(settings.evaluationPeriod())), f);
      d.stage = Stage.EVALUATING;
      d.due = f.due();
      d.criteria = f.criteria();
    } else if (fact instanceof OptionRated f) {
      expect(s.stage() == Stage.EVALUATING && !justClosed(s) && f.round() == s.round()
          && s.option(f.option()).filter(Option::onTable).isPresent(), f);
      group(s, f.group(), f);
      Set<String> expected = new HashSet<>();
      s.interestsOf(f.group()).forEach(i -> expected.add(i.id()));
      expect(expected.equals(f.scores().keySet()) && f.scores().values().stream()
          .allMatch(v -> v >= settings.scaleMin() && v <= settings.scaleMax()), f);
      Rating rating = new Rating(f.group(), f.option(), f.round(), f.scores());
      var earlier = s.rating(f.group(), f.option());
      if (earlier.isPresent()) {
        d.ratings.set(s.ratings().indexOf(earlier.get()), rating);
      } else {
        d.ratings.add(rating);
      }
    } else if (fact instanceof RoundClosed f) {
      // A round closes from its evaluation, or at its inventing deadline when the evaluation
      // may not start.
      boolean closable = s.stage() == Stage.EVALUATING || (s.stage() == Stage.INVENTING
          && f.byDeadline() && !mayEvaluate(s, s.criteria()));
      expect(closable && !justClosed(s) && f.round() == s.round()
          && f.results().equals(s.results()), f);
      d.rounds.add(f);
      d.due = null;
    } else if (fact instanceof AgreementReached f) {
      List<OptionResult> results = s.results();
      expect(justClosed(s) && f.round() == s.round() && agreed(s, results)
          && results.get(0).option().equals(f.option())
          && f.serves().equals(s.served(f.option())), f);
      d.stage = Stage.AGREED;
      d.agreement = f;
    } else if (fact instanceof VoteCalled f) {
      List<OptionResult> results = s.results();
      expect(justClosed(s) && f.round() == s.round() && s.round() == settings.rounds()
          && !agreed(s, results) && settings.fallback() == Settings.Fallback.VOTE
          && !results.isEmpty() && f.rule().equals(settings.voteRule())
          && f.options().equals(top(results))
          && f.due().equals(lastClosed(s).at().plus(settings.votePeriod())), f);
      d.stage = Stage.VOTING;
      d.vote = f;
      d.due = f.due();
    } else if (fact instanceof HandedToMediation f) {
      List<OptionResult> results = s.results();
      expect(justClosed(s) && f.round() == s.round() && s.round() == settings.rounds()
          && !agreed(s, results) && (settings.fallback() == Settings.Fallback.MEDIATION
          || results.isEmpty()) && f.equals(mediation(s, results)), f);
      d.stage = Stage.MEDIATION;
      d.mediation = f;
    } else if (fact instanceof VoteCast f) {
      expect(s.stage() == Stage.VOTING, f);
      d.ballots.removeIf(b -> b.voter().equals(f.ballot().voter()));
      d.ballots.add(f.ballot());
    } else if (fact instanceof VoteCounted f) {
      expect(s.stage() == Stage.VOTING && f.decision().ruleId().equals(voteRule(s)), f);
      d.stage = Stage.VOTED;
      d.decision = f.decision();
      d.due = null;
    } else if (fact instanceof ReportedBack f) {
      d.reports.add(f.text());
    } else {
      throw new IllegalArgumentException(fact.type() + " is not a fact of interest-rounds");
    }
    return d.build();
  }

  /** True between a round's results and what follows them, within one batch of facts. */
  private static boolean justClosed(InterestRoundsState s) {
    return (s.stage() == Stage.EVALUATING || s.stage() == Stage.INVENTING)
        && s.rounds().size() == s.round();
  }

  private static RoundClosed lastClosed(InterestRoundsState s) {
    return s.rounds().get(s.rounds().size() - 1);
  }

  /**
   * Whether a round's evaluation may start with these criteria (RULES.md §2, steps 4 and 5): an
   * option is on the table, and criteria are agreed unless the parameter {@code requireCriteria}
   * is off.
   */
  private boolean mayEvaluate(InterestRoundsState s, List<String> criteria) {
    return !s.onTable().isEmpty() && (!settings.requireCriteria() || !criteria.isEmpty());
  }

  private static Group group(InterestRoundsState s, String id, Fact f) {
    return s.group(id).orElseThrow(() -> cannotFollow(f));
  }

  private static void expect(boolean condition, Fact f) {
    if (!condition) {
      throw cannotFollow(f);
    }
  }

  private static IllegalArgumentException cannotFollow(Fact f) {
    return new IllegalArgumentException(f.type() + " cannot follow the interest rounds as they"
        + " stand: " + f);
  }

  private void facilitator(InterestAction a) {
    if (!settings.facilitates(a.by())) {
      throw refuse(a, "by", a.by(), "must be a facilitator " + settings.facilitators());
    }
  }

  private static void preparing(InterestRoundsState s, InterestAction a) {
    if (s.stage() != Stage.PREPARING) {
      throw refuse(a, "", s.stage(), "groups, BATNAs, the framing, positions and interests are"
          + " fixed once the first round opens");
    }
  }

  private static void notOver(InterestRoundsState s, InterestAction a) {
    if (s.stage().isOver()) {
      throw refuse(a, "", s.stage(), "the rounds are over");
    }
  }

  private static void speaksFor(InterestRoundsState s, InterestAction a, String group) {
    Group g = s.group(group).orElseThrow(() -> refuse(a, "group", group,
        "must be a group declared in this consultation " + s.groups().stream()
            .map(Group::id).toList()));
    if (!g.speaksFor(a.by())) {
      throw refuse(a, "by", a.by(), g.representatives().isEmpty()
          ? "must be a member of group '" + group + "'"
          : "must be a representative of group '" + group + "' " + g.representatives());
    }
  }

  private static void id(InterestAction a, String field, String value) {
    try {
      Identifiers.check(field, value);
    } catch (IllegalArgumentException e) {
      throw refuse(a, field, value, "must be an id of 1-128 letters, digits, '.', '_', ':' or"
          + " '-', starting with a letter or digit");
    }
  }

  private static void notBlank(InterestAction a, String field, String value) {
    if (value.isBlank()) {
      throw refuse(a, field, value, "must not be blank");
    }
  }

  private static void distinct(InterestAction a, String field, List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object v : values) {
      if (!seen.add(v)) {
        throw refuse(a, field, v, "appears twice");
      }
    }
  }

  private static InvalidActionException refuse(InterestAction a, String field, Object value,
      String rule) {
    return new InvalidActionException(field.isEmpty() ? a.kind() : a.kind() + "." + field,
        value, rule);
  }
}
