package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.voting.sortition.internal.Digest;
import io.yishi.voting.sortition.internal.Lottery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The record of a final draw by lottery, to be stored and published: enough to re-run it and get
 * the same panel (RULES.md section 5, step 8).
 *
 * <p>The distribution's panel probabilities are scaled by the number of {@code tickets} M;
 * each panel gets ⌊M·p⌋ tickets and the fractional remainders are rounded by pipage rounding,
 * which keeps every panel's expected tickets at exactly M·p. Then one ticket is drawn uniformly,
 * and the seats of its panel are filled by uniform draws within each group of interchangeable
 * volunteers. All randomness comes from one {@link SplittableRandom} seeded with {@code seed},
 * used in that order. Anyone holding the problem and the distribution (or re-computing it with
 * the same algorithm) re-runs the draw with {@link #verify}.
 *
 * <p>The record is a JSON value: it is the event of the draw, to be stored (for instance in the
 * consultation's log, as a fact of the selection) and published next to the problem and the
 * distribution.
 *
 * @param problemDigest SHA-256 (hex) of the problem's canonical text: pool, quotas, size, rule
 * @param distributionDigest SHA-256 (hex) of the distribution's canonical text
 * @param algorithm the id of the algorithm that computed the distribution
 * @param tickets M, the number of lottery tickets, ≥ 1
 * @param seed the seed of the draw
 * @param ticketsPerPanel tickets per panel of the distribution, in its order, summing to M
 * @param ticket the ticket drawn, in [0, M)
 * @param panel the index of the panel holding that ticket
 * @param members the volunteers selected, in pool order
 */
public record LotteryDraw(String problemDigest, String distributionDigest, String algorithm,
    int tickets, long seed, List<Integer> ticketsPerPanel, int ticket, int panel,
    List<String> members) {

  /**
   * Copies the lists.
   *
   * @param problemDigest SHA-256 (hex) of the problem's canonical text
   * @param distributionDigest SHA-256 (hex) of the distribution's canonical text
   * @param algorithm the id of the algorithm that computed the distribution
   * @param tickets M, the number of lottery tickets
   * @param seed the seed of the draw
   * @param ticketsPerPanel tickets per panel of the distribution
   * @param ticket the ticket drawn
   * @param panel the index of the panel holding that ticket
   * @param members the volunteers selected, in pool order
   * @throws SortitionInputException naming the component if the record cannot be a draw's:
   *     fewer than one ticket, tickets per panel that are negative or do not sum to M, or a
   *     ticket or panel out of range
   */
  public LotteryDraw {
    checkNotNull(problemDigest, "problemDigest");
    checkNotNull(distributionDigest, "distributionDigest");
    checkNotNull(algorithm, "algorithm");
    ticketsPerPanel = List.copyOf(ticketsPerPanel);
    members = List.copyOf(members);
    if (tickets < 1) {
      throw new SortitionInputException("draw.tickets", tickets, "must be at least 1");
    }
    long sum = 0;
    for (int t : ticketsPerPanel) {
      if (t < 0) {
        throw new SortitionInputException("draw.ticketsPerPanel", ticketsPerPanel,
            "must not be negative");
      }
      sum += t;
    }
    if (sum != tickets) {
      throw new SortitionInputException("draw.ticketsPerPanel", sum, "must sum to the "
          + tickets + " tickets");
    }
    if (ticket < 0 || ticket >= tickets) {
      throw new SortitionInputException("draw.ticket", ticket, "must be in [0, " + tickets + ")");
    }
    if (panel < 0 || panel >= ticketsPerPanel.size()) {
      throw new SortitionInputException("draw.panel", panel, "must be a panel's index, 0 to "
          + (ticketsPerPanel.size() - 1));
    }
  }

  /**
   * Draws a panel from a distribution by lottery.
   *
   * @param problem the problem the distribution was computed for
   * @param distribution the distribution
   * @param tickets M, the number of tickets, ≥ 1; 1,000 is customary, more tickets follow the
   *     probabilities more closely
   * @param seed the seed; a fixed seed reproduces the draw, so a real draw should use one chosen
   *     in public, e.g. from a lottery result
   * @return the record of the draw
   * @throws IllegalArgumentException if tickets &lt; 1 or the distribution is not over this
   *     problem: its groups must split the pool's volunteers exactly, and every panel must fit
   *     its groups, meet every quota and, when the household rule applies, seat at most one
   *     member of a household
   */
  public static LotteryDraw draw(SortitionProblem problem, PanelDistribution distribution,
      int tickets, long seed) {
    checkNotNull(problem, "problem");
    checkNotNull(distribution, "distribution");
    checkArgument(tickets >= 1, "tickets must be ≥ 1, was %s", tickets);
    checkArgument(distribution.panelSize() == problem.panelSize()
            && distribution.probabilities().size() == problem.pool().size(),
        "the distribution is for a panel of %s from %s volunteers, the problem for %s from %s",
        distribution.panelSize(), distribution.probabilities().size(), problem.panelSize(),
        problem.pool().size());
    checkBelongs(problem, distribution);
    SplittableRandom random = new SplittableRandom(seed);
    double[] p = distribution.panels().stream().mapToDouble(Panel::probability).toArray();
    int[] perPanel = Lottery.round(p, tickets, random);
    int ticket = random.nextInt(tickets);
    int panel = 0;
    for (int seen = perPanel[0]; seen <= ticket; seen += perPanel[++panel]) {
      // walk to the panel holding the ticket
    }
    List<String> members = new ArrayList<>();
    List<Integer> seats = distribution.panels().get(panel).seats();
    for (int g = 0; g < seats.size(); g++) {
      List<String> group = new ArrayList<>(distribution.groups().get(g));
      for (int s = 0; s < seats.get(g); s++) {
        int pick = s + random.nextInt(group.size() - s);
        members.add(group.get(pick));
        group.set(pick, group.get(s));
      }
    }
    Map<String, Integer> order = new HashMap<>();
    for (Volunteer v : problem.pool().volunteers()) {
      order.put(v.id(), order.size());
    }
    members.sort(Comparator.comparing(order::get));
    return new LotteryDraw(Digest.of(problem), Digest.of(distribution),
        distribution.algorithm(), tickets, seed, Arrays.stream(perPanel).boxed().toList(),
        ticket, panel, members);
  }

  /** Refuses a distribution computed for another problem, whose panels could break its quotas. */
  private static void checkBelongs(SortitionProblem problem, PanelDistribution distribution) {
    Map<String, Volunteer> byId = new HashMap<>();
    for (Volunteer v : problem.pool().volunteers()) {
      byId.put(v.id(), v);
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<List<String>> groups = distribution.groups();
    for (List<String> group : groups) {
      checkArgument(!group.isEmpty(), "distribution.groups: a group must not be empty");
      for (String id : group) {
        checkArgument(byId.containsKey(id), "distribution.groups: volunteer %s is not in the"
            + " problem's pool", id);
        checkArgument(seen.add(id), "distribution.groups: volunteer %s is in two groups", id);
        checkArgument(byId.get(id).features().equals(byId.get(group.get(0)).features()),
            "distribution.groups: volunteer %s has other features than %s, in the same group",
            id, group.get(0));
      }
    }
    checkArgument(seen.size() == byId.size(), "distribution.groups: %s of the pool's %s"
        + " volunteers are in no group", byId.size() - seen.size(), byId.size());
    if (problem.oneMemberPerHousehold()) {
      Map<String, Integer> household = new HashMap<>();
      byId.values().forEach(v -> household.merge(v.householdKey(), 1, Integer::sum));
      for (List<String> group : groups) {
        for (String id : group) {
          checkArgument(group.size() == 1 || household.get(byId.get(id).householdKey()) == 1,
              "distribution.groups: volunteer %s has housemates, so must be in a group of its"
                  + " own", id);
        }
      }
    }
    for (int b = 0; b < distribution.panels().size(); b++) {
      List<Integer> seats = distribution.panels().get(b).seats();
      Map<String, Integer> perHousehold = new HashMap<>();
      Map<String, Integer> perValue = new HashMap<>();
      for (int g = 0; g < groups.size(); g++) {
        int n = seats.get(g);
        checkArgument(n >= 0 && n <= groups.get(g).size(), "distribution.panels[%s]: %s seats"
            + " for a group of %s", b, n, groups.get(g).size());
        if (n == 0) {
          continue;
        }
        Volunteer first = byId.get(groups.get(g).get(0));
        first.features().forEach((feature, value) ->
            perValue.merge(feature + "=" + value, n, Integer::sum));
        if (problem.oneMemberPerHousehold() && groups.get(g).size() == 1) {
          perHousehold.merge(first.householdKey(), n, Integer::sum);
        }
      }
      for (Quota q : problem.quotas()) {
        int count = perValue.getOrDefault(q.feature() + "=" + q.value(), 0);
        checkArgument(count >= q.min() && count <= q.max(), "distribution.panels[%s]: %s=%s"
            + " has %s seats, outside its quota %s..%s", b, q.feature(), q.value(), count,
            q.min(), q.max());
      }
      for (int count : perHousehold.values()) {
        checkArgument(count <= 1, "distribution.panels[%s]: %s seats for one household", b,
            count);
      }
    }
  }

  /**
   * Re-runs the draw from the problem and the distribution and checks that it gives this record.
   *
   * @param problem the problem, as published
   * @param distribution the distribution, as published or re-computed with {@link #algorithm()}
   * @throws TamperedDrawException naming the first component that differs from the re-run
   */
  public void verify(SortitionProblem problem, PanelDistribution distribution) {
    String problemNow = Digest.of(problem);
    if (!problemNow.equals(problemDigest)) {
      throw new TamperedDrawException("problemDigest", problemDigest, problemNow);
    }
    String distributionNow = Digest.of(distribution);
    if (!distributionNow.equals(distributionDigest)) {
      throw new TamperedDrawException("distributionDigest", distributionDigest, distributionNow);
    }
    LotteryDraw again = draw(problem, distribution, tickets, seed);
    if (!again.algorithm.equals(algorithm)) {
      throw new TamperedDrawException("algorithm", algorithm, again.algorithm);
    }
    if (!again.ticketsPerPanel.equals(ticketsPerPanel)) {
      throw new TamperedDrawException("ticketsPerPanel", ticketsPerPanel, again.ticketsPerPanel);
    }
    if (again.ticket != ticket) {
      throw new TamperedDrawException("ticket", ticket, again.ticket);
    }
    if (again.panel != panel) {
      throw new TamperedDrawException("panel", panel, again.panel);
    }
    if (!again.members.equals(members)) {
      throw new TamperedDrawException("members", members, again.members);
    }
  }
}
