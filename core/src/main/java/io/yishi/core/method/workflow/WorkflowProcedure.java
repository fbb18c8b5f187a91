package io.yishi.core.method.workflow;

import io.yishi.core.YishiException;
import io.yishi.core.community.ResidentId;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.method.workflow.WorkflowAction.CirculatePlan;
import io.yishi.core.method.workflow.WorkflowAction.HoldStageVote;
import io.yishi.core.method.workflow.WorkflowAction.PublishNotice;
import io.yishi.core.method.workflow.WorkflowAction.RecordMinutes;
import io.yishi.core.method.workflow.WorkflowAction.RecordOpinion;
import io.yishi.core.method.workflow.WorkflowAction.SubmitPlan;
import io.yishi.core.method.workflow.WorkflowFact.MinutesRecorded;
import io.yishi.core.method.workflow.WorkflowFact.NoticePeriodEnded;
import io.yishi.core.method.workflow.WorkflowFact.NoticePublished;
import io.yishi.core.method.workflow.WorkflowFact.OpinionRecorded;
import io.yishi.core.method.workflow.WorkflowFact.PlanCirculated;
import io.yishi.core.method.workflow.WorkflowFact.PlanSubmitted;
import io.yishi.core.method.workflow.WorkflowFact.StagePassed;
import io.yishi.core.method.workflow.WorkflowFact.StageVoteHeld;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The workflow's procedure: stages gated in order, over one effective definition. */
final class WorkflowProcedure implements Procedure<WorkflowState> {

  static final Set<String> ACTIONS = Set.of("submit-plan", "record-stage-opinion",
      "record-stage-minutes", "circulate-plan", "hold-stage-vote", "publish-notice");

  private final WorkflowDefinition definition;
  private final Map<String, Electorate> bodies;
  private final Map<String, List<ResidentId>> actors;
  private final ZoneId zone;

  WorkflowProcedure(WorkflowDefinition definition, Map<String, Electorate> bodies,
      Map<String, List<ResidentId>> actors, ZoneId zone) {
    this.definition = definition;
    this.bodies = Map.copyOf(bodies);
    this.actors = Map.copyOf(actors);
    this.zone = zone;
  }

  @Override
  public WorkflowState start() {
    return gated(new WorkflowState(definition.stages().get(0).id(), List.of(), 0, "", "", 0, 0, 0,
        null, 0, 0, "", null, false, List.of(), false));
  }

  @Override
  public Set<String> actions() {
    return ACTIONS;
  }

  private Stage stage(WorkflowState state) {
    return definition.stage(state.stage()).orElseThrow(() -> new IllegalArgumentException(
        "stage '" + state.stage() + "' is not in workflow " + definition.id()));
  }

  // ---- actions

  @Override
  public List<Fact> handle(WorkflowState state, Action action, Context context) {
    Stage stage = stage(state);
    Instant now = context.now();
    String kind = action.kind();
    if (!(action instanceof RecordOpinion)) {
      checkActor(stage, kind, action.by());
    }
    if (action instanceof SubmitPlan a) {
      notInDisclosure(stage, kind);
      nonBlank(kind + ".title", a.title());
      nonBlank(kind + ".text", a.text());
      if (state.revision() > 0) {
        nonBlank(kind + ".reason", a.reason());
        if (a.title().equals(state.title()) && a.text().equals(state.text())) {
          throw new InvalidActionException(kind + ".text", abbreviate(a.text()),
              "must change the title or the text of revision " + state.revision());
        }
      } else if (!a.reason().isEmpty()) {
        throw new InvalidActionException(kind + ".reason", a.reason(),
            "must be empty for the first plan; a reason belongs to a revision");
      }
      return List.of(new PlanSubmitted(stage.id(), state.revision() + 1, a.by(), a.title(),
          a.text(), a.reason(), now));
    }
    if (action instanceof RecordOpinion a) {
      notInDisclosure(stage, kind);
      nonBlank(kind + ".text", a.text());
      return List.of(new OpinionRecorded(stage.id(), state.opinions() + 1, a.by(), a.text()));
    }
    if (action instanceof RecordMinutes a) {
      notInDisclosure(stage, kind);
      nonBlank(kind + ".text", a.text());
      return List.of(new MinutesRecorded(stage.id(), a.by(), a.text(), now));
    }
    if (action instanceof CirculatePlan a) {
      if (!stage.gate().circulate()) {
        throw new InvalidActionException(kind, stage.id(),
            "stage's gate does not send the plan to a body");
      }
      nonBlank(kind + ".channel", a.channel());
      if (state.revision() == 0) {
        throw new InvalidActionException(kind, stage.id(), "needs a plan; none was submitted");
      }
      if (state.circulatedRevision() == state.revision()) {
        throw new InvalidActionException(kind, state.revision(),
            "revision was sent already in this stage");
      }
      return List.of(new PlanCirculated(stage.id(), state.revision(), a.by(), a.channel(), now));
    }
    if (action instanceof HoldStageVote a) {
      return List.of(vote(state, stage, a.question(), a.present(), a.ballots(), context));
    }
    if (action instanceof PublishNotice a) {
      if (stage.kind() != StageKind.DISCLOSURE) {
        throw new InvalidActionException(kind, stage.id(), "is accepted in disclosure stages only");
      }
      if (state.noticeUntil() != null) {
        throw new InvalidActionException(kind, stage.id(),
            "stage's notice was published already; it is up until " + state.noticeUntil());
      }
      if (a.channels().isEmpty() || a.channels().stream().anyMatch(String::isBlank)) {
        throw new InvalidActionException(kind + ".channels", a.channels(),
            "must name at least one channel, none blank");
      }
      nonBlank(kind + ".text", a.text());
      return List.of(new NoticePublished(stage.id(), a.by(), a.channels(), a.text(),
          state.revision(), now, periodEnd(now, stage.gate().publicationDays())));
    }
    throw new InvalidActionException("act.action", kind, "is not an action of workflow");
  }

  /**
   * The vote {@code hold-stage-vote} records: the gate's body, attendance and notice checked, the
   * ballots checked and counted by the gate's rule. On replay the same count is made again from a
   * recorded vote's members present and ballots, and must give the recorded fact.
   */
  private StageVoteHeld vote(WorkflowState state, Stage stage, String question,
      List<MemberId> presentList, List<Ballot> ballots, Context context) {
    String kind = "hold-stage-vote";
    Gate gate = stage.gate();
    if (!gate.votes()) {
      throw new InvalidActionException(kind, stage.id(), "stage holds no vote");
    }
    if (stage.kind() == StageKind.DECISION) {
      if (state.revision() == 0) {
        throw new InvalidActionException(kind, stage.id(), "needs a plan to vote on; none was"
            + " submitted");
      }
      if (state.adoptedRevision() == state.revision()) {
        throw new InvalidActionException(kind, state.revision(),
            "revision was adopted already in this stage");
      }
    }
    if (gate.circulate()) {
      if (state.circulatedRevision() != state.revision() || state.circulatedAt() == null) {
        throw new InvalidActionException(kind, state.revision(), "revision must be sent to the"
            + " members of " + gate.body() + " before the vote (circulate-plan)");
      }
      LocalDate earliest = date(state.circulatedAt()).plusDays(gate.noticeDays());
      if (date(context.now()).isBefore(earliest)) {
        throw new InvalidActionException(kind, date(context.now()), "vote must wait "
            + gate.noticeDays() + " days after the plan was sent, until " + earliest);
      }
    }
    Electorate body = body(gate, context);
    if (presentList.isEmpty()) {
      throw new InvalidActionException(kind + ".present", "[]", "must list the members present");
    }
    TreeSet<MemberId> present = new TreeSet<>();
    for (MemberId m : presentList) {
      if (!body.contains(m)) {
        throw new InvalidActionException(kind + ".present", m,
            "must be a member of " + gate.body() + " (" + body.size() + " members)");
      }
      if (!present.add(m)) {
        throw new InvalidActionException(kind + ".present", m, "is listed twice");
      }
    }
    DecisionRule rule = context.rules().apply(gate.rule());
    DecisionRequest request = new DecisionRequest(body, List.of(), context.alternatives(),
        gate.ruleParameters(), context.seed(), date(context.now()));
    List<Ballot> accepted = new ArrayList<>();
    TreeSet<MemberId> voted = new TreeSet<>();
    for (int i = 0; i < ballots.size(); i++) {
      Ballot ballot = ballots.get(i);
      String field = kind + ".ballots[" + i + "]";
      if (!present.contains(ballot.voter())) {
        throw new InvalidActionException(field + ".voter", ballot.voter(),
            "must be listed as present");
      }
      if (!voted.add(ballot.voter())) {
        throw new InvalidActionException(field + ".voter", ballot.voter(),
            "has a ballot already; one ballot per member");
      }
      if (!rule.ballotType().isInstance(ballot)) {
        throw new InvalidActionException(field + ".type", ballot.getClass().getSimpleName(),
            "rule '" + rule.id() + "' counts " + rule.ballotType().getSimpleName() + "s");
      }
      try {
        rule.checkBallot(ballot, request.withBallots(accepted));
      } catch (YishiException e) {
        throw new InvalidActionException(field + "." + e.field(), e.value().orElse(null),
            e.rule());
      }
      accepted.add(ballot);
    }
    if (voted.size() < present.size()) {
      // A rule counting "those present" learns who was present from the ballots: a member who
      // attends and does not vote must be recorded as abstaining, or the base shrinks (RULES.md
      // 3.2: a resolution needs more than half of those present).
      TreeSet<MemberId> silent = new TreeSet<>(present);
      silent.removeAll(voted);
      throw new InvalidActionException(kind + ".ballots", silent, "every member present needs"
          + " a ballot; record an abstention for a member present who does not vote");
    }
    boolean attended = gate.attended(present.size(), body.size());
    Decision decision = null;
    if (attended) {
      try {
        decision = rule.decide(request.withBallots(accepted));
      } catch (YishiException e) {
        throw new InvalidActionException(kind + "." + e.field(), e.value().orElse(null),
            e.rule() + " (rule " + rule.id() + ")");
      }
    }
    boolean adopted = decision != null && decision.verdict() == Verdict.ADOPTED;
    return new StageVoteHeld(stage.id(), question, state.revision(), gate.body(),
        body.size(), List.copyOf(present), gate.attendanceInWords(), attended, accepted,
        decision, adopted, context.now());
  }

  private Electorate body(Gate gate, Context context) {
    return gate.body().equals(Gate.ELECTORATE) ? context.electorate() : bodies.get(gate.body());
  }

  private void checkActor(Stage stage, String kind, ResidentId by) {
    List<ResidentId> holders = actors.get(stage.actor());
    if (holders != null && !holders.contains(by)) {
      throw new InvalidActionException(kind + ".by", by, "must act for " + stage.actor()
          + " in stage " + stage.id() + " (" + holders + ")");
    }
  }

  private static void notInDisclosure(Stage stage, String kind) {
    if (stage.kind() == StageKind.DISCLOSURE) {
      throw new InvalidActionException(kind, stage.id(), "is not accepted in a disclosure stage");
    }
  }

  private static void nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidActionException(field, value, "must not be blank");
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private LocalDate date(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /**
   * The end of a period of {@code days} counted in days from {@code at}: the starting day does
   * not count and the last day ends at 24:00 (Civil Code arts. 201, 203). Zero days: at once.
   */
  Instant periodEnd(Instant at, int days) {
    if (days == 0) {
      return at;
    }
    return date(at).plusDays(days + 1L).atStartOfDay(zone).toInstant();
  }

  // ---- deadlines and gates

  /** At the end of a notice's minimum period, records it; the disclosure gate is then met. */
  @Override
  public List<Fact> due(WorkflowState state, Context context) {
    Instant until = state.noticeUntil();
    if (until != null && !state.noticeEnded() && !context.now().isBefore(until)) {
      return List.of(new NoticePeriodEnded(state.stage(), until));
    }
    return List.of();
  }

  @Override
  public List<Fact> advance(WorkflowState state, Phase from, Phase to, Context context) {
    if (!state.unmet().isEmpty()) {
      throw new InvalidActionException("advance-phase.to", to.id(), "stage '" + from.id()
          + "' has not met its gate: " + String.join("; ", state.unmet()));
    }
    return List.of(new StagePassed(from.id(), to.id(), met(state, stage(state))));
  }

  /** True after the stage's {@code stage-passed}, or while its gate is met: what a portal offers. */
  @Override
  public boolean mayAdvance(WorkflowState state, Phase phase) {
    return state.passed().contains(phase.id())
        || (state.stage().equals(phase.id()) && state.unmet().isEmpty());
  }

  /** True only after the stage's {@code stage-passed}: an advance must follow it, also on replay. */
  @Override
  public boolean hasCompleted(WorkflowState state, Phase phase) {
    return state.passed().contains(phase.id());
  }

  @Override
  public Set<String> allowed(WorkflowState state, Phase phase) {
    Stage stage = stage(state);
    Gate gate = stage.gate();
    TreeSet<String> now = new TreeSet<>();
    if (stage.kind() == StageKind.DISCLOSURE) {
      if (state.noticeUntil() == null) {
        now.add("publish-notice");
      }
    } else {
      now.add("submit-plan");
      now.add("record-stage-opinion");
      now.add("record-stage-minutes");
      boolean plan = state.revision() > 0;
      if (gate.circulate() && plan && state.circulatedRevision() != state.revision()) {
        now.add("circulate-plan");
      }
      boolean sent = !gate.circulate() || state.circulatedRevision() == state.revision();
      if (gate.votes() && (stage.kind() != StageKind.DECISION
          || (plan && sent && state.adoptedRevision() != state.revision()))) {
        now.add("hold-stage-vote");
      }
    }
    now.retainAll(phase.commands());
    return now;
  }

  // ---- folding

  /**
   * Folds a fact after checking that its content follows from the state and the context it was
   * recorded in, as {@link #handle}, {@link #due} and {@link #advance} would have made it: every
   * fact belongs to the consultation's phase at the time; a vote's members, attendance, ballots
   * and decision are counted again with the gate's body and rule; a notice's period is computed
   * again; the instants facts carry are the times they were recorded at. A log rewritten with
   * other numbers, even with its hashes recomputed, is then refused on replay.
   */
  @Override
  public WorkflowState apply(WorkflowState s, Fact fact, Context context) {
    if (fact instanceof WorkflowFact f) {
      // A stage's facts are recorded while the consultation is in that stage's phase; a
      // phase-advanced without the stage-passed that moves the workflow leaves them apart.
      require(f.stage().equals(context.phase()) && s.stage().equals(context.phase()),
          fact.type() + " of stage '" + f.stage() + "' recorded in phase '" + context.phase()
              + "' while the workflow is in stage '" + s.stage() + "'");
      Stage stage = stage(s);
      if (f instanceof StageVoteHeld v) {
        StageVoteHeld counted;
        try {
          counted = vote(s, stage, v.question(), v.present(), v.ballots(), context);
        } catch (InvalidActionException e) {
          throw new IllegalArgumentException("a vote the stage could not hold: "
              + e.getMessage(), e);
        }
        requireSame(v, counted);
      } else if (f instanceof NoticePublished n) {
        Instant until = periodEnd(n.at(), stage.gate().publicationDays());
        require(n.until().equals(until), "a notice up until " + n.until() + " where "
            + stage.gate().publicationDays() + " days from " + n.at() + " end at " + until);
        require(n.revision() == s.revision(), "a notice on revision " + n.revision()
            + " where the plan is at revision " + s.revision());
        recordedAt(n.at(), context);
      } else if (f instanceof NoticePeriodEnded e) {
        require(!context.now().isBefore(e.at()), "a notice period ending at " + e.at()
            + ", recorded before, at " + context.now());
      } else if (f instanceof PlanSubmitted p) {
        recordedAt(p.at(), context);
      } else if (f instanceof MinutesRecorded m) {
        recordedAt(m.at(), context);
      } else if (f instanceof PlanCirculated c) {
        recordedAt(c.at(), context);
      }
    }
    return apply(s, fact);
  }

  private static void recordedAt(Instant at, Context context) {
    require(at.equals(context.now()), "dated " + at + " but recorded at " + context.now());
  }

  /** Refuses a recorded vote that differs from the vote counted again, naming the first part. */
  private static void requireSame(StageVoteHeld recorded, StageVoteHeld counted) {
    if (recorded.equals(counted)) {
      return;
    }
    String part;
    Object claimed;
    Object again;
    if (recorded.revision() != counted.revision()) {
      part = "revision";
      claimed = recorded.revision();
      again = counted.revision();
    } else if (!recorded.body().equals(counted.body())) {
      part = "body";
      claimed = recorded.body();
      again = counted.body();
    } else if (recorded.members() != counted.members()) {
      part = "members";
      claimed = recorded.members();
      again = counted.members();
    } else if (!recorded.present().equals(counted.present())) {
      part = "present";
      claimed = recorded.present();
      again = counted.present();
    } else if (!recorded.attendance().equals(counted.attendance())) {
      part = "attendance";
      claimed = recorded.attendance();
      again = counted.attendance();
    } else if (recorded.attended() != counted.attended()) {
      part = "attended";
      claimed = recorded.attended();
      again = counted.attended();
    } else if (!Objects.equals(recorded.decision(), counted.decision())) {
      part = "decision";
      claimed = recorded.decision() == null ? null : recorded.decision().verdict() + " "
          + recorded.decision().chosen();
      again = counted.decision() == null ? null : counted.decision().verdict() + " "
          + counted.decision().chosen();
    } else if (recorded.adopted() != counted.adopted()) {
      part = "adopted";
      claimed = recorded.adopted();
      again = counted.adopted();
    } else if (!recorded.at().equals(counted.at())) {
      part = "at";
      claimed = recorded.at();
      again = counted.at();
    } else {
      part = "content";
      claimed = recorded;
      again = counted;
    }
    throw new IllegalArgumentException("a vote whose " + part + " is " + claimed + " where the"
        + " gate and its rule, counted again, give " + again);
  }

  @Override
  public WorkflowState apply(WorkflowState s, Fact fact) {
    if (!(fact instanceof WorkflowFact f)) {
      throw new IllegalArgumentException("not a workflow fact: " + fact.type());
    }
    if (!f.stage().equals(s.stage())) {
      throw new IllegalArgumentException(fact.type() + " of stage '" + f.stage()
          + "' while the workflow is in stage '" + s.stage() + "'");
    }
    Stage stage = stage(s);
    Gate gate = stage.gate();
    boolean disclosure = stage.kind() == StageKind.DISCLOSURE;
    if (f instanceof PlanSubmitted p) {
      require(!disclosure && p.revision() == s.revision() + 1, "plan revision " + p.revision()
          + " where " + (s.revision() + 1) + " was next");
      return gated(new WorkflowState(s.stage(), s.passed(), p.revision(), p.title(), p.text(),
          s.opinions(), s.minutes(), s.circulatedRevision(), s.circulatedAt(), s.votes(),
          s.adoptedRevision(), s.lastVote(), s.noticeUntil(), s.noticeEnded(), s.unmet(),
          s.complete()));
    }
    if (f instanceof OpinionRecorded o) {
      require(!disclosure && o.number() == s.opinions() + 1, "opinion " + o.number() + " where "
          + (s.opinions() + 1) + " was next");
      return gated(new WorkflowState(s.stage(), s.passed(), s.revision(), s.title(), s.text(),
          o.number(), s.minutes(), s.circulatedRevision(), s.circulatedAt(), s.votes(),
          s.adoptedRevision(), s.lastVote(), s.noticeUntil(), s.noticeEnded(), s.unmet(),
          s.complete()));
    }
    if (f instanceof MinutesRecorded) {
      require(!disclosure, "minutes in a disclosure stage");
      return gated(new WorkflowState(s.stage(), s.passed(), s.revision(), s.title(), s.text(),
          s.opinions(), s.minutes() + 1, s.circulatedRevision(), s.circulatedAt(), s.votes(),
          s.adoptedRevision(), s.lastVote(), s.noticeUntil(), s.noticeEnded(), s.unmet(),
          s.complete()));
    }
    if (f instanceof PlanCirculated c) {
      require(gate.circulate() && c.revision() == s.revision() && c.revision() > 0
          && s.circulatedRevision() != c.revision(), "revision " + c.revision()
          + " sent, when the plan is at revision " + s.revision());
      return gated(new WorkflowState(s.stage(), s.passed(), s.revision(), s.title(), s.text(),
          s.opinions(), s.minutes(), c.revision(), c.at(), s.votes(), s.adoptedRevision(),
          s.lastVote(), s.noticeUntil(), s.noticeEnded(), s.unmet(), s.complete()));
    }
    if (f instanceof StageVoteHeld v) {
      Decision d = v.decision();
      require(gate.votes() && v.body().equals(gate.body()) && v.revision() == s.revision(),
          "a vote of " + v.body() + " on revision " + v.revision() + " in stage " + s.stage());
      require(v.attended() == (d != null)
          && v.adopted() == (d != null && d.verdict() == Verdict.ADOPTED),
          "a vote whose attendance, decision and adoption disagree");
      require(!v.adopted() || stage.kind() != StageKind.DECISION
          || s.adoptedRevision() != v.revision(), "a second adoption of revision "
          + v.revision());
      int adopted = v.adopted() && stage.kind() == StageKind.DECISION ? v.revision()
          : s.adoptedRevision();
      return gated(new WorkflowState(s.stage(), s.passed(), s.revision(), s.title(), s.text(),
          s.opinions(), s.minutes(), s.circulatedRevision(), s.circulatedAt(), s.votes() + 1,
          adopted, describe(v), s.noticeUntil(), s.noticeEnded(), s.unmet(), s.complete()));
    }
    if (f instanceof NoticePublished n) {
      require(disclosure && s.noticeUntil() == null && !n.until().isBefore(n.at()),
          "a second notice, or one outside a disclosure stage");
      return gated(new WorkflowState(s.stage(), s.passed(), s.revision(), s.title(), s.text(),
          s.opinions(), s.minutes(), s.circulatedRevision(), s.circulatedAt(), s.votes(),
          s.adoptedRevision(), s.lastVote(), n.until(), false, s.unmet(), s.complete()));
    }
    if (f instanceof NoticePeriodEnded e) {
      require(s.noticeUntil() != null && !s.noticeEnded() && e.at().equals(s.noticeUntil()),
          "a notice period ending at " + e.at() + " (notice up until " + s.noticeUntil() + ")");
      return gated(new WorkflowState(s.stage(), s.passed(), s.revision(), s.title(), s.text(),
          s.opinions(), s.minutes(), s.circulatedRevision(), s.circulatedAt(), s.votes(),
          s.adoptedRevision(), s.lastVote(), s.noticeUntil(), true, s.unmet(), s.complete()));
    }
    StagePassed p = (StagePassed) f;
    int index = definition.stages().indexOf(stage);
    require(s.unmet().isEmpty(), "stage " + s.stage() + " passed with its gate unmet: "
        + s.unmet());
    require(index + 1 < definition.stages().size()
        && definition.stages().get(index + 1).id().equals(p.next()), "stage " + s.stage()
        + " passed to '" + p.next() + "', which is not the next stage");
    List<String> passed = new ArrayList<>(s.passed());
    passed.add(s.stage());
    return gated(s.enter(p.next(), passed));
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException(what);
    }
  }

  private static String describe(StageVoteHeld v) {
    String head = "vote of " + v.body() + (v.question().isEmpty() ? " on revision " + v.revision()
        : " on \"" + v.question() + "\"") + ": " + v.present().size() + " of " + v.members()
        + " present (" + v.attendance() + " needed)";
    Decision d = v.decision();
    if (d == null) {
      return head + ", too few to count";
    }
    return head + ", " + d.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " by " + d.ruleId() + ", " + v.ballots().size() + " ballots";
  }

  /** The state with its current stage's unmet conditions and completeness computed. */
  private WorkflowState gated(WorkflowState s) {
    Stage stage = stage(s);
    List<String> unmet = conditions(s, stage, false);
    boolean last = definition.stages().indexOf(stage) == definition.stages().size() - 1;
    return new WorkflowState(s.stage(), s.passed(), s.revision(), s.title(), s.text(),
        s.opinions(), s.minutes(), s.circulatedRevision(), s.circulatedAt(), s.votes(),
        s.adoptedRevision(), s.lastVote(), s.noticeUntil(), s.noticeEnded(), unmet,
        last && unmet.isEmpty());
  }

  private List<String> met(WorkflowState s, Stage stage) {
    return conditions(s, stage, true);
  }

  /** The gate's conditions that are met ({@code met} true) or not yet met, in words. */
  private List<String> conditions(WorkflowState s, Stage stage, boolean met) {
    Gate g = stage.gate();
    List<String> out = new ArrayList<>();
    if (g.proposal()) {
      add(out, met, s.revision() > 0, "plan submitted (revision " + s.revision() + ")",
          "a plan must be submitted");
    }
    if (g.opinions() > 0) {
      add(out, met, s.opinions() >= g.opinions(), s.opinions() + " opinions recorded (at least "
          + g.opinions() + ")", "at least " + g.opinions() + " opinions must be recorded, "
          + s.opinions() + " so far");
    }
    if (g.minutes()) {
      add(out, met, s.minutes() > 0, "minutes recorded", "minutes must be recorded");
    }
    if (stage.kind() == StageKind.DECISION) {
      boolean ok = s.revision() > 0 && s.adoptedRevision() == s.revision();
      String missing = s.adoptedRevision() > 0
          ? "revision " + s.adoptedRevision() + " was adopted; revision " + s.revision()
              + " must be voted again"
          : "a vote of " + g.body() + " must adopt the plan" + (s.lastVote().isEmpty() ? ""
              : " (last: " + s.lastVote() + ")");
      add(out, met, ok, s.lastVote(), missing);
    } else if (g.votes() && met && !s.lastVote().isEmpty()) {
      out.add(s.votes() + " votes on contested points, last: " + s.lastVote());
    }
    if (stage.kind() == StageKind.DISCLOSURE) {
      Instant until = s.noticeUntil();
      add(out, met, until != null && s.noticeEnded(), "notice up for " + g.publicationDays()
          + " days, until " + until, until == null ? "the notice must be published"
          : "the notice must stay up until " + until);
    }
    return out;
  }

  private static void add(List<String> out, boolean met, boolean ok, String yes, String no) {
    if (met && ok) {
      out.add(yes);
    } else if (!met && !ok) {
      out.add(no);
    }
  }

  WorkflowDefinition definition() {
    return definition;
  }

  @Nullable Electorate namedBody(String id) {
    return bodies.get(id);
  }
}
