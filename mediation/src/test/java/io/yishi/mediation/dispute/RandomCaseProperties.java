package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.CHEN;
import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.OUTSIDER;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.SUN;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.WANG_SON;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.Parameters;
import io.yishi.mediation.dispute.CaseState.Signature;
import io.yishi.mediation.dispute.MediationAction.AcceptCase;
import io.yishi.mediation.dispute.MediationAction.ApplyForConfirmation;
import io.yishi.mediation.dispute.MediationAction.ChooseMediators;
import io.yishi.mediation.dispute.MediationAction.CloseSession;
import io.yishi.mediation.dispute.MediationAction.ConsentToMediation;
import io.yishi.mediation.dispute.MediationAction.DeclareConflict;
import io.yishi.mediation.dispute.MediationAction.DeclineCase;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationAction.RecordConfirmation;
import io.yishi.mediation.dispute.MediationAction.RecordOralAgreement;
import io.yishi.mediation.dispute.MediationAction.RecordPerformance;
import io.yishi.mediation.dispute.MediationAction.RefuseMediation;
import io.yishi.mediation.dispute.MediationAction.ReplaceMediator;
import io.yishi.mediation.dispute.MediationAction.RequestRecusal;
import io.yishi.mediation.dispute.MediationAction.SealAgreement;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationAction.TerminateMediation;
import io.yishi.mediation.dispute.MediationAction.WithdrawFromMediation;
import io.yishi.mediation.dispute.MediationFact.AgreementInForce;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of mediation cases over seeded random runs: actions of every kind, valid and
 * invalid mixed, by the right people and the wrong ones, with the clock moving on, against a case
 * opened by application or taken up by the committee.
 */
class RandomCaseProperties {

  private static final ResidentId QIAN = new ResidentId("r-qian");   // a people's mediator
  private static final List<ResidentId> EVERYONE =
      List.of(WANG, WANG_SON, ZHANG, LI, ZHAO, CHEN, SUN, QIAN, OUTSIDER);
  private static final List<ResidentId> COMMITTEE = List.of(LI, ZHAO, CHEN);
  private static final List<ResidentId> POOL = List.of(ZHAO, CHEN, LI, SUN, QIAN);
  private static final List<String> KINDS = MediationAction.KINDS.stream().sorted().toList();
  private static final Set<String> ENDINGS = Set.of("withdraw-from-mediation",
      "refuse-mediation", "decline-case", "terminate-mediation");
  private static final int STEPS = 120;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  /** One random run: the case, its clock, and the generator. */
  private static final class Run {
    final long seed;
    final Random random;
    final HandClock clock = new HandClock(START);
    final MediationCase c;
    int step;

    Run(long seed) {
      this.seed = seed;
      this.random = new Random(seed);
      Parameters p = Neighbours.parameters("mediators", List.of(SUN.value(), QIAN.value()));
      c = seed % 2 == 0
          ? MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402", p, clock, REGISTRY)
          : MediationCase.takeUp(Neighbours.leak(), LI, "the police station referred it", p,
              clock, REGISTRY);
    }

    <T> T pick(List<T> from) {
      return from.get(random.nextInt(from.size()));
    }

    /** {@return {@code right} mostly, anyone now and then} */
    ResidentId mostly(ResidentId right) {
      return random.nextInt(100) < 85 ? right : pick(EVERYONE);
    }

    String party() {
      return random.nextInt(100) < 95 ? pick(List.of("flat-502", "flat-402")) : "flat-9";
    }

    ResidentId memberOf(String party) {
      return switch (party) {
        case "flat-502" -> mostly(pick(List.of(WANG, WANG_SON)));
        case "flat-402" -> mostly(ZHANG);
        default -> pick(EVERYONE);
      };
    }

    ResidentId mediator() {
      List<ResidentId> assigned = c.state().mediators();
      return mostly(assigned.isEmpty() ? pick(POOL) : pick(assigned));
    }

    /** {@return mostly one who has yet to sign the draft: a party's member or the presiding} */
    ResidentId signer() {
      CaseState s = c.state();
      List<ResidentId> signers = new ArrayList<>();
      if (s.draft() == null || !s.draft().signedBy("flat-502")) {
        signers.add(pick(List.of(WANG, WANG_SON)));
      }
      if (s.draft() == null || !s.draft().signedBy("flat-402")) {
        signers.add(ZHANG);
      }
      if (s.presiding() != null
          && (s.draft() == null || !s.draft().signedByMediator(s.presiding()))) {
        signers.add(s.presiding());
      }
      if (signers.isEmpty() || random.nextInt(100) < 15) {
        signers.addAll(List.of(WANG, WANG_SON, ZHANG));
      }
      return mostly(pick(signers));
    }

    List<ResidentId> someMediators() {
      List<ResidentId> out = new ArrayList<>();
      int n = 1 + random.nextInt(2);
      while (out.size() < n) {
        ResidentId m = random.nextInt(100) < 90 ? pick(POOL) : pick(EVERYONE);
        if (!out.contains(m) || random.nextInt(100) < 5) {
          out.add(m);
        }
      }
      return out;
    }

    String text() {
      return "[said-" + seed + "-" + step + "]";
    }

    AgreementContent content() {
      LocalDate due = LocalDate.parse("2026-06-30");
      return switch (random.nextInt(10)) {
        case 0 -> new AgreementContent("facts", List.of(), "duties",
            List.of(new Term("flat-502", "repairs", "a plumber", due, "")));
        case 1 -> new AgreementContent("facts", List.of("leak"), "duties",
            List.of(new Term("flat-9", "repairs", "a plumber", due, "")));
        case 2 -> new AgreementContent("", List.of("leak"), "",
            List.of(new Term("flat-502", "repairs", "", null, "")));
        case 3 -> new AgreementContent("facts", List.of("repair"), "duties",
            List.of(new Term("flat-502", "pays", "transfer", LocalDate.parse("2025-01-01"),
                "")));
        default -> Neighbours.settlement(due);
      };
    }

    /** {@return in percent, how often a kind drawn is kept, so that runs get far} */
    int keep(String kind) {
      if (ENDINGS.contains(kind)) {
        return 8;
      }
      return switch (kind) {
        case "record-oral-agreement" -> 15;
        case "draft-agreement" -> c.state().draft() == null ? 100 : 15;
        case "request-recusal", "declare-conflict" -> 30;
        default -> 100;
      };
    }

    String kind() {
      Set<String> allowed = new HashSet<>(c.allowed());
      allowed.retainAll(MediationAction.KINDS);
      for (int tries = 0; tries < 5; tries++) {
        String kind = !allowed.isEmpty() && random.nextInt(100) < 80
            ? pick(allowed.stream().sorted().toList()) : pick(KINDS);
        if (random.nextInt(100) < keep(kind)) {
          return kind;
        }
      }
      return "make-statement";
    }

    MediationAction action() {
      String kind = kind();
      CaseState s = c.state();
      String party = party();
      return switch (kind) {
        case "apply-for-mediation", "take-up-case", "accept-case" ->
            new AcceptCase(mostly(pick(COMMITTEE)));
        case "decline-case" -> new DeclineCase(mostly(pick(COMMITTEE)),
            random.nextBoolean() ? "not for us" : " ");
        case "consent-to-mediation" -> new ConsentToMediation(memberOf(party), party);
        case "refuse-mediation" -> new RefuseMediation(memberOf(party), party, "");
        case "designate-mediators" -> {
          List<ResidentId> m = someMediators();
          yield new DesignateMediators(mostly(pick(COMMITTEE)), m, mostly(pick(m)));
        }
        case "choose-mediators" -> {
          List<ResidentId> m = pick(List.of(List.of(SUN), List.of(SUN, CHEN),
              List.of(CHEN, SUN), someMediators()));
          yield new ChooseMediators(memberOf(party), party, m,
              random.nextInt(100) < 80 ? m.get(0) : pick(m));
        }
        case "request-recusal" -> new RequestRecusal(memberOf(party), party, mediator(),
            "");
        case "declare-conflict" -> {
          ResidentId m = mediator();
          yield new DeclareConflict(random.nextBoolean() ? m : mostly(pick(COMMITTEE)), m,
              random.nextInt(100) < 90 ? "a relative of a party" : "");
        }
        case "replace-mediator" -> {
          ResidentId m = s.pendingRecusals().isEmpty() ? mediator()
              : mostly(pick(s.pendingRecusals()).mediator());
          yield new ReplaceMediator(mostly(pick(COMMITTEE)), m,
              random.nextInt(100) < 90 ? pick(POOL) : pick(EVERYONE));
        }
        case "open-session" -> {
          boolean separate = random.nextBoolean();
          yield new OpenSession(mediator(),
              separate ? Session.Form.SEPARATE : Session.Form.JOINT,
              separate == random.nextInt(100) < 95 ? party : null, random.nextBoolean());
        }
        case "make-statement" -> new MakeStatement(
            random.nextInt(3) == 0 ? mediator() : memberOf(party),
            pick(List.of(Statement.Kind.values())),
            pick(java.util.Arrays.asList("leak", "repair", null, "noise")), text());
        case "close-session" -> new CloseSession(mediator(), "");
        case "withdraw-from-mediation" -> new WithdrawFromMediation(memberOf(party), party,
            "");
        case "terminate-mediation" -> new TerminateMediation(mediator(),
            random.nextInt(100) < 90 ? "no common ground" : "");
        case "draft-agreement" -> new DraftAgreement(mediator(), content());
        case "sign-agreement" -> new SignAgreement(signer());
        case "seal-agreement" -> new SealAgreement(mostly(pick(COMMITTEE)));
        case "record-oral-agreement" -> new RecordOralAgreement(mediator(), content());
        case "record-performance" -> new RecordPerformance(
            random.nextBoolean() ? mediator() : mostly(pick(COMMITTEE)), random.nextInt(5),
            "");
        case "apply-for-confirmation" -> new ApplyForConfirmation(memberOf(party), party,
            random.nextInt(100) < 90 ? "Xuhui court" : "Minhang court");
        case "record-confirmation" -> new RecordConfirmation(mostly(pick(COMMITTEE)),
            random.nextInt(100) < 80, random.nextInt(100) < 95 ? "(2025) 123" : "");
        case "propose-single-text" -> new MediationAction.ProposeSingleText(mediator(),
            "[text-" + seed + "-" + step + "]");
        case "criticise-single-text" -> new MediationAction.CriticiseSingleText(
            memberOf(party), party, version(s), random.nextInt(100) < 95 ? "too vague" : " ");
        case "accept-single-text" -> new MediationAction.AcceptSingleText(memberOf(party), party,
            version(s));
        case "revise-single-text" -> new MediationAction.ReviseSingleText(mediator(),
            s.singleText() == null || random.nextInt(100) < 10 ? List.of("c1")
                : s.singleText().openCriticisms().stream().map(x -> x.id()).toList(),
            "[text-" + seed + "-" + step + "]");
        default -> throw new IllegalStateException(kind);
      };
    }

    /** {@return mostly the single text's current version, sometimes another} */
    int version(CaseState s) {
      int current = s.singleText() == null ? 1 : s.singleText().round();
      return random.nextInt(100) < 90 ? current : current + 1;
    }

    void tick() {
      int r = random.nextInt(100);
      clock.advance(r < 70 ? Duration.ofMinutes(1 + random.nextInt(120))
          : r < 95 ? Duration.ofHours(1 + random.nextInt(48))
          : Duration.ofDays(5 + random.nextInt(36)));
    }
  }

  /** What a run reached, for the coverage check. */
  private enum Reached {
    WRITTEN_AGREEMENT, ORAL_AGREEMENT, CONFIRMATION_REQUESTED, PERIOD_ENDED, RECUSAL_REPLACED,
    SEPARATE_STATEMENT, CHOSEN_MEDIATORS, ENDED_WITHOUT_AGREEMENT, REFUSED_ACTION
  }

  /** Plays a run, checking the invariants after every step when {@code check} is set. */
  private static Set<Reached> play(long seed, boolean check) {
    Run run = new Run(seed);
    MediationCase c = run.c;
    Set<Reached> reached = EnumSet.noneOf(Reached.class);
    for (run.step = 1; run.step <= STEPS; run.step++) {
      run.tick();
      MediationAction action = run.action();
      CaseState before = c.state();
      EventLog logBefore = c.log();
      Set<String> allowedBefore = c.allowed();
      boolean accepted;
      try {
        c.submit(action);
        accepted = true;
      } catch (InvalidActionException refused) {
        accepted = false;
        reached.add(Reached.REFUSED_ACTION);
      }
      if (!check) {
        continue;
      }
      String at = "seed " + seed + ", step " + run.step + ", " + action;
      if (!accepted) {
        assertThat(c.log()).as("log after a refusal, %s", at).isEqualTo(logBefore);
        assertThat(c.state()).as("state after a refusal, %s", at).isEqualTo(before);
      } else {
        assertThat(before.status().isFinal()).as("accepted after the end, %s", at).isFalse();
        assertThat(allowedBefore).as("allowed() before an accepted action, %s", at)
            .contains(action.kind());
      }
      invariants(c, at);
    }
    CaseState s = c.state();
    if (s.agreement() != null) {
      reached.add(s.agreement().form() == Agreement.Form.WRITTEN ? Reached.WRITTEN_AGREEMENT
          : Reached.ORAL_AGREEMENT);
    }
    if (s.court() != null && s.confirmationApplicants().size() == 2) {
      reached.add(Reached.CONFIRMATION_REQUESTED);
    }
    if (s.confirmationPeriodEnded()) {
      reached.add(Reached.PERIOD_ENDED);
    }
    if (s.recusals().stream().anyMatch(r -> !r.isPending())) {
      reached.add(Reached.RECUSAL_REPLACED);
    }
    if (s.statements().stream().anyMatch(x -> x.confidentialTo() != null)) {
      reached.add(Reached.SEPARATE_STATEMENT);
    }
    if (s.assignment() == MediationFact.Assignment.CHOSEN) {
      reached.add(Reached.CHOSEN_MEDIATORS);
    }
    if (s.status().endedWithoutAgreement()) {
      reached.add(Reached.ENDED_WITHOUT_AGREEMENT);
    }
    if (check) {
      confidential(c, "seed " + seed);
      replays(c, run.clock, "seed " + seed);
    }
    return reached;
  }

  private static void invariants(MediationCase c, String at) {
    CaseState s = c.state();
    long agreements = c.log().events().stream().filter(e -> e.event() instanceof FactRecorded f
        && f.fact() instanceof AgreementInForce).count();
    assertThat(agreements).as("agreements in force, %s", at).isLessThanOrEqualTo(1);
    assertThat(s.agreement() != null).as("an agreement iff one in force, %s", at)
        .isEqualTo(agreements == 1);
    Dispute d = s.dispute();
    if (s.draft() != null) {
      for (Signature g : s.draft().signatures()) {
        if (g.party() == null) {
          assertThat(g.by()).as("a mediator's signature, %s", at).isEqualTo(s.presiding());
        } else {
          assertThat(d.party(g.party()).orElseThrow().includes(g.by()))
              .as("%s signs for %s, %s", g.by(), g.party(), at).isTrue();
        }
      }
      assertThat(s.draft().signatures().stream().map(g -> String.valueOf(g.party())).distinct()
          .count()).as("each party and the mediator sign once, %s", at)
          .isEqualTo(s.draft().signatures().size());
    }
    assertThat(s.mediators()).as("mediators, %s", at).doesNotHaveDuplicates()
        .allSatisfy(m -> assertThat(d.partyOf(m)).isEmpty());
    if (!s.mediators().isEmpty()) {
      assertThat(s.mediators()).as("presiding, %s", at).contains(s.presiding());
    }
    assertThat(s.recusals()).as("replaced mediators stay out, %s", at)
        .noneMatch(r -> !r.isPending() && s.mediators().contains(r.mediator()));
    assertThat(s.sessions().stream().filter(Session::isOpen).count())
        .as("open sessions, %s", at).isLessThanOrEqualTo(1);
    if (s.status().isFinal() && s.status().endedWithoutAgreement()) {
      assertThat(s.ending()).as("the ending is recorded, %s", at).isNotNull();
      assertThat(s.openSession()).as("no session open at the end, %s", at).isEmpty();
    }
  }

  /** No party reads what another party said in its separate sessions; it reads its own. */
  private static void confidential(MediationCase c, String at) {
    CaseState s = c.state();
    String for502 = Refusals.json(c.recordFor(WANG_SON));
    String for402 = Refusals.json(c.recordFor(ZHANG));
    String forCommittee = Refusals.json(c.recordFor(LI));
    int secretOf502 = 0;
    int secretOf402 = 0;
    for (Statement st : s.statements()) {
      assertThat(forCommittee).as("%s: the committee reads %s", at, st.text())
          .contains(st.text());
      if ("flat-502".equals(st.confidentialTo())) {
        secretOf502++;
        assertThat(for402).as("%s: 402 reads 502's %s", at, st.text()).doesNotContain(st.text());
        assertThat(for502).contains(st.text());
      } else if ("flat-402".equals(st.confidentialTo())) {
        secretOf402++;
        assertThat(for502).as("%s: 502 reads 402's %s", at, st.text()).doesNotContain(st.text());
        assertThat(for402).contains(st.text());
      } else {
        assertThat(for402).contains(st.text());
        assertThat(for502).contains(st.text());
      }
    }
    assertThat(c.recordFor(ZHANG).withheld()).as(at).isEqualTo(secretOf502);
    assertThat(c.recordFor(WANG).withheld()).as(at).isEqualTo(secretOf402);
  }

  private static void replays(MediationCase c, HandClock clock, String at) {
    try {
      String json = YishiJson.mapper().writeValueAsString(c.log());
      EventLog back = YishiJson.mapper().readValue(json, EventLog.class);
      MediationCase replayed = MediationCase.replay(back, clock, REGISTRY);
      assertThat(replayed.state()).as("replayed, %s", at).isEqualTo(c.state());
      assertThat(replayed.allowed()).as("replayed, %s", at).isEqualTo(c.allowed());
    } catch (java.io.IOException e) {
      throw new AssertionError(at, e);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyStepKeepsTheInvariantsAndTheLogReplaysToTheLiveState(long seed) {
    play(seed, true);
  }

  @Test
  void theRandomRunsReachEveryPartOfTheProcedure() {
    Set<Reached> reached = EnumSet.noneOf(Reached.class);
    int written = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Set<Reached> run = play(seed, false);
      reached.addAll(run);
      written += run.contains(Reached.WRITTEN_AGREEMENT) ? 1 : 0;
    }
    assertThat(reached).containsExactlyInAnyOrder(Reached.values());
    assertThat(written).as("runs ending with a written agreement").isGreaterThanOrEqualTo(10);
  }
}
