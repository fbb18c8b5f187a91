package io.yishi.core.method.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.YishiException;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.SupportTestRule;
import io.yishi.core.fixtures.TallyDecision;
import io.yishi.core.json.YishiJson;
import io.yishi.core.method.revision.RevisionAction.ClosePlanRound;
import io.yishi.core.method.revision.RevisionAction.OpenPlanRound;
import io.yishi.core.method.revision.RevisionAction.RespondToPlan;
import io.yishi.core.method.revision.RevisionAction.RevisePlan;
import io.yishi.core.method.revision.RevisionAction.TablePlan;
import io.yishi.core.method.revision.RevisionState.Objection;
import io.yishi.core.method.revision.RevisionState.Round;
import io.yishi.core.method.revision.RevisionState.Status;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanRevisionMethodTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load().with(new SupportTestRule());
  static final ResidentId LEADER = Fixtures.LEADER;
  static final ResidentId TENANT = new ResidentId("t-1");
  static final int MEMBERS = 40;

  static ResidentId m(int i) {
    return new ResidentId("m" + i);
  }

  static Consultation open(Map<String, ?> parameters) {
    ConsultationSpec base = Fixtures.spec(Fixtures.members(MEMBERS));
    Map<String, Object> p = new java.util.TreeMap<>(Map.of("rule", "support-test"));
    p.putAll(parameters);
    ConsultationSpec spec = ConsultationSpec.builder().id(base.id()).title("Repair plan")
        .issue(base.issue()).method("plan-revision").methodParameters(Parameters.of(p))
        .rule("support-test").electorate(base.electorate()).seed(11).build();
    return Consultation.open(spec, Fixtures.tickingClock(), REGISTRY);
  }

  static Consultation tabled(Map<String, ?> parameters) {
    Consultation c = open(parameters);
    c.submit(new Act(new TablePlan(LEADER, "Repair plan", "Mend the east fence.")));
    c.submit(new AdvancePhase(LEADER, "revision"));
    return c;
  }

  static RevisionState state(Consultation c) {
    return (RevisionState) c.state().methodState().orElseThrow();
  }

  static void respond(Consultation c, int from, int to, RespondFn fn) {
    for (int i = from; i <= to; i++) {
      c.submit(new Act(fn.make(m(i))));
    }
  }

  interface RespondFn {
    RespondToPlan make(ResidentId r);
  }

  /**
   * A year of revision in miniature, with 40 owners and a tenant: round 1 misses the
   * participation gate, round 2 is rejected, round 3 adopts revision 3; every revision answers
   * named objections, and the portal sees the right actions at every step.
   */
  @Test
  void aPlanIsRevisedUntilTheRuleFindsEnoughSupport() throws Exception {
    Consultation c = open(Map.of("maxRounds", 4));
    assertThat(c.state().phase()).isEqualTo("drafting");
    assertThat(c.state().allowed()).containsExactly("advance-phase", "check-deadlines", "close",
        "post-comment", "submit-idea", "table-plan");
    c.submit(new Command.SubmitIdea(m(3), "Strangers come in through the broken fence."));
    c.submit(new Act(new TablePlan(LEADER, "Repair plan", "Mend the east fence.")));
    assertThat(c.state().allowed()).containsExactly("advance-phase", "check-deadlines", "close",
        "post-comment", "submit-idea");
    c.submit(new AdvancePhase(LEADER, "revision"));
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "open-plan-round",
        "post-comment");

    // Round 1: 20 of 40 answer, below the 2/3 gate.
    c.submit(new Act(new OpenPlanRound(LEADER)));
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close",
        "close-plan-round", "post-comment", "respond-to-plan");
    respond(c, 1, 12, RespondToPlan::support);
    respond(c, 13, 17, r -> RespondToPlan.object(r, "the path is dark at night"));
    respond(c, 18, 20, r -> RespondToPlan.suggest(r, "add street lights"));
    c.submit(new Act(new ClosePlanRound(LEADER)));
    RevisionState s = state(c);
    assertThat(s.rounds().get(0).decision().verdict()).isEqualTo(Verdict.NOT_DECIDED);
    assertThat(s.status()).isEqualTo(Status.BETWEEN_ROUNDS);
    assertThat(s.openObjections()).extracting(Objection::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "open-plan-round",
        "post-comment", "revise-plan");

    c.submit(new Act(new RevisePlan(LEADER, "Repair plan",
        "Mend the east fence; replace the dead street lights.", "adds street lights",
        List.of(1, 2, 3, 4, 5, 6, 7, 8))));

    // Round 2: 30 answer, 20 support: 20 < 3/4 of 30.
    c.submit(new Act(new OpenPlanRound(LEADER)));
    respond(c, 1, 20, RespondToPlan::support);
    respond(c, 21, 30, r -> RespondToPlan.object(r, "three flats were burgled; we need gates"));
    c.submit(new Act(new ClosePlanRound(LEADER)));
    assertThat(state(c).rounds().get(1).decision().verdict()).isEqualTo(Verdict.REJECTED);

    c.submit(new Act(new RevisePlan(LEADER, "Repair and access plan",
        "Mend the east fence; replace the street lights; access control at both gates.",
        "adds access control", IntStream.rangeClosed(9, 18).boxed().toList())));

    // Round 3: 34 answer, 30 support; one changes her mind; the tenant is heard, not counted.
    c.submit(new Act(new OpenPlanRound(LEADER)));
    c.submit(new Act(RespondToPlan.object(m(1), "gates cost too much")));
    respond(c, 1, 30, RespondToPlan::support);
    respond(c, 31, 32, r -> RespondToPlan.object(r, "cards, not phones, for the elderly"));
    respond(c, 33, 34, r -> RespondToPlan.suggest(r, "a visitor intercom"));
    c.submit(new Act(RespondToPlan.object(TENANT, "tenants need cards too")));
    c.submit(new Act(new ClosePlanRound(LEADER)));

    s = state(c);
    Round third = s.rounds().get(2);
    assertThat(third.responses()).hasSize(35);
    assertThat(third.responseOf(m(1)).orElseThrow().stance()).isEqualTo(Stance.SUPPORT);
    assertThat((TallyDecision) third.decision()).isEqualTo(
        new TallyDecision("support-test", Verdict.ADOPTED, 30, 4));
    assertThat(s.status()).isEqualTo(Status.ADOPTED);
    assertThat(s.result().orElseThrow().explain()).isEqualTo("adopted at round 3 (revision 3)");
    assertThat(s.revisions()).extracting(RevisionState.PlanRevision::answers).containsExactly(
        List.of(), List.of(1, 2, 3, 4, 5, 6, 7, 8), IntStream.rangeClosed(9, 18).boxed().toList());
    assertThat(s.objections()).hasSize(23);
    assertThat(s.objections().get(0).answeredBy()).isEqualTo(2);
    assertThat(s.objections().get(17).answeredBy()).isEqualTo(3);
    assertThat(s.openObjections()).extracting(Objection::by)
        .containsExactly(m(31), m(32), m(33), m(34), TENANT);
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "post-comment");
    assertThatThrownBy(() -> c.submit(new Act(new OpenPlanRound(LEADER))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("adopted at round 3 (revision 3); nothing more can be done");

    c.log().verify();
    String json = YishiJson.mapper().writeValueAsString(c.log());
    assertThat(json).contains("\"type\":\"plan-round-closed\"", "\"stance\":\"suggest-change\"");
    Consultation replayed = Consultation.replay(
        YishiJson.mapper().readValue(json, EventLog.class), Fixtures.tickingClock(), REGISTRY);
    assertThat(replayed.state()).isEqualTo(c.state());
  }

  @Nested
  class Refusals {

    Consultation c = tabled(Map.of("maxRounds", 2));

    void refused(Object action, String message) {
      long before = c.version();
      assertThatThrownBy(() -> c.submit(new Act((io.yishi.core.spi.Action) action)))
          .isInstanceOf(InvalidActionException.class).hasMessage(message);
      assertThat(c.version()).isEqualTo(before);
    }

    @Test
    void onlyTheProposerOpensClosesAndRevises() {
      refused(new OpenPlanRound(m(1)), "open-plan-round.by: must be the proposer, r-leader; only"
          + " the proposer opens and closes rounds and revises the plan, was m1");
      c.submit(new Act(new OpenPlanRound(LEADER)));
      refused(new ClosePlanRound(m(1)), "close-plan-round.by: must be the proposer, r-leader;"
          + " only the proposer opens and closes rounds and revises the plan, was m1");
    }

    @Test
    void responsesNeedAnOpenRoundAndObjectionsNeedReasons() {
      refused(RespondToPlan.support(m(1)), "respond-to-plan: no round is open; responses wait"
          + " for the next round, was m1");
      c.submit(new Act(new OpenPlanRound(LEADER)));
      refused(RespondToPlan.object(m(1), " "),
          "respond-to-plan.text: an objection must give its reason, was  ");
      refused(RespondToPlan.suggest(m(1), ""),
          "respond-to-plan.text: a suggestion must say what should change, was ");
      c.submit(new Act(RespondToPlan.support(m(1))));
      refused(RespondToPlan.support(m(1)),
          "respond-to-plan.by: has given this response in round 1 already, was m1");
      refused(new OpenPlanRound(LEADER), "open-plan-round: round 1 is still open until "
          + state(c).rounds().get(0).closesAt() + ", was 1");
    }

    @Test
    void aRevisionAnswersOpenObjectionsBetweenRounds() {
      c.submit(new Act(new OpenPlanRound(LEADER)));
      c.submit(new Act(RespondToPlan.object(m(1), "too dark")));
      refused(new RevisePlan(LEADER, "Repair plan", "Lights too.", "lights", List.of(1)),
          "revise-plan: round 1 is open on revision 1; revise between rounds, was 1");
      c.submit(new Act(new ClosePlanRound(LEADER)));
      refused(new RevisePlan(LEADER, "Repair plan", "Lights too.", "lights", List.of()),
          "revise-plan.answers: must name at least one open objection the revision answers"
              + " (open: [1]), was []");
      refused(new RevisePlan(LEADER, "Repair plan", "Lights too.", "lights", List.of(2)),
          "revise-plan.answers: must be an open objection (open: [1]), was 2");
      refused(new RevisePlan(LEADER, "Repair plan", "Mend the east fence.", "nothing",
          List.of(1)), "revise-plan.text: must change the title or the text of revision 1,"
          + " was Mend the east fence.");
      c.submit(new Act(new RevisePlan(LEADER, "Repair plan", "Lights too.", "lights",
          List.of(1))));
      refused(new RevisePlan(LEADER, "Repair plan", "More.", "more", List.of(1)),
          "revise-plan.answers: must be an open objection (open: []), was 1");
      refused(new TablePlan(m(2), "Other", "Other plan"), "table-plan: the plan was tabled"
          + " already by r-leader; revise it instead, was Other");
    }

    @Test
    void aRuleWhoseBallotHasNoFactoryCannotTestARound() {
      Consultation yesNo = tabled(Map.of("rule", "yes-no-test"));
      assertThatThrownBy(() -> yesNo.submit(new Act(new OpenPlanRound(LEADER))))
          .isInstanceOf(InvalidActionException.class)
          .hasMessageContaining("parameters.rule: must count a ballot type with a public static"
              + " of(MemberId, vote)")
          .hasMessageContaining("YesNoBallot has none, was yes-no-test");
      Consultation unknown = tabled(Map.of("rule", "no-such-rule"));
      assertThatThrownBy(() -> unknown.submit(new Act(new OpenPlanRound(LEADER))))
          .isInstanceOf(InvalidActionException.class)
          .hasMessageStartingWith("parameters.rule: must be an installed decision rule");
    }

    @Test
    void badParametersAreRefusedWhenTheConsultationOpens() {
      assertThatThrownBy(() -> open(Map.of("maxRounds", 0)))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessage("parameters.maxRounds: must be from 1 to 100, was 0");
      assertThatThrownBy(() -> open(Map.of("roundLength", "two weeks")))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("parameters.roundLength: must be an ISO-8601 duration");
      assertThatThrownBy(() -> open(Map.of("suggestionCountsAs", "yes")))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessage("parameters.suggestionCountsAs: must be one of [no, abstain], was yes");
      assertThatThrownBy(() -> open(Map.of("zone", "Mars/Olympus")))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("parameters.zone");
    }
  }

  /**
   * With the ticking clock each command reads one second later; a 10-second round closes at its
   * deadline, recorded before the first command after it, which then finds no round open.
   */
  @Test
  void aRoundClosesAtItsDeadlineAndTheLastRoundSettlesTheOutcome() {
    Consultation c = tabled(Map.of("maxRounds", 1, "roundLength", "PT10S"));
    c.submit(new Act(new OpenPlanRound(LEADER)));
    respond(c, 1, 5, RespondToPlan::support);
    for (int i = 0; i < 4; i++) {
      c.submit(new Command.PostComment(m(9), null, "waiting"));
    }
    assertThatThrownBy(() -> c.submit(new Act(RespondToPlan.support(m(6)))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("not adopted: the last round allowed, round 1 (revision 1)");
    c.submit(new Command.CheckDeadlines(LEADER));

    RevisionState s = state(c);
    Round round = s.rounds().get(0);
    assertThat(round.closedAt()).isEqualTo(round.closesAt());
    assertThat(round.closedBy()).isNull();
    assertThat(round.responses()).hasSize(5);
    assertThat(round.decision().verdict()).isEqualTo(Verdict.NOT_DECIDED);
    assertThat(s.status()).isEqualTo(Status.NOT_ADOPTED);
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "post-comment");
  }

  @Test
  void suggestionsCountAsTheParameterSays() {
    for (String counts : List.of("no", "abstain")) {
      Consultation c = tabled(Map.of("suggestionCountsAs", counts));
      c.submit(new Act(new OpenPlanRound(LEADER)));
      respond(c, 1, 27, RespondToPlan::support);
      respond(c, 28, 30, r -> RespondToPlan.suggest(r, "paint it green"));
      c.submit(new Act(new ClosePlanRound(LEADER)));
      // the test rule counts every ballot as taking part and only yes as agreeing
      assertThat((TallyDecision) state(c).rounds().get(0).decision()).as(counts)
          .isEqualTo(new TallyDecision("support-test", Verdict.ADOPTED, 27, 3));
    }
  }

  /** Co-owners answer for their unit's one member; the latest of them counts. */
  @Test
  void coOwnersShareOneBallot() {
    var members = new ArrayList<io.yishi.core.electorate.Member>();
    members.add(io.yishi.core.electorate.Member.of(new io.yishi.core.electorate.MemberId(
        "a+b")));
    members.add(io.yishi.core.electorate.Member.of(new io.yishi.core.electorate.MemberId("c")));
    var electorate = io.yishi.core.electorate.Electorate.of(
        io.yishi.core.electorate.Weighting.PER_PERSON, members);
    ConsultationSpec base = Fixtures.spec(electorate);
    Consultation c = Consultation.open(ConsultationSpec.builder().id(base.id()).title("t")
        .issue(base.issue()).method("plan-revision")
        .methodParameters(Parameters.of(Map.of("rule", "support-test")))
        .rule("support-test").electorate(electorate).build(), Fixtures.tickingClock(), REGISTRY);
    c.submit(new Act(new TablePlan(LEADER, "Plan", "Text")));
    c.submit(new AdvancePhase(LEADER, "revision"));
    c.submit(new Act(new OpenPlanRound(LEADER)));
    c.submit(new Act(RespondToPlan.object(new ResidentId("a"), "no")));
    c.submit(new Act(RespondToPlan.support(new ResidentId("c"))));
    c.submit(new Act(RespondToPlan.support(new ResidentId("b"))));
    c.submit(new Act(new ClosePlanRound(LEADER)));

    assertThat((TallyDecision) state(c).rounds().get(0).decision())
        .isEqualTo(new TallyDecision("support-test", Verdict.ADOPTED, 2, 0));
    assertThat(state(c).objections()).extracting(Objection::by)
        .containsExactly(new ResidentId("a"));
  }

  /**
   * Within a round, the order the residents answer in (and change their answers in) does not
   * change the decision, the responses that stand, or the objections raised.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void theOrderOfResponsesInARoundDoesNotChangeTheOutcome(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<RespondToPlan> responses = new ArrayList<>();
    List<RespondToPlan> changes = new ArrayList<>();
    for (int i = 1; i <= MEMBERS; i++) {
      int roll = random.nextInt(10);
      if (roll < 2) {
        continue;
      }
      RespondToPlan r = roll < 7 ? RespondToPlan.support(m(i))
          : roll < 9 ? RespondToPlan.object(m(i), "reason " + random.nextInt(3))
              : RespondToPlan.suggest(m(i), "change " + random.nextInt(3));
      if (random.nextInt(5) == 0) {
        changes.add(r);  // first says the opposite, then this
        responses.add(r.stance() == Stance.SUPPORT ? RespondToPlan.object(m(i), "first thought")
            : RespondToPlan.support(m(i)));
      } else {
        responses.add(r);
      }
    }
    Consultation inOrder = run(responses, changes);
    List<RespondToPlan> shuffled = new ArrayList<>(responses);
    Collections.shuffle(shuffled, new Random(seed));
    List<RespondToPlan> shuffledChanges = new ArrayList<>(changes);
    Collections.shuffle(shuffledChanges, new Random(seed + 1));
    Consultation otherOrder = run(shuffled, shuffledChanges);

    Round a = state(inOrder).rounds().get(0);
    Round b = state(otherOrder).rounds().get(0);
    assertThat(b.decision()).as("seed %d", seed).isEqualTo(a.decision());
    assertThat(standing(b)).as("seed %d", seed).isEqualTo(standing(a));
    assertThat(objections(state(otherOrder))).as("seed %d", seed)
        .isEqualTo(objections(state(inOrder)));
    assertThat(state(otherOrder).status()).isEqualTo(state(inOrder).status());
  }

  static Consultation run(List<RespondToPlan> responses, List<RespondToPlan> changes) {
    Consultation c = tabled(Map.of());
    c.submit(new Act(new OpenPlanRound(LEADER)));
    responses.forEach(r -> c.submit(new Act(r)));
    changes.forEach(r -> c.submit(new Act(r)));
    c.submit(new Act(new ClosePlanRound(LEADER)));
    return c;
  }

  static List<String> standing(Round round) {
    return round.responses().stream().map(r -> r.by() + " " + r.stance() + " " + r.text())
        .sorted().toList();
  }

  static List<String> objections(RevisionState s) {
    return s.objections().stream().map(o -> o.by() + " " + o.stance() + " " + o.text())
        .sorted().toList();
  }

  /**
   * Random sequences of commands, valid and invalid, from residents and the proposer, with
   * deadlines passing: every refused command leaves the log as it was, the log always verifies,
   * and it round-trips through JSON and replays to an equal state.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void noSequenceOfCommandsBreaksTheRecord(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Consultation c = open(Map.of("maxRounds", 4, "roundLength", "PT25S"));
    for (int step = 0; step < 200; step++) {
      ResidentId who = random.nextInt(4) == 0 ? LEADER : m(1 + random.nextInt(MEMBERS + 2));
      RevisionState s = state(c);
      List<Integer> open = s.openObjections().stream().map(Objection::number).toList();
      Command command = switch (random.nextInt(9)) {
        case 0 -> new Act(new TablePlan(who, "Plan", "Text " + step));
        case 1 -> new Act(new OpenPlanRound(who));
        case 2 -> new Act(new ClosePlanRound(who));
        case 3 -> new Act(new RevisePlan(who, "Plan", "Text " + step, "change " + step,
            open.isEmpty() || random.nextBoolean() ? List.of(random.nextInt(5))
                : open.subList(0, 1 + random.nextInt(open.size()))));
        case 4 -> new AdvancePhase(who, "revision");
        case 5 -> new Command.CheckDeadlines(who);
        case 6 -> new Act(RespondToPlan.object(who, random.nextBoolean() ? "" : "why " + step));
        default -> new Act(random.nextBoolean() ? RespondToPlan.support(who)
            : RespondToPlan.suggest(who, "idea " + random.nextInt(3)));
      };
      long before = c.version();
      try {
        c.submit(command);
      } catch (YishiException refused) {
        assertThat(c.version()).as("seed %d step %d", seed, step).isEqualTo(before);
      }
    }
    c.log().verify();
    String json = YishiJson.mapper().writeValueAsString(c.log());
    Consultation replayed = Consultation.replay(
        YishiJson.mapper().readValue(json, EventLog.class), Fixtures.tickingClock(), REGISTRY);
    assertThat(replayed.state()).as("seed %d", seed).isEqualTo(c.state());
  }
}
