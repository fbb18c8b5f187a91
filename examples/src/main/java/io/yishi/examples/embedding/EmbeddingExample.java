package io.yishi.examples.embedding;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.CommandId;
import io.yishi.core.consultation.CommandRequest;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.examples.plugin.Hand;
import io.yishi.examples.plugin.HandBallot;
import java.time.Clock;
import java.util.List;

/**
 * What a portal does with Yishi, start to finish; the README quotes the body of {@link #run}
 * between its markers, and {@code EmbeddingExampleTest} runs it and checks the README still
 * quotes it exactly.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Opens a consultation, revises a proposal, votes, decides, stores the log as JSON, and
   * replays it.
   *
   * @param clock the portal's clock
   * @return the decision's explanation
   * @throws JsonProcessingException if the log cannot be written or read as JSON
   * @throws io.yishi.core.plugin.UnknownPluginException if the class path lacks the method
   *     {@code discuss-and-decide} or the rule {@code show-of-hands}
   */
  public static String run(Clock clock) throws JsonProcessingException {
    // README:BEGIN
    PluginRegistry plugins = PluginRegistry.load();   // every method and rule on the class path
    Electorate building3 = Electorate.of(Weighting.PER_HOUSEHOLD, List.of(
        Member.of(new MemberId("h-301")), Member.of(new MemberId("h-302")),
        Member.of(new MemberId("h-401"))));
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("b3-bike-shed"))
        .title("A bike shed for building 3")
        .issue(new Issue(new IssueId("bike-shed"), "Where to park bicycles",
            Category.PUBLIC_SPACE, Scope.community()))
        .method("discuss-and-decide")
        .rule("show-of-hands")
        .electorate(building3)
        .build(), clock, plugins);

    ResidentId leader = new ResidentId("r-zhao");
    ProposalId shed = new ProposalId("shed");
    c.submit(new Command.TableProposal(shed, leader, "Bike shed", "A shed by the east wall."));
    c.submit(new Command.ReviseProposal(shed, leader, "Bike shed", "A lockable shed by the east"
        + " wall.", "lockable", "two bicycles were stolen"));
    c.submit(new Command.AdvancePhase(leader, "voting"));
    // A portal retrying after a timeout sends the same command id: applied once.
    CommandRequest vote = CommandRequest.of(new Command.CastBallot(
        new HandBallot(new MemberId("h-301"), Hand.FOR))).withId(new CommandId("req-7f3a"));
    c.submit(vote);
    c.submit(vote);
    c.submit(new Command.CastBallot(new HandBallot(new MemberId("h-302"), Hand.FOR)));
    c.submit(new Command.Decide(leader));

    String stored = YishiJson.mapper().writeValueAsString(c.log());   // what the portal keeps
    EventLog log = YishiJson.mapper().readValue(stored, EventLog.class);
    log.verify();                                     // throws TamperedLogException if altered
    Consultation again = Consultation.replay(log, clock, plugins);
    return again.state().decision().orElseThrow().explain();
    // README:END
  }
}
