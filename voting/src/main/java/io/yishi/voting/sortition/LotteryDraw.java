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
 * <p>The record is a JSON value; store it next to the consultation it belongs to.
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
   */
  public LotteryDraw {
    ticketsPerPanel = List.copyOf(ticketsPerPanel);
    members = List.copyOf(members);
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
   *     problem's pool and panel size
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
