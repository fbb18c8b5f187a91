package io.yishi.examples.lixiong;

import io.yishi.core.community.Community;
import io.yishi.core.community.EstateId;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Eligibility;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.method.interest.InterestAction;
import io.yishi.core.method.interest.InterestFact.GroupResult;
import io.yishi.core.method.interest.InterestFact.OptionResult;
import io.yishi.core.method.interest.InterestFact.RoundClosed;
import io.yishi.core.method.interest.InterestRoundsState;
import io.yishi.core.method.interest.InterestRoundsState.OptionSummary;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Parameters;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The new estate 碧水湾's parking-space interest rounds: car owners, residents without cars,
 * ground-floor households and the street-shop tenants state their interests, rate permits, timed
 * bays and shared school bays, and agree in the second round on a revised option every group
 * accepts. Printed for people, replayed with the real engine on a scenario clock.
 */
public final class ParkingRoundsScene {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final EstateId BISHUI = new EstateId("bishui");
  private static final ResidentId WORKER = new ResidentId("lixiong-worker-chen");

  private ParkingRoundsScene() {}

  /**
   * Replays the scene and prints an account of it.
   *
   * @param out where to print, 10 to 30 lines
   * @param registry where the {@code interest-rounds} method and the {@code approval} rule are
   *     found
   * @throws io.yishi.core.plugin.UnknownPluginException if either is not installed
   */
  static void run(PrintWriter out, PluginRegistry registry) {
    Community lixiong = LixiongCommunity.build();
    ScenarioClock clock = new ScenarioClock(Instant.parse("2025-04-07T01:00:00Z"), CHINA);
    Electorate households = Electorate.of(lixiong, Eligibility.livesInEstate(BISHUI),
        Weighting.PER_HOUSEHOLD, LocalDate.of(2025, 4, 7));
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("bishui-parking-2025"))
        .title("碧水湾停车位协商 — parking spaces on the new estate")
        .issue(new Issue(new IssueId("bishui-parking"), "Parking spaces on Bishui",
            Category.PARKING, io.yishi.core.electorate.Scope.estate(BISHUI)))
        .method("interest-rounds")
        .methodParameters(Parameters.of(Map.of("rounds", 3, "fallback", "vote",
            "voteRule", "approval", "voteOptions", 2, "acceptanceLevel", 6,
            "facilitators", List.of(WORKER.value()))))
        .rule("approval")
        .electorate(households)
        .seed(20_250_407L)
        .build(), clock, registry);
    out.println("== New estate 碧水湾: parking-space interest rounds ==");

    group(c, "car-owners", "Car owners", "bishui-1-201-a", "bishui-1-301-a", "bishui-1-401-a",
        "bishui-1-402-a");
    group(c, "no-car", "Residents without cars", "bishui-1-202-a", "bishui-1-302-a");
    group(c, "ground-floor", "Ground-floor households", "bishui-1-101-a", "bishui-1-102-a");
    group(c, "shops", "Shop tenants", "bishui-shop-1", "bishui-shop-2");
    act(c, new InterestAction.RecordBatna(rep("shops"), "shops",
        "keep unloading on the pavement and risk fines", new BigDecimal("5")));
    c.submit(new Command.AdvancePhase(WORKER, "interests"));
    act(c, new InterestAction.FrameProblem(WORKER, "More cars than spaces, and one school gate"
        + " on the same road", List.of("speak to the facilitator", "no personal attacks")));
    position(c, "car-owners", "a fixed space for every car");
    position(c, "no-car", "no more paving of the garden");
    position(c, "ground-floor", "no cars under our windows");
    position(c, "shops", "a loading bay at the door");
    interest(c, "car-owners", "park-near-home", "park within a short walk of home", 3);
    interest(c, "car-owners", "low-cost", "keep the cost low", 1);
    interest(c, "no-car", "green-space", "keep the garden green", 2);
    interest(c, "no-car", "safe-walking", "children walk to school safely", 2);
    interest(c, "ground-floor", "quiet-at-night", "quiet at night", 1);
    interest(c, "ground-floor", "clear-windows", "no exhaust at the windows", 1);
    interest(c, "shops", "loading", "unload deliveries in the morning", 2);
    interest(c, "shops", "customer-parking", "customers can stop briefly", 1);
    act(c, new InterestAction.ClassifyInterest(WORKER, "safe-walking",
        io.yishi.core.method.interest.InterestKind.SHARED));
    InterestRoundsState s = state(c);
    out.printf("%d groups, %d interests; shared: safe-walking%n", s.groups().size(),
        s.interests().size());

    clock.set(Instant.parse("2025-04-14T11:00:00Z"));
    c.submit(new Command.AdvancePhase(WORKER, "rounds"));
    act(c, new InterestAction.OpenRound(WORKER));
    option(c, "bishui-1-201-a", "permits", "Resident permits", "one permit per household",
        List.of("park-near-home"), null);
    option(c, "bishui-1-202-a", "timed-bays", "Timed bays", "two-hour bays by the shops",
        List.of("customer-parking", "loading"), null);
    act(c, new InterestAction.StartEvaluation(WORKER, List.of("cost per household",
        "fire-lane rules", "distance from windows")));
    rate(c, "permits", Map.of("car-owners", 9, "no-car", 3, "ground-floor", 5, "shops", 4));
    rate(c, "timed-bays", Map.of("car-owners", 4, "no-car", 7, "ground-floor", 7, "shops", 8));
    clock.set(Instant.parse("2025-04-20T11:00:00Z"));
    act(c, new InterestAction.CloseRound(WORKER));
    printRound(out, state(c).rounds().get(0));

    clock.set(Instant.parse("2025-04-24T11:00:00Z"));
    option(c, "bishui-shop-1", "shared-school-bays", "Timed bays + shared school bays",
        "two-hour bays by the shops; the school's bays open to residents 18:00-07:30",
        List.of("park-near-home", "customer-parking", "loading", "green-space"), "timed-bays");
    act(c, new InterestAction.StartEvaluation(WORKER, List.of()));
    rate(c, "shared-school-bays", Map.of("car-owners", 7, "no-car", 7, "ground-floor", 6,
        "shops", 8));
    clock.set(Instant.parse("2025-04-29T11:00:00Z"));
    act(c, new InterestAction.CloseRound(WORKER));
    s = state(c);
    printRound(out, s.rounds().get(1));
    out.printf("Outcome: agreed in round %d on '%s'%n", s.agreement().round(),
        s.agreement().option());
    out.println("Which interests each option serves:");
    for (OptionSummary o : s.summary()) {
      out.printf("  %-19s serves %s%s%n", o.option(), o.served(),
          o.onTable() ? "" : " (replaced by a revision)");
    }

    c.submit(new Command.AdvancePhase(WORKER, "vote"));
    c.submit(new Command.AdvancePhase(WORKER, "report"));
    act(c, new InterestAction.ReportBack(WORKER, "Timed bays and shared school bays from"
        + " 1 June; reviewed after three months."));
    out.printf("Reported back: %s%n", state(c).reports().get(0));
    c.log().verify();
    out.printf("Record: %d events, hash chain verified%n", c.log().size());
    out.flush();
  }

  private static void printRound(PrintWriter out, RoundClosed round) {
    out.printf("Round %d closed %s:%n", round.round(),
        LocalDate.ofInstant(round.at(), CHINA));
    for (OptionResult r : round.results()) {
      String groups = r.groups().stream().map(ParkingRoundsScene::verdict)
          .collect(Collectors.joining(", "));
      out.printf("  %-19s accepted by %d of %d: %s%n", r.option(), r.acceptedBy(),
          r.groups().size(), groups);
    }
  }

  private static String verdict(GroupResult g) {
    return g.group() + " " + g.utility() + (g.accepts() ? "≥" : "<") + g.level();
  }

  private static ResidentId rep(String group) {
    return switch (group) {
      case "car-owners" -> new ResidentId("bishui-1-201-a");
      case "no-car" -> new ResidentId("bishui-1-202-a");
      case "ground-floor" -> new ResidentId("bishui-1-101-a");
      default -> new ResidentId("bishui-shop-1");
    };
  }

  private static void group(Consultation c, String id, String name, String... members) {
    List<ResidentId> residents = java.util.Arrays.stream(members).map(ResidentId::new).toList();
    act(c, new InterestAction.DeclareGroup(WORKER, id, name, residents,
        List.of(residents.get(0))));
  }

  private static void position(Consultation c, String group, String text) {
    act(c, new InterestAction.StatePosition(rep(group), group, text));
  }

  private static void interest(Consultation c, String group, String id, String text,
      int priority) {
    act(c, new InterestAction.StateInterest(rep(group), group, id, text, priority));
  }

  private static void option(Consultation c, String by, String id, String title, String text,
      List<String> serves, @Nullable String revises) {
    act(c, new InterestAction.ProposeOption(new ResidentId(by), id, title, text, serves,
        revises));
  }

  /** Each group gives the same score to every one of its interests. */
  private static void rate(Consultation c, String option, Map<String, Integer> scores) {
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(scores).entrySet()) {
      Map<String, Integer> byInterest = new LinkedHashMap<>();
      state(c).interestsOf(e.getKey()).forEach(i -> byInterest.put(i.id(), e.getValue()));
      act(c, new InterestAction.RateOption(rep(e.getKey()), e.getKey(), option, byInterest));
    }
  }

  private static void act(Consultation c, Action a) {
    c.submit(new Command.Act(a));
  }

  private static InterestRoundsState state(Consultation c) {
    return (InterestRoundsState) c.state().methodState().orElseThrow();
  }
}
