package io.yishi.examples.lixiong;

import io.yishi.core.community.Community;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.Scope;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.method.revision.RevisionAction.OpenPlanRound;
import io.yishi.core.method.revision.RevisionAction.RespondToPlan;
import io.yishi.core.method.revision.RevisionAction.RevisePlan;
import io.yishi.core.method.revision.RevisionAction.TablePlan;
import io.yishi.core.method.revision.RevisionState;
import io.yishi.core.method.revision.RevisionState.Objection;
import io.yishi.core.method.revision.RevisionState.PlanRevision;
import io.yishi.core.method.revision.RevisionState.Round;
import io.yishi.core.method.revision.Stance;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The old estate's repair plan revised with its owners for a year with the {@code plan-revision}
 * method: each round is tested with {@code owners-major} (Civil Code art. 278, access control on
 * common parts being a major matter), and each revision answers the objections of the round
 * before (street lights, access control, cards for the elderly), until the fourth round adopts
 * it.
 */
public final class PlanRevisionScene {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** What one round brings: who answers, who supports, what the others say. */
  private record RoundScript(String opens, int answerPercent, int supportPercent,
      String objection, String suggestion) {}

  private static final List<RoundScript> ROUNDS = List.of(
      new RoundScript("2024-03-01", 45, 70, "the paths behind building 2 are dark at night",
          "replace the dead street lights"),
      new RoundScript("2024-06-01", 85, 55, "three flats were burgled; a fence is not enough",
          "install access control at both gates"),
      new RoundScript("2024-12-01", 88, 62, "elderly residents have no smartphones to open gates",
          "give cards, not phones, and add a visitor intercom"),
      new RoundScript("2025-03-01", 92, 93, "the maintenance fund should not pay for the intercom",
          "paint the new fence green"));

  private static final List<String[]> REVISIONS = List.of(
      new String[] {"2024-05-10", "adds street lights",
          "Mend the east fence; replace the dead street lights."},
      new String[] {"2024-11-15", "adds access control",
          "Mend the east fence; replace the street lights; access control at both gates."},
      new String[] {"2025-02-20", "cards and intercom",
          "Mend the east fence; replace the street lights; access control at both gates, with"
              + " cards (not phones) for elderly residents and a visitor intercom."});

  private PlanRevisionScene() {}

  /**
   * Replays the scene and prints its account.
   *
   * @param out where to print, about 20 lines
   * @param registry where {@code plan-revision} and {@code owners-major} are found
   * @throws io.yishi.core.plugin.UnknownPluginException if the registry lacks either
   */
  static void run(PrintWriter out, PluginRegistry registry) {
    Community lixiong = LixiongCommunity.build();
    Electorate owners = Electorate.owners(lixiong, Scope.estate(LixiongCommunity.HUAYUAN));
    ScenarioClock clock = new ScenarioClock(at("2024-02-20"), CHINA);
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("huayuan-plan-revision"))
        .title("华苑小区改造方案 — revised with the owners")
        .issue(new Issue(new IssueId("huayuan-repair-plan"), "Repairing the old Huayuan estate",
            Category.REPAIR, Scope.estate(LixiongCommunity.HUAYUAN)))
        .method("plan-revision")
        .methodParameters(Parameters.of(Map.of("rule", "owners-major", "roundLength", "P30D",
            "maxRounds", 6)))
        .rule("owners-major")
        .electorate(owners)
        .seed(20_240_301L)
        .build(), clock, registry);
    ResidentId leader = LixiongCommunity.LEADER;

    out.println("== Old estate 华苑: the repair plan revised with the owners, round by round ==");
    out.printf("%d owners, %s m²; a round adopts the plan when owners-major finds 2/3 taking"
        + " part and 3/4 of them agreeing, by head and by area%n", owners.size(),
        owners.totalWeight().toPlainString());
    c.submit(new Command.SubmitIdea(new ResidentId("huayuan-2-301-a"),
        "The east wall fence is broken; strangers walk in at night."));
    c.submit(new Act(new TablePlan(leader, "Huayuan repair plan",
        "Mend the broken fence along the east wall.")));
    c.submit(new Command.AdvancePhase(leader, "revision"));

    SplittableRandom random = new SplittableRandom(20_240_301L);
    for (int i = 0; i < ROUNDS.size(); i++) {
      RoundScript script = ROUNDS.get(i);
      clock.set(at(script.opens()));
      c.submit(new Act(new OpenPlanRound(leader)));
      for (Member member : owners.members()) {
        if (random.nextInt(100) >= script.answerPercent()) {
          continue;
        }
        ResidentId owner = new ResidentId(member.id().value().split("\\+")[0]);
        int roll = random.nextInt(100);
        c.submit(new Act(roll < script.supportPercent() ? RespondToPlan.support(owner)
            : roll % 2 == 0 ? RespondToPlan.object(owner, script.objection())
                : RespondToPlan.suggest(owner, script.suggestion())));
      }
      clock.set(at(script.opens()).plus(java.time.Duration.ofDays(30)));
      c.submit(new Command.CheckDeadlines(leader));
      RevisionState s = state(c);
      printRound(out, s.rounds().get(i));
      if (i < REVISIONS.size()) {
        String[] revision = REVISIONS.get(i);
        clock.set(at(revision[0]));
        int closed = i + 1;
        List<Integer> answers = s.openObjections().stream()
            .filter(o -> o.round() == closed).map(Objection::number).toList();
        c.submit(new Act(new RevisePlan(leader, "Huayuan repair and access plan", revision[2],
            revision[1], answers)));
        PlanRevision r = state(c).current().orElseThrow();
        out.printf("  rev %d  %s  %-20s answers objections %d–%d%n", r.number(),
            LocalDate.ofInstant(r.at(), CHINA), r.change(), r.answers().get(0),
            r.answers().get(r.answers().size() - 1));
      }
    }
    RevisionState end = state(c);
    out.printf("Outcome: %s, %s%n", end.result().orElseThrow().explain(),
        LocalDate.ofInstant(end.result().orElseThrow().at(), CHINA));
    out.printf("Adopted text: %s%n", end.current().orElseThrow().text());
    out.printf("Objections: %d raised, %d answered by a revision, %d still open (round %d's"
        + " minority, kept on the record)%n", end.objections().size(),
        end.objections().size() - end.openObjections().size(), end.openObjections().size(),
        end.rounds().size());
    c.log().verify();
    out.printf("Record: %d events, hash chain verified%n", c.log().size());
    out.flush();
  }

  private static void printRound(PrintWriter out, Round round) {
    String verdict = round.decision().verdict().name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ');
    out.printf("  round %d  %s  rev %d: %3d support, %3d object, %3d suggest → %s%n",
        round.number(), LocalDate.ofInstant(round.openedAt(), CHINA), round.revision(),
        round.count(Stance.SUPPORT), round.count(Stance.OBJECT),
        round.count(Stance.SUGGEST_CHANGE), verdict);
  }

  private static RevisionState state(Consultation c) {
    return (RevisionState) c.state().methodState().orElseThrow();
  }

  private static Instant at(String date) {
    return LocalDate.parse(date).atTime(19, 30).atZone(CHINA).toInstant();
  }
}
