package io.yishi.examples.lixiong;

import io.yishi.core.community.Community;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Eligibility;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.method.hall.HallAction;
import io.yishi.core.method.hall.HallState;
import io.yishi.core.method.hall.HallState.Response;
import io.yishi.core.method.hall.HallState.Stance;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Lixiong's online deliberation hall for one month: the topic of June 2024 is where the Huayuan
 * estate's new garbage room should go. Residents post ideas, argue for and against, support the
 * ideas they want; one idea is amended by a neighbour, an advertisement is hidden, and at the end
 * of the month the ideas that reached the admission quorum go to the residents' committee, whose
 * answers are published on each.
 */
public final class OnlineHallScene {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private OnlineHallScene() {}

  /**
   * Replays the month with the real engine and prints a short account.
   *
   * @param out where the account goes
   * @param registry the installed plugins; must hold {@code online-hall} and {@code show-of-hands}
   */
  static void run(PrintWriter out, PluginRegistry registry) {
    Community c = LixiongCommunity.build();
    Electorate residents = Electorate.of(c, Eligibility.and(Eligibility.adults(),
        Eligibility.livesInEstate(LixiongCommunity.HUAYUAN)), Weighting.PER_PERSON,
        LocalDate.of(2024, 6, 1));
    List<ResidentId> people = residents.members().stream()
        .map(m -> new ResidentId(m.id().value())).toList();
    ResidentId chair = LixiongCommunity.LEADER;
    ScenarioClock clock = new ScenarioClock(at("2024-05-31"), CHINA);
    Consultation hall = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("hall-2024-06"))
        .title("网上议事厅 June 2024: where should Huayuan's new garbage room go?")
        .issue(new Issue(new IssueId("huayuan-garbage-room"), "Siting the garbage room",
            Category.ENVIRONMENT, Scope.estate(LixiongCommunity.HUAYUAN)))
        .method("online-hall")
        .methodParameters(Parameters.of(Map.of("opensAt", at("2024-06-01").toString(),
            "closesAt", at("2024-07-01").toString(), "quorumCount", 5, "quorumShare", "1/10",
            "hideSupports", true, "committee", List.of(chair.value()))))
        .rule("show-of-hands")
        .electorate(residents)
        .seed(20_240_601L)
        .build(), clock, registry);
    out.println("== Online deliberation hall: the garbage room of Huayuan (June 2024) ==");
    out.printf("Eligible: %d adult residents of Huayuan; quorum: the larger of 5 supporters and"
        + " 1/10 of them; supports hidden until the close%n", residents.size());

    clock.set(at("2024-06-01"));
    hall.submit(new Command.CheckDeadlines(chair));
    act(hall, clock, "2024-06-02", new HallAction.ProposeIdea(people.get(0), "East lane",
        "Move the room to the east lane, away from the windows of building 1."));
    act(hall, clock, "2024-06-03", new HallAction.ProposeIdea(people.get(1), "Keep and seal",
        "Keep the room where it is; seal it and wash it daily."));
    act(hall, clock, "2024-06-03", new HallAction.ProposeIdea(people.get(2), "Cheap loans",
        "Call 400-000-000 for cheap loans."));
    act(hall, clock, "2024-06-04", new HallAction.HidePost(chair, "idea-3", "advertising"));
    act(hall, clock, "2024-06-05", new HallAction.ProposeIdea(people.get(3), "Sorting kiosk",
        "Replace the room by a staffed sorting kiosk at the car park."));
    act(hall, clock, "2024-06-08", new HallAction.ProposeAmendment(people.get(4), "idea-1",
        "East lane, with a roof", "Move the room to the east lane and roof it against rain."));
    act(hall, clock, "2024-06-09", new HallAction.AcceptAmendment(people.get(0), "amendment-1",
        "thanks, agreed"));
    act(hall, clock, "2024-06-10", new HallAction.CommentOnIdea(people.get(5), "idea-1",
        Stance.FOR, "The truck can turn there."));
    act(hall, clock, "2024-06-10", new HallAction.CommentOnIdea(people.get(6), "idea-1",
        Stance.AGAINST, "Too far for the elderly of building 6."));
    act(hall, clock, "2024-06-11", new HallAction.CommentOnIdea(people.get(7), "idea-4",
        Stance.FOR, "Sorting would cut the smell at the source."));
    // supports over the month: a third of the residents for the east lane, fewer for the rest
    for (int i = 0; i < people.size(); i++) {
      String idea = i % 3 == 0 ? "idea-1" : i % 5 == 1 ? "idea-4" : i % 7 == 2 ? "idea-2" : null;
      if (idea != null) {
        act(hall, clock, "2024-06-" + (12 + i * 15 / people.size()), new HallAction.SupportIdea(people.get(i),
            idea));
      }
    }
    HallState mid = state(hall);
    out.printf("Mid-June the public sees %d ideas, %d comments, support counts %s%n",
        mid.publicView().ideas().size(), mid.publicView().comments().size(),
        mid.publicView().supportsShown() ? "shown" : "hidden");

    clock.set(at("2024-07-01"));
    hall.submit(new Command.CheckDeadlines(chair));
    HallState closed = state(hall);
    out.printf("Closed %s: %s%n", closed.result().closedAt().atZone(CHINA).toLocalDate(),
        closed.result().explainQuorum());
    for (HallState.Idea idea : closed.ideas()) {
      HallState.Tally t = closed.result().tallies().stream()
          .filter(x -> x.idea().equals(idea.id())).findFirst().orElseThrow();
      out.printf("  %-7s %-24s %3d supports  %s%n", idea.id(),
          idea.hidden() != null ? "[hidden: " + idea.hidden().reason() + "]" : idea.title(),
          t.supports(), t.admitted() ? "admitted" : "not admitted");
    }
    out.printf("Forwarded to the residents' committee: %s%n", closed.result().forwarded());
    act(hall, clock, "2024-07-10", new HallAction.AnswerIdea(chair, "idea-1", Response.ACCEPTED,
        "Site agreed with the sanitation office", new BigDecimal("86000")));
    if (closed.result().forwarded().contains("idea-4")) {
      act(hall, clock, "2024-07-10", new HallAction.AnswerIdea(chair, "idea-4",
          Response.UNDER_STUDY, "Staffing to be costed with the property company", null));
    }
    for (String id : closed.result().forwarded()) {
      HallState.Answer a = state(hall).idea(id).orElseThrow().answer().orElseThrow();
      out.printf("  answer on %s: %s — %s%s%n", id, a.response().name().toLowerCase()
          .replace('_', ' '), a.reason(), a.cost() == null ? ""
          : " (cost ¥" + a.cost().toPlainString() + ")");
    }
    hall.log().verify();
    out.printf("Stage: %s; %d events in the verified record%n",
        state(hall).stage().name().toLowerCase(), hall.log().size());
    out.flush();
  }

  private static void act(Consultation hall, ScenarioClock clock, String day,
      HallAction action) {
    clock.set(at(day).plusSeconds(3600));
    hall.submit(new Command.Act(action));
  }

  private static HallState state(Consultation hall) {
    return (HallState) hall.state().methodState().orElseThrow();
  }

  private static Instant at(String day) {
    return LocalDate.parse(day).atStartOfDay(CHINA).toInstant();
  }
}
