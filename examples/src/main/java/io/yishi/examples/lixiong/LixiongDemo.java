package io.yishi.examples.lixiong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yishi.core.community.Community;
import io.yishi.core.community.EstateKind;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Role;
import io.yishi.core.community.VenueKind;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.TamperedLogException;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Eligibility;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.issue.Proposal;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.issue.Revision;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Decision;
import io.yishi.core.simulation.ExperimentResult;
import io.yishi.core.spi.Parameters;
import io.yishi.examples.plugin.Hand;
import io.yishi.examples.plugin.HandBallot;
import io.yishi.voting.preflib.PrefLib;
import io.yishi.voting.preflib.PrefLibType;
import io.yishi.voting.ranked.Profile;
import io.yishi.voting.ranked.RankedDecision;
import io.yishi.voting.ranked.RankedMethod;
import io.yishi.voting.motion.MotionBallot;
import io.yishi.voting.motion.Vote;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Replays the Lixiong case as far as the library can do today, printed for people: the
 * community and its service circle, then the old estate's repair plan revised with residents for
 * a year and put to the households by a show of hands, the consensus and mediation scenes, the
 * residents' council selected by lot, then the record checked for tampering.
 */
public final class LixiongDemo {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final ProposalId PLAN = new ProposalId("huayuan-repair-plan");

  private final PrintWriter out;
  private final PluginRegistry registry;
  private @Nullable ExperimentResult ownersStudy;

  /**
   * Creates the demo.
   *
   * @param out where to print
   * @param registry where the method and rule are found
   */
  public LixiongDemo(PrintWriter out, PluginRegistry registry) {
    this.out = out;
    this.registry = registry;
  }

  /**
   * Prints the whole demo.
   *
   * @return the repair-plan consultation, for callers that want to look further
   * @throws io.yishi.core.plugin.UnknownPluginException if the registry lacks a method or rule
   *     the demo uses, e.g. {@code discuss-and-decide} or {@code show-of-hands}
   */
  public Consultation run() {
    Community lixiong = LixiongCommunity.build();
    printCommunity(lixiong);
    Consultation repair = repairPlan(lixiong);
    accessControlVote(lixiong);
    garbageRoom();
    // the consensus methods, each a scene of its own with the real engine
    out.println();
    CoCreationScene.run(out, registry);
    out.println();
    PlanRevisionScene.run(out, registry);
    out.println();
    ParkingRoundsScene.run(out, registry);
    out.println();
    OnlineHallScene.run(out, registry);
    out.println();
    FourDeliberationsScene.run(out, registry);
    out.println();
    NeighbourDisputeScene.run(out, registry);
    out.println();
    ownersStudy = OwnersStudyScene.run(out, registry);
    out.println();
    SortitionScene.run(out, registry);
    checkRecord(repair);
    out.flush();
    return repair;
  }

  /**
   * {@return the owners' study of the last {@link #run}, at 80% turnout after deliberation, for
   * a chart}
   *
   * @throws IllegalStateException if the demo has not run
   */
  public ExperimentResult ownersStudy() {
    if (ownersStudy == null) {
      throw new IllegalStateException("the demo has not run yet");
    }
    return ownersStudy;
  }

  private void printCommunity(Community c) {
    heading("Lixiong community (" + c.name() + "), Nanhai, Foshan");
    long old = c.estates().stream().filter(e -> e.kind() == EstateKind.OLD).count();
    out.printf("%d estates (%d old, %d new), %d buildings, %d units, %d households, %d residents%n",
        c.estates().size(), old, c.estates().size() - old, c.buildings().size(),
        c.units().size(), c.households().size(), c.residents().size());
    out.printf("Service circle \"1 + N\": %d centre, %d sub-centres in new estates,"
            + " %d activity rooms in old estates, and the online deliberation hall%n",
        venues(c, VenueKind.CENTRE), venues(c, VenueKind.SUB_CENTRE),
        venues(c, VenueKind.ACTIVITY_ROOM));
    out.printf("Backbone participants: %d party members, %d building leaders, %d volunteers,"
            + " %d veterans%n", withRole(c, Role.PARTY_MEMBER), withRole(c, Role.BUILDING_LEADER),
        withRole(c, Role.VOLUNTEER), withRole(c, Role.VETERAN));
    Electorate owners = Electorate.owners(c, Scope.estate(LixiongCommunity.HUAYUAN));
    out.printf("Owners of the old estate %s: %d owners holding %s m² of exclusive floor area%n",
        LixiongCommunity.HUAYUAN, owners.size(), owners.totalWeight().toPlainString());
  }

  private Consultation repairPlan(Community c) {
    heading("Old estate 华苑: the repair plan, revised with residents for a year");
    ScenarioClock clock = new ScenarioClock(at("2024-03-01"), CHINA);
    Electorate households = Electorate.of(c, Eligibility.livesInEstate(LixiongCommunity.HUAYUAN),
        Weighting.PER_HOUSEHOLD, LocalDate.of(2024, 3, 1));
    Issue issue = new Issue(new IssueId("huayuan-repair"), "Repairing the 30-year-old Huayuan"
        + " estate", Category.REPAIR, Scope.estate(LixiongCommunity.HUAYUAN));
    Consultation consultation = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("huayuan-repair-2024"))
        .title("华苑小区改造方案 — repair plan for Huayuan")
        .issue(issue)
        .method("discuss-and-decide")
        .rule("show-of-hands")
        .electorate(households)
        .seed(20_240_301L)
        .build(), clock, registry);
    out.printf("Electorate: one hand per household living in the estate, %d households%n",
        households.size());

    ResidentId leader = LixiongCommunity.LEADER;
    ResidentId neighbour = new ResidentId("huayuan-2-301-a");
    ResidentId elder = new ResidentId("huayuan-1-202-a");
    consultation.submit(new Command.SubmitIdea(neighbour, "The east wall fence is broken;"
        + " strangers walk in at night."));
    consultation.submit(new Command.TableProposal(PLAN, leader, "Huayuan repair plan",
        "Mend the broken fence along the east wall."));
    clock.set(at("2024-05-10"));
    consultation.submit(new Command.PostComment(elder, PLAN, "Two people fell on the dark path"
        + " behind building 2."));
    consultation.submit(new Command.ReviseProposal(PLAN, leader, "Huayuan repair plan",
        "Mend the east fence; replace the dead street lights.", "adds street lights",
        "paths are dark at night; two falls reported"));
    clock.set(at("2024-08-20"));
    consultation.submit(new Command.ReviseProposal(PLAN, leader, "Huayuan repair plan",
        "Mend the east fence; replace the dead street lights; repair stairwell lights.",
        "adds stairwell lights", "residents of building 1 asked at the building meeting"));
    clock.set(at("2024-11-15"));
    consultation.submit(new Command.PostComment(neighbour, PLAN, "Three flats were burgled this"
        + " autumn."));
    consultation.submit(new Command.ReviseProposal(PLAN, leader, "Huayuan repair and access plan",
        "Mend the east fence; replace street and stairwell lights; install access control at"
            + " both gates.", "adds access control", "three burglaries in the autumn"));
    clock.set(at("2025-02-20"));
    consultation.submit(new Command.ReviseProposal(PLAN, leader, "Huayuan repair and access plan",
        "Mend the east fence; replace street and stairwell lights; install access control at"
            + " both gates, with cards (not phones) for elderly residents and a visitor"
            + " intercom.", "access cards and intercom", "elderly residents without smartphones"));

    Proposal plan = consultation.state().proposals().get(PLAN);
    for (Revision r : plan.revisions()) {
      out.printf("  rev %d  %s  %-26s %s%n", r.number(), LocalDate.ofInstant(r.at(), CHINA),
          r.change(), r.reason().isEmpty() ? "" : "(" + r.reason() + ")");
    }
    out.printf("Final text: %s%n", plan.text());

    clock.set(at("2025-03-01"));
    consultation.submit(new Command.AdvancePhase(leader, "voting"));
    SplittableRandom hands = new SplittableRandom(20_250_301L);
    for (Member member : households.members()) {
      int roll = hands.nextInt(100);
      if (roll < 12) {
        continue;  // did not come to the meeting
      }
      Hand hand = roll < 80 ? Hand.FOR : roll < 92 ? Hand.AGAINST : Hand.ABSTAIN;
      consultation.submit(new Command.CastBallot(new HandBallot(member.id(), hand)));
    }
    consultation.submit(new Command.Decide(leader));
    consultation.submit(new Command.Close(leader, "decided at the building meeting"));
    Decision decision = consultation.state().decision().orElseThrow();
    out.printf("Show of hands on %s: %s%n", LocalDate.of(2025, 3, 1), decision.explain());
    return consultation;
  }

  /**
   * The access-control plan put to the owners as a major matter (Civil Code art. 278, item 8:
   * using common parts): the first vote misses the participation gate, the second, after the
   * building leaders went door to door, is adopted.
   */
  private void accessControlVote(Community c) {
    heading("Old estate 华苑: access control put to the owners (Civil Code art. 278, major"
        + " matter)");
    Electorate owners = Electorate.owners(c, Scope.estate(LixiongCommunity.HUAYUAN));
    out.printf("Owners' electorate: %d owners, %s m² of exclusive area; participation must reach"
        + " 2/3 of both, agreement 3/4 of those taking part by both%n", owners.size(),
        owners.totalWeight().toPlainString());
    List<Member> members = owners.members();
    MemberId absentOwner = members.get(2).id();
    MemberId neighbour = members.get(3).id();
    Parameters mandate = Parameters.of(Map.of("proxies",
        Map.of(absentOwner.value(), neighbour.value())));
    for (int round = 1; round <= 2; round++) {
      ScenarioClock clock = new ScenarioClock(at(round == 1 ? "2025-04-12" : "2025-05-17"),
          CHINA);
      Consultation vote = Consultation.open(ConsultationSpec.builder()
          .id(new ConsultationId("huayuan-access-control-" + round))
          .title("华苑门禁方案 — access control, vote " + round)
          .issue(new Issue(new IssueId("huayuan-access-control"), "Access control for Huayuan",
              Category.SAFETY, Scope.estate(LixiongCommunity.HUAYUAN)))
          .method("discuss-and-decide")
          .rule("owners-major")
          .ruleParameters(mandate)
          .electorate(owners)
          .seed(round)
          .build(), clock, registry);
      vote.submit(new Command.AdvancePhase(LixiongCommunity.LEADER, "voting"));
      int voters = round == 1 ? 7 : 10;
      for (int i = 0; i < voters; i++) {
        MemberId owner = members.get(i).id();
        Vote choice = i == voters - 1 ? Vote.NO : Vote.YES;
        vote.submit(new Command.CastBallot(owner.equals(absentOwner)
            ? MotionBallot.byProxy(owner, neighbour, choice) : MotionBallot.of(owner, choice)));
      }
      vote.submit(new Command.Decide(LixiongCommunity.LEADER));
      Decision decision = vote.state().decision().orElseThrow();
      out.printf("Vote %d, %s:%n", round, LocalDate.ofInstant(clock.instant(), CHINA));
      decision.explain().lines().forEach(line -> out.println("  " + line));
    }
  }

  /**
   * The garbage room, a topic of the online deliberation hall: thirty households ranked four
   * sites (the sample PrefLib file), counted by instant runoff and by Schulze.
   */
  private void garbageRoom() {
    heading("Online deliberation hall: where the garbage sorting room goes (ranked ballots)");
    Profile sites;
    try (Reader in = new InputStreamReader(
        LixiongDemo.class.getResourceAsStream("/samples/garbage-room.soc"),
        StandardCharsets.UTF_8)) {
      sites = PrefLib.read(in, PrefLibType.SOC).profile();
    } catch (IOException e) {
      throw new UncheckedIOException("the demo's sample ballots could not be read", e);
    }
    out.printf("%d households ranked %d sites%n", sites.voters(), sites.candidateCount());
    for (String rule : List.of("irv", "schulze")) {
      RankedDecision d = ((RankedMethod) registry.decisionRule(rule))
          .decide(sites, Parameters.empty(), 20_250_412L);
      out.printf("%-8s winner %s; ranking %s%n", rule + ":", String.join(", ", d.winners()),
          String.join(" > ", d.ranking().stream().map(tier -> tier.size() == 1 ? tier.get(0)
              : "{" + String.join(", ", tier) + "}").toList()));
    }
  }

  private void checkRecord(Consultation consultation) {
    heading("The record");
    EventLog log = consultation.log();
    log.verify();
    out.printf("%d events, hash-chained; head %s…; verified%n", log.size(),
        log.headHash().substring(0, 16));
    try {
      ObjectMapper json = YishiJson.mapper();
      ObjectNode stored = json.valueToTree(log);
      ObjectNode revision = (ObjectNode) stored.get("events").get(4).get("event");
      revision.put("reason", "nobody asked for it");
      EventLog forged = json.treeToValue(stored, EventLog.class);
      forged.verify();
      out.println("A forged revision went unnoticed");
    } catch (TamperedLogException e) {
      out.printf("Rewriting the reason of revision 2 in the stored log is caught: %s%n",
          e.getMessage());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the demo's own log could not be read back", e);
    }
  }

  private void heading(String title) {
    out.println();
    out.println("== " + title + " ==");
  }

  private static java.time.Instant at(String date) {
    return LocalDate.parse(date).atTime(19, 30).atZone(CHINA).toInstant();
  }

  private static long venues(Community c, VenueKind kind) {
    return c.venues().stream().filter(v -> v.kind() == kind).count();
  }

  private static long withRole(Community c, Role role) {
    return c.residents().stream().filter(r -> r.hasRole(role)).count();
  }
}
