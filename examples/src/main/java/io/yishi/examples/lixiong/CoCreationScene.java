package io.yishi.examples.lixiong;

import io.yishi.core.community.Community;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Eligibility;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.method.cocreation.ConsensusChart;
import io.yishi.core.method.cocreation.Workshop;
import io.yishi.core.method.cocreation.WorkshopAction;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.cardinal.ScoreBallot;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The old estate's security workshop (团队共创, method {@code co-creation}): the residents of
 * Huayuan answer "what will make our estate safe to live in?" on cards, the two building leaders
 * facilitate, the cards fall into four columns (fences, lights, neighbours, access control), the
 * columns are named largest first, prioritised with three dots each, read back, confirmed after
 * one objection leads to a better name, and turned into an action list.
 */
public final class CoCreationScene {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final ResidentId LEADER_1 = LixiongCommunity.LEADER;
  private static final ResidentId LEADER_2 = new ResidentId("huayuan-2-101-a");
  private static final List<String> SYMBOLS = List.of("★", "▲", "●", "■");
  private static final List<String> IDEAS = List.of(
      "Mend the broken fence on the east wall", "Replace the dead street lights",
      "Neighbours keep an eye on empty flats", "Install access control at both gates",
      "Close the gap in the fence behind building 2", "Light the path to the bike shed",
      "A night patrol of volunteers");
  private static final List<Integer> THEME = List.of(0, 1, 2, 3, 0, 1, 2);

  private CoCreationScene() {}

  /**
   * Replays the workshop and prints what happened.
   *
   * @param out where to print
   * @param registry where {@code co-creation} and the {@code dots} rule are found
   * @throws io.yishi.core.plugin.UnknownPluginException if the registry lacks either
   */
  public static void run(PrintWriter out, PluginRegistry registry) {
    Community lixiong = LixiongCommunity.build();
    Electorate residents = Electorate.of(lixiong,
        Eligibility.livesInEstate(LixiongCommunity.HUAYUAN), Weighting.PER_PERSON,
        LocalDate.of(2024, 3, 8));
    ScenarioClock clock = new ScenarioClock(at("19:30"), CHINA);
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("huayuan-security-workshop"))
        .title("华苑安全团队共创 — security workshop")
        .issue(new Issue(new IssueId("huayuan-security"), "Safety in the Huayuan estate",
            Category.SAFETY, Scope.estate(LixiongCommunity.HUAYUAN)))
        .method("co-creation")
        .methodParameters(Parameters.of(Map.of(
            "facilitators", List.of(LEADER_1.value(), LEADER_2.value()),
            "cardsPerPerson", 2, "prioritise", true, "priorityRule", "dots",
            "zone", CHINA.getId())))
        .rule("show-of-hands")
        .electorate(residents)
        .seed(20_240_308L)
        .build(), clock, registry);

    out.println("== Old estate 华苑: security workshop (team co-creation, ToP) ==");
    String question = "What will make our estate safe to live in?";
    act(c, new WorkshopAction.FrameWorkshop(LEADER_1, question,
        "a shared list of what to fix first", "every household heard"));
    Workshop w = workshop(c);
    out.printf("Focus question: %s%n", question);
    out.printf("%d residents take part; facilitators: building leaders %s and %s%n",
        w.participants().size(), LEADER_1, LEADER_2);

    c.submit(new Command.AdvancePhase(LEADER_1, "brainstorm"));
    clock.set(at("19:45"));
    List<ResidentId> people = w.participants().stream().map(Workshop.Participant::resident)
        .toList();
    for (int i = 0; i < people.size(); i++) {
      act(c, new WorkshopAction.WriteCard(people.get(i), IDEAS.get(i % IDEAS.size())));
      if (i % 3 == 0) {
        act(c, new WorkshopAction.WriteCard(people.get(i), IDEAS.get((i + 3) % IDEAS.size())));
      }
    }
    while (workshop(c).cards().stream().anyMatch(card -> card.round() == 0)) {
      act(c, new WorkshopAction.OpenRound(LEADER_1));
      List<ResidentId> posted = new ArrayList<>();
      for (Workshop.Card card : workshop(c).cards()) {
        if (card.round() == 0 && !posted.contains(card.author())) {
          act(c, new WorkshopAction.PostCard(card.author(), card.number()));
          posted.add(card.author());
        }
      }
    }
    out.printf("Brainstorm: %d cards written, posted in %d rounds (one card a person a"
        + " round)%n", workshop(c).cards().size(), workshop(c).round());

    c.submit(new Command.AdvancePhase(LEADER_1, "cluster"));
    clock.set(at("20:05"));
    List<List<Integer>> columns = List.of(new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>());
    for (Workshop.Card card : workshop(c).cards()) {
      columns.get(THEME.get(IDEAS.indexOf(card.text()))).add(card.number());
    }
    for (int t = 0; t < 4; t++) {
      act(c, new WorkshopAction.FormCluster(LEADER_2, SYMBOLS.get(t),
          columns.get(t).subList(0, 2)));
    }
    for (int t = 0; t < 4; t++) {
      for (int n : columns.get(t).subList(2, columns.get(t).size())) {
        act(c, new WorkshopAction.PlaceCard(LEADER_2, n, SYMBOLS.get(t)));
      }
    }
    c.submit(new Command.AdvancePhase(LEADER_1, "name"));
    clock.set(at("20:20"));
    Map<String, String> names = Map.of("★", "Close every gap in the fences",
        "▲", "Light every path at night", "●", "Neighbours look out for each other",
        "■", "Control who comes through the gates");
    List<Workshop.Cluster> bySize = new ArrayList<>(workshop(c).clusters());
    bySize.sort((a, b) -> b.cards().size() - a.cards().size());
    for (Workshop.Cluster cluster : bySize) {
      act(c, new WorkshopAction.NameCluster(LEADER_1, cluster.symbol(),
          names.get(cluster.symbol())));
    }

    c.submit(new Command.AdvancePhase(LEADER_1, "prioritise"));
    for (int i = 0; i < people.size(); i++) {
      String first = SYMBOLS.get(List.of(3, 0, 1, 3, 2, 0).get(i % 6));
      String second = first.equals("■") ? "●" : "■";
      Map<String, Integer> dots = Map.of(first, 2, second, 1);
      act(c, new WorkshopAction.CastPriority(people.get(i),
          new ScoreBallot(MemberId.of(people.get(i)), dots)));
    }
    act(c, new WorkshopAction.CountPriorities(LEADER_1));
    Decision priorities = workshop(c).priorityDecision().orElseThrow();
    out.printf("Dots (3 each): %s%n", priorities.explain().lines()
        .filter(l -> l.startsWith("Dots:")).findFirst().orElse(priorities.explain()));

    c.submit(new Command.AdvancePhase(LEADER_1, "resolve"));
    clock.set(at("20:40"));
    act(c, new WorkshopAction.ReadTitles(LEADER_1));
    act(c, new WorkshopAction.CallForObjections(LEADER_1));
    ResidentId elder = people.get(people.size() - 1);
    String reason = "many elderly residents have no smartphone";
    act(c, new WorkshopAction.RaiseObjection(elder, "■", reason));
    act(c, new WorkshopAction.CloseObjectionCheck(LEADER_1));
    out.printf("First read-back: %s objects to ■ (%s); not confirmed%n", elder, reason);
    act(c, new WorkshopAction.RenameCluster(LEADER_1, "■",
        "Gate access cards for every resident", "objection of " + elder + ": " + reason));
    act(c, new WorkshopAction.ReadTitles(LEADER_1));
    act(c, new WorkshopAction.CallForObjections(LEADER_1));
    act(c, new WorkshopAction.CloseObjectionCheck(LEADER_1));
    out.printf("Second read-back: no objection; consensus confirmed%n");

    act(c, new WorkshopAction.RecordActionItem(LEADER_1, "★", "Get two quotes to mend the"
        + " fences", LEADER_2, LocalDate.of(2024, 3, 22)));
    act(c, new WorkshopAction.RecordActionItem(LEADER_1, "▲", "Report dead lights to the"
        + " property company", people.get(1), LocalDate.of(2024, 3, 15)));
    act(c, new WorkshopAction.RecordActionItem(LEADER_1, "■", "Price access cards and an"
        + " intercom", LEADER_1, LocalDate.of(2024, 4, 30)));
    act(c, new WorkshopAction.ConcludeWorkshop(LEADER_1));
    c.submit(new Command.Close(LEADER_1, "workshop concluded"));

    out.println("Consensus chart:");
    ConsensusChart chart = workshop(c).chart();
    for (ConsensusChart.Column col : chart.columns()) {
      out.printf("  %s %-40s %2d cards%n", col.symbol(), col.name(), col.cards().size());
    }
    out.println("Action list:");
    for (Workshop.ActionItem item : chart.actionItems()) {
      out.printf("  %d. %s — %s, due %s%n", item.number(), item.what(), item.owner(),
          item.due());
    }
    c.log().verify();
    out.printf("Record: %d events, hash chain verified%n", c.log().size());
    out.flush();
  }

  private static void act(Consultation c, Action action) {
    c.submit(new Command.Act(action));
  }

  private static Workshop workshop(Consultation c) {
    return (Workshop) c.state().methodState().orElseThrow();
  }

  private static Instant at(String time) {
    return LocalDate.of(2024, 3, 8).atTime(java.time.LocalTime.parse(time)).atZone(CHINA)
        .toInstant();
  }
}
