package io.yishi.examples.lixiong;

import io.yishi.core.community.ResidentId;
import io.yishi.core.issue.Category;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import io.yishi.mediation.dispute.AgreementContent;
import io.yishi.mediation.dispute.CaseRecord;
import io.yishi.mediation.dispute.Dispute;
import io.yishi.mediation.dispute.MediationAction;
import io.yishi.mediation.dispute.MediationCase;
import io.yishi.mediation.dispute.Matter;
import io.yishi.mediation.dispute.Party;
import io.yishi.mediation.dispute.Position;
import io.yishi.mediation.dispute.Session;
import io.yishi.mediation.dispute.Statement;
import io.yishi.mediation.dispute.Term;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A neighbour dispute on the old estate 华苑, from application to a signed and sealed agreement:
 * water from flat 201's kitchen stains flat 101's ceiling. The residents' committee's mediation
 * committee accepts the case, a party has the building leader recused for his friendship with
 * the other side, the gold-medal mediator presides over a joint session and a separate one with
 * each household, and both households sign. Printed as household 101 may read the record:
 * without what 201 said in its separate session.
 */
public final class NeighbourDisputeScene {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final ResidentId CHAIR = new ResidentId("lixiong-mc-huang");
  private static final ResidentId LIN = new ResidentId("lixiong-mc-lin");
  private static final ResidentId GUO = new ResidentId("lixiong-mc-guo");
  /** The gold-medal mediator (金牌调解员), a people's mediator of the committee. */
  private static final ResidentId HE = new ResidentId("lixiong-mediator-he");
  /** The building leader of 华苑 building 2, also a people's mediator. */
  private static final ResidentId BUILDING_LEADER = new ResidentId("huayuan-2-301-a");
  private static final ResidentId ZHANG = new ResidentId("huayuan-2-101-a");
  private static final ResidentId WU = new ResidentId("huayuan-2-201-a");
  private static final ResidentId WU_PARTNER = new ResidentId("huayuan-2-201-b");

  private NeighbourDisputeScene() {}

  /**
   * Replays the scene and prints an account of it.
   *
   * @param out where to print, 10 to 40 lines
   * @param registry where the {@code mediation} method is found
   * @throws io.yishi.core.plugin.UnknownPluginException if it is not installed
   */
  static void run(PrintWriter out, PluginRegistry registry) {
    ScenarioClock clock = new ScenarioClock(at("2025-05-12T19:00"), CHINA);
    Dispute leak = new Dispute("huayuan-2-leak-2025", "华苑2栋 漏水纠纷 — a leak from 201 into 101",
        Category.NEIGHBOURS,
        List.of(Party.person("flat-101", "张 household, 101", ZHANG),
            new Party("flat-201", "吴 household, 201", Party.Kind.HOUSEHOLD,
                List.of(WU, WU_PARTNER), "华苑 building 2, flat 201")),
        List.of(new Matter("leak", "water from 201's kitchen pipe stains 101's ceiling"),
            new Matter("damages", "who pays to repaint 101's kitchen ceiling")),
        List.of(new Position("flat-101", List.of("the ceiling has dripped since the spring rain"),
            List.of("201 repairs its pipe", "201 pays for repainting"))),
        null);
    Parameters parameters = Parameters.of(Map.of(
        "committee", List.of(CHAIR.value(), LIN.value(), GUO.value()),
        "mediators", List.of(HE.value(), BUILDING_LEADER.value())));
    MediationCase c = MediationCase.apply(leak, ZHANG, "flat-101", parameters, clock, registry);
    step(c, clock, "2025-05-13T09:00", new MediationAction.AcceptCase(CHAIR));
    step(c, clock, "2025-05-13T18:30", new MediationAction.ConsentToMediation(WU, "flat-201"));
    step(c, clock, "2025-05-14T09:00", new MediationAction.DesignateMediators(CHAIR,
        List.of(HE, BUILDING_LEADER), HE));
    step(c, clock, "2025-05-14T20:00", new MediationAction.RequestRecusal(ZHANG, "flat-101",
        BUILDING_LEADER, "he plays mahjong with the Wus every week"));
    step(c, clock, "2025-05-15T09:00", new MediationAction.ReplaceMediator(CHAIR,
        BUILDING_LEADER, LIN));
    step(c, clock, "2025-05-16T19:30", new MediationAction.OpenSession(HE, Session.Form.JOINT,
        null, false));
    say(c, clock, "2025-05-16T19:40", ZHANG, Statement.Kind.FACTS, "leak",
        "the stain has grown to a metre across");
    say(c, clock, "2025-05-16T19:50", WU, Statement.Kind.FACTS, "leak",
        "a plumber found the seal under our sink worn");
    step(c, clock, "2025-05-16T20:10", new MediationAction.CloseSession(HE,
        "the leak is 201's pipe; the cost of repainting is disputed"));
    step(c, clock, "2025-05-16T20:15", new MediationAction.OpenSession(HE,
        Session.Form.SEPARATE, "flat-201", false));
    say(c, clock, "2025-05-16T20:20", WU_PARTNER, Statement.Kind.PROPOSAL, "damages",
        "we can pay up to 600 yuan this month; more after my salary in June");
    step(c, clock, "2025-05-16T20:35", new MediationAction.CloseSession(HE, ""));
    LocalDate due = LocalDate.of(2025, 6, 15);
    step(c, clock, "2025-05-19T19:00", new MediationAction.DraftAgreement(HE,
        new AgreementContent("the worn seal under 201's sink leaked into 101 from March 2025",
            List.of("leak", "damages"), "201 is responsible for the leak and the repainting",
            List.of(new Term("flat-201", "replaces the sink seal", "by a licensed plumber",
                    LocalDate.of(2025, 5, 25), "flat 201"),
                new Term("flat-201", "pays 900 yuan for repainting", "600 now, 300 in June", due,
                    ""),
                new Term("flat-101", "lets the painter in", "by appointment", due,
                    "flat 101")))));
    step(c, clock, "2025-05-19T19:20", new MediationAction.SignAgreement(ZHANG));
    step(c, clock, "2025-05-19T19:21", new MediationAction.SignAgreement(WU));
    step(c, clock, "2025-05-19T19:22", new MediationAction.SignAgreement(HE));
    step(c, clock, "2025-05-20T09:00", new MediationAction.SealAgreement(CHAIR));

    out.println("== Old estate 华苑: a neighbour dispute mediated to a signed agreement ==");
    CaseRecord record = c.recordFor(ZHANG);
    out.println("The record as household 101 may read it:");
    record.explain().forEach(line -> out.println("  " + line));
    c.log().verify();
    out.printf("Status %s; record: %d events, hash chain verified%n",
        c.state().status().name().toLowerCase(), c.log().size());
    out.flush();
  }

  private static void say(MediationCase c, ScenarioClock clock, String time, ResidentId by,
      Statement.Kind kind, String matter, String text) {
    step(c, clock, time, new MediationAction.MakeStatement(by, kind, matter, text));
  }

  private static void step(MediationCase c, ScenarioClock clock, String time,
      MediationAction action) {
    clock.set(at(time));
    c.submit(action);
  }

  private static Instant at(String localTime) {
    return java.time.LocalDateTime.parse(localTime).atZone(CHINA).toInstant();
  }
}
