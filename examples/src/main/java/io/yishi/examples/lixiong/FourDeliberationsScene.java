package io.yishi.examples.lixiong;

import io.yishi.core.community.Community;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.consultation.Command.CheckDeadlines;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Eligibility;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.method.workflow.WorkflowAction.CirculatePlan;
import io.yishi.core.method.workflow.WorkflowAction.HoldStageVote;
import io.yishi.core.method.workflow.WorkflowAction.PublishNotice;
import io.yishi.core.method.workflow.WorkflowAction.RecordMinutes;
import io.yishi.core.method.workflow.WorkflowAction.RecordOpinion;
import io.yishi.core.method.workflow.WorkflowAction.SubmitPlan;
import io.yishi.core.method.workflow.WorkflowFact.StageVoteHeld;
import io.yishi.core.method.workflow.WorkflowState;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.motion.MotionBallot;
import io.yishi.voting.motion.Vote;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 四议两公开 in Lixiong: the fee for the access control installed in the old estate 华苑 goes
 * through the six gated stages of the {@code workflow} method's bundled definition, with the real
 * {@code majority} and {@code residents-meeting} rules counting the votes of the Party members'
 * meeting and of the meeting of household representatives.
 */
public final class FourDeliberationsScene {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final ResidentId SECRETARY = LixiongCommunity.LEADER;
  private static final ResidentId DIRECTOR = new ResidentId("huayuan-1-102-a");

  private FourDeliberationsScene() {}

  /**
   * Replays the scene and prints its account.
   *
   * @param out where the account goes
   * @param registry the plugins; must hold the {@code workflow} method and the voting module's
   *     {@code majority} and {@code residents-meeting} rules
   */
  public static void run(PrintWriter out, PluginRegistry registry) {
    Community community = LixiongCommunity.build();
    Electorate households = Electorate.of(community,
        Eligibility.livesInEstate(LixiongCommunity.HUAYUAN), Weighting.PER_HOUSEHOLD,
        LocalDate.of(2025, 6, 2));
    Parameters parameters = Parameters.of(Map.of(
        "bodies", Map.of("two-committees", ids("hy-committee-", 7),
            "party-members", ids("hy-party-", 18)),
        "actors", Map.of("party-organisation", List.of(SECRETARY.value()))));
    ScenarioClock clock = new ScenarioClock(Instant.parse("2025-06-02T01:00:00Z"), CHINA);
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("huayuan-access-fee-2025"))
        .title("华苑门禁收费 — the access-control fee")
        .issue(new Issue(new IssueId("huayuan-access-fee"), "Fee for running the access control",
            Category.SAFETY, Scope.estate(LixiongCommunity.HUAYUAN)))
        .method("workflow").methodParameters(parameters)
        .rule("majority")
        .electorate(households)
        .seed(20_250_602L)
        .build(), clock, registry);
    out.println("四议两公开: the access-control fee of 华苑 (" + households.size()
        + " households)");

    for (int i = 1; i <= 14; i++) {
      c.submit(new Act(new RecordOpinion(new ResidentId("huayuan-" + (1 + i % 2) + "-"
          + (100 + i) + "-a"), "opinion " + i)));
    }
    c.submit(new Act(new SubmitPlan(SECRETARY, "门禁运行费", "30 yuan per household a year", "")));
    stage(out, c, "discussion", clock, "2025-06-05");
    c.submit(new Act(new RecordMinutes(DIRECTOR, "joint meeting of the two committees: fee"
        + " agreed; low-income households to be exempt")));
    stage(out, c, "review", clock, "2025-06-09");
    c.submit(new Act(new CirculatePlan(SECRETARY, "printed copy to each Party member")));
    clock.set(Instant.parse("2025-06-12T11:00:00Z"));
    c.submit(new Act(new HoldStageVote(SECRETARY, "", members("hy-party-", 11),
        ballots(members("hy-party-", 11), 11, 0))));
    out.println("  " + state(c).lastVote());
    try {
      c.submit(new AdvancePhase(SECRETARY, "resolution"));
    } catch (InvalidActionException refused) {
      out.println("  gate holds: " + refused.rule());
    }
    clock.set(Instant.parse("2025-06-19T11:00:00Z"));
    c.submit(new Act(new SubmitPlan(SECRETARY, "门禁运行费", "25 yuan per household a year,"
        + " low-income households exempt", "lowered with the members' opinions")));
    c.submit(new Act(new CirculatePlan(SECRETARY, "printed copy to each Party member")));
    c.submit(new Act(new HoldStageVote(SECRETARY, "", members("hy-party-", 15),
        ballots(members("hy-party-", 15), 12, 2))));
    out.println("  " + state(c).lastVote());
    explain(out, c);
    stage(out, c, "resolution", clock, "2025-06-28");
    List<MemberId> present = households.members().stream().map(Member::id)
        .limit(households.size() * 3L / 4).toList();
    c.submit(new Act(new HoldStageVote(DIRECTOR, "", present,
        ballots(present, present.size() * 2 / 3, present.size() / 5))));
    out.println("  " + state(c).lastVote());
    explain(out, c);
    stage(out, c, "resolution-disclosure", clock, "2025-06-30");
    c.submit(new Act(new PublishNotice(DIRECTOR, List.of("notice board", "online hall"),
        "resolution: 25 yuan per household a year")));
    out.println("  notice up until " + state(c).noticeUntil());
    clock.set(Instant.parse("2025-07-08T01:00:00Z"));
    stage(out, c, "implementation-disclosure", clock, "2025-09-01");
    c.submit(new Act(new PublishNotice(DIRECTOR, List.of("notice board"),
        "fees collected from 12 households; gates running since August")));
    clock.set(Instant.parse("2025-09-09T01:00:00Z"));
    c.submit(new CheckDeadlines(DIRECTOR));
    WorkflowState end = state(c);
    out.println("Complete: " + end.complete() + "; stages passed " + end.passed().size()
        + " + the last; plan revision " + end.revision() + "; " + c.log().size()
        + " events, log verified");
    c.log().verify();
  }

  private static void stage(PrintWriter out, Consultation c, String next, ScenarioClock clock,
      String date) {
    clock.set(Instant.parse(date + "T01:00:00Z"));
    String from = c.state().phase();
    c.submit(new AdvancePhase(SECRETARY, next));
    out.println(date + " " + from + " -> " + next);
  }

  /** Prints the counted lines of the latest vote's decision. */
  private static void explain(PrintWriter out, Consultation c) {
    List<io.yishi.core.consultation.RecordedEvent> events = c.log().events();
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).event() instanceof io.yishi.core.consultation.ConsultationEvent
          .FactRecorded f && f.fact() instanceof StageVoteHeld v && v.decision() != null) {
        v.decision().explain().lines().skip(1).forEach(line -> out.println("    " + line));
        return;
      }
    }
  }

  private static WorkflowState state(Consultation c) {
    return (WorkflowState) c.state().methodState().orElseThrow();
  }

  private static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  private static List<MemberId> members(String prefix, int n) {
    return ids(prefix, n).stream().map(MemberId::new).toList();
  }

  /** The first {@code yes} vote yes, the next {@code no} no, the rest abstain. */
  private static List<Ballot> ballots(List<MemberId> voters, int yes, int no) {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < voters.size(); i++) {
      Vote v = i < yes ? Vote.YES : i < yes + no ? Vote.NO : Vote.ABSTAIN;
      ballots.add(MotionBallot.of(voters.get(i), v));
    }
    return ballots;
  }
}
