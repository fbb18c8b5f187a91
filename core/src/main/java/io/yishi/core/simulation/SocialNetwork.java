package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Who talks to whom: an immutable undirected graph over agents {@code 0 .. agents() - 1}, with no
 * self loops and at most one link between two agents.
 *
 * <p>The graph is held in compressed adjacency form: one {@code int} offset per agent and one
 * {@code int} per end of a link, each agent's neighbours sorted ascending. A network of
 * 1,000,000 agents with 30 neighbours each takes about 124 MB (4 bytes a link end) and no
 * object per link, so the opinion processes read it in one pass per round.
 *
 * <pre>{@code
 * SocialNetwork buildings = SocialNetwork.withinGroups(buildingOf);   // everyone in a building
 * SocialNetwork acquaintances = SocialNetwork.randomLinks(n, 3, new SplittableRandom(seed));
 * SocialNetwork network = SocialNetwork.union(buildings, acquaintances);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
@Experimental
public final class SocialNetwork {

  /** The most link ends a network holds: the largest array length the JVM allows. */
  private static final long MAX_LINK_ENDS = Integer.MAX_VALUE - 8;

  private final int agents;
  /** Agent i's neighbours are {@code targets[offsets[i]] .. targets[offsets[i + 1] - 1]}. */
  private final int[] offsets;
  private final int[] targets;

  private SocialNetwork(int agents, int[] offsets, int[] targets) {
    this.agents = agents;
    this.offsets = offsets;
    this.targets = targets;
  }

  /**
   * Links every agent to every other agent of the same group, such as the residents of one
   * building: each group becomes a complete subgraph, and agents of different groups are not
   * linked.
   *
   * <p>Cost: a group of {@code g} agents brings {@code g (g - 1) / 2} links, so memory is 4 bytes
   * times {@code Σ g (g - 1)} plus 4 bytes per agent, and time is that plus sorting the agents by
   * group, {@code O(n log n)}. Buildings of 60 cost 236 bytes an agent (1,000,000 agents: about
   * 240 MB); one group of all {@code n} agents costs {@code 4 n²} bytes and is refused above
   * about 46,000 agents.
   *
   * @param groupOf each agent's group, a number {@code >= 0}; the array's length is the number of
   *     agents; group numbers need not be consecutive
   * @return the network
   * @throws IllegalArgumentException naming the agent if a group number is negative, or if the
   *     network would hold more than {@code 2^31 - 9} link ends
   */
  public static SocialNetwork withinGroups(int[] groupOf) {
    checkNotNull(groupOf, "groupOf");
    int n = groupOf.length;
    long[] byGroup = new long[n];
    for (int i = 0; i < n; i++) {
      if (groupOf[i] < 0) {
        throw new IllegalArgumentException(
            "groupOf[" + i + "] must be a group number >= 0, was " + groupOf[i]);
      }
      byGroup[i] = ((long) groupOf[i] << 32) | i;
    }
    Arrays.sort(byGroup);
    int[] offsets = new int[n + 1];
    long ends = 0;
    for (int start = 0; start < n; ) {
      int end = runEnd(byGroup, start);
      long size = end - start;
      ends += size * (size - 1);
      checkSize(ends, "withinGroups: groups");
      for (int k = start; k < end; k++) {
        offsets[(int) byGroup[k] + 1] = (int) size - 1;
      }
      start = end;
    }
    prefixSum(offsets);
    int[] targets = new int[(int) ends];
    for (int start = 0; start < n; ) {
      int end = runEnd(byGroup, start);
      for (int k = start; k < end; k++) {
        int agent = (int) byGroup[k];
        int at = offsets[agent];
        for (int m = start; m < end; m++) {
          if (m != k) {
            targets[at++] = (int) byGroup[m];  // members are in ascending order within a group
          }
        }
      }
      start = end;
    }
    return new SocialNetwork(n, offsets, targets);
  }

  private static int runEnd(long[] byGroup, int start) {
    long group = byGroup[start] >>> 32;
    int end = start + 1;
    while (end < byGroup.length && byGroup[end] >>> 32 == group) {
      end++;
    }
    return end;
  }

  /**
   * Draws a random network in the manner of Erdős and Rényi's {@code G(n, m)}: {@code m = ⌊agents
   * × linksPerAgent / 2⌋} links chosen uniformly among all pairs of distinct agents, so the mean
   * number of neighbours is {@code linksPerAgent} (a little less when the product is odd).
   *
   * <p>Deterministic: the same {@code random} state draws the same network. Time {@code O(m log
   * m)}, memory 16 bytes per link while drawing.
   *
   * @param agents the number of agents, {@code >= 0}
   * @param linksPerAgent the mean number of neighbours, {@code 0 .. agents - 1} (0 when there are
   *     no agents)
   * @param random the source of randomness; it is advanced
   * @return the network
   * @throws IllegalArgumentException naming the argument and its value if {@code agents} is
   *     negative, {@code linksPerAgent} is out of range, or the network would be too large
   */
  public static SocialNetwork randomLinks(int agents, int linksPerAgent,
      SplittableRandom random) {
    checkNotNull(random, "random");
    if (agents < 0) {
      throw new IllegalArgumentException("agents must be >= 0, was " + agents);
    }
    if (linksPerAgent < 0 || linksPerAgent > Math.max(0, agents - 1)) {
      throw new IllegalArgumentException("linksPerAgent must be in 0.." + Math.max(0, agents - 1)
          + " for " + agents + " agents, was " + linksPerAgent);
    }
    long links = (long) agents * linksPerAgent / 2;
    checkSize(2 * links, "randomLinks: agents × linksPerAgent");
    long pairs = (long) agents * (agents - 1) / 2;
    long[] chosen = 4 * links >= pairs ? densePairs(agents, (int) links, pairs, random)
        : sparsePairs(agents, (int) links, random);
    return fromSortedPairs(agents, chosen, chosen.length);
  }

  /** Rejection: draw pairs, drop repeats, draw again for the missing; few passes when sparse. */
  private static long[] sparsePairs(int n, int links, SplittableRandom random) {
    long[] chosen = new long[links];
    int have = 0;
    while (have < links) {
      for (int k = have; k < links; k++) {
        int a = random.nextInt(n);
        int b = random.nextInt(n - 1);
        if (b >= a) {
          b++;
        }
        chosen[k] = pair(Math.min(a, b), Math.max(a, b));
      }
      // Repeats are dropped and the missing pairs drawn anew; every step treats all pairs alike,
      // so the final set is uniform among the sets of that many distinct pairs.
      Arrays.sort(chosen, 0, links);
      have = unique(chosen, links);
    }
    return chosen;
  }

  /** Dense case (a quarter of all pairs or more): a partial shuffle of every pair. */
  private static long[] densePairs(int n, int links, long pairs, SplittableRandom random) {
    checkSize(pairs, "randomLinks: all pairs");
    long[] all = new long[(int) pairs];
    int k = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        all[k++] = pair(a, b);
      }
    }
    for (int i = 0; i < links; i++) {
      int j = i + random.nextInt(all.length - i);
      long t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    long[] chosen = Arrays.copyOf(all, links);
    Arrays.sort(chosen);
    return chosen;
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) | b;
  }

  private static int unique(long[] sorted, int length) {
    if (length == 0) {
      return 0;
    }
    int kept = 1;
    for (int k = 1; k < length; k++) {
      if (sorted[k] != sorted[kept - 1]) {
        sorted[kept++] = sorted[k];
      }
    }
    return kept;
  }

  /** Builds the adjacency from sorted distinct pairs {@code (a << 32 | b)}, {@code a < b}. */
  private static SocialNetwork fromSortedPairs(int n, long[] pairs, int count) {
    int[] offsets = new int[n + 1];
    for (int k = 0; k < count; k++) {
      offsets[(int) (pairs[k] >>> 32) + 1]++;
      offsets[(int) pairs[k] + 1]++;
    }
    prefixSum(offsets);
    int[] fill = Arrays.copyOf(offsets, n);
    int[] targets = new int[offsets[n]];
    // In (a, b) order, agent u first receives its smaller neighbours (pairs (a, u), by a), then
    // its larger ones (pairs (u, b), by b): every list comes out sorted.
    for (int k = 0; k < count; k++) {
      int a = (int) (pairs[k] >>> 32);
      int b = (int) pairs[k];
      targets[fill[a]++] = b;
      targets[fill[b]++] = a;
    }
    return new SocialNetwork(n, offsets, targets);
  }

  /**
   * Joins networks over the same agents: two agents are linked if any of the networks links
   * them.
   *
   * @param networks at least one network, all with the same number of agents
   * @return the union
   * @throws IllegalArgumentException naming the network if none is given or the numbers of
   *     agents differ
   */
  public static SocialNetwork union(SocialNetwork... networks) {
    checkNotNull(networks, "networks");
    if (networks.length == 0) {
      throw new IllegalArgumentException("networks must hold at least one network, was empty");
    }
    for (int k = 0; k < networks.length; k++) {
      checkNotNull(networks[k], "networks[%s]", k);
      if (networks[k].agents != networks[0].agents) {
        throw new IllegalArgumentException("networks[" + k + "] has " + networks[k].agents
            + " agents, but networks[0] has " + networks[0].agents);
      }
    }
    if (networks.length == 1) {
      return networks[0];
    }
    int n = networks[0].agents;
    int[] offsets = new int[n + 1];
    long ends = 0;
    int widest = 0;
    for (int i = 0; i < n; i++) {
      int sum = 0;
      for (SocialNetwork net : networks) {
        sum += net.degree(i);
      }
      widest = Math.max(widest, sum);
    }
    int[] scratch = new int[widest];
    int[] merged = new int[(int) totalEnds(networks)];
    for (int i = 0; i < n; i++) {
      int length = 0;
      for (SocialNetwork net : networks) {
        int from = net.offsets[i];
        int count = net.offsets[i + 1] - from;
        System.arraycopy(net.targets, from, scratch, length, count);
        length += count;
      }
      Arrays.sort(scratch, 0, length);
      int kept = 0;
      for (int k = 0; k < length; k++) {
        if (kept == 0 || scratch[k] != scratch[kept - 1]) {
          scratch[kept++] = scratch[k];
        }
      }
      System.arraycopy(scratch, 0, merged, (int) ends, kept);
      ends += kept;
      offsets[i + 1] = (int) ends;
    }
    return new SocialNetwork(n, offsets, Arrays.copyOf(merged, (int) ends));
  }

  private static long totalEnds(SocialNetwork[] networks) {
    long total = 0;
    for (SocialNetwork net : networks) {
      total += net.targets.length;
    }
    checkSize(total, "union: networks");
    return total;
  }

  /**
   * Builds a network from neighbour lists. A link may be listed at one end or at both: agent
   * {@code i} and {@code j} are linked if {@code j} is in {@code neighbours[i]} or {@code i} is in
   * {@code neighbours[j]}; repeats are merged.
   *
   * @param agents the number of agents, {@code >= 0}
   * @param neighbours one list per agent, {@code neighbours.length == agents}; each entry an
   *     agent {@code 0 .. agents - 1} other than the list's own
   * @return the network
   * @throws IllegalArgumentException naming the entry and its value if the lengths differ, an
   *     agent is out of range or an agent is listed as its own neighbour
   */
  public static SocialNetwork of(int agents, int[][] neighbours) {
    checkNotNull(neighbours, "neighbours");
    if (agents < 0) {
      throw new IllegalArgumentException("agents must be >= 0, was " + agents);
    }
    if (neighbours.length != agents) {
      throw new IllegalArgumentException("neighbours must hold one list per agent (" + agents
          + "), was " + neighbours.length + " lists");
    }
    long total = 0;
    for (int i = 0; i < agents; i++) {
      checkNotNull(neighbours[i], "neighbours[%s]", i);
      for (int k = 0; k < neighbours[i].length; k++) {
        int j = neighbours[i][k];
        if (j < 0 || j >= agents) {
          throw new IllegalArgumentException("neighbours[" + i + "][" + k + "] must be an agent 0.."
              + (agents - 1) + ", was " + j);
        }
        if (j == i) {
          throw new IllegalArgumentException("neighbours[" + i + "][" + k + "] is agent " + i
              + " itself: an agent cannot be its own neighbour");
        }
      }
      total += neighbours[i].length;
    }
    checkSize(total, "of: neighbours");
    long[] pairs = new long[(int) total];
    int count = 0;
    for (int i = 0; i < agents; i++) {
      for (int j : neighbours[i]) {
        pairs[count++] = pair(Math.min(i, j), Math.max(i, j));
      }
    }
    Arrays.sort(pairs);
    return fromSortedPairs(agents, pairs, unique(pairs, count));
  }

  private static void prefixSum(int[] offsets) {
    for (int i = 1; i < offsets.length; i++) {
      offsets[i] += offsets[i - 1];
    }
  }

  private static void checkSize(long ends, String what) {
    if (ends > MAX_LINK_ENDS) {
      throw new IllegalArgumentException(what + " would make " + ends
          + " link ends; a network holds at most " + MAX_LINK_ENDS);
    }
  }

  /** {@return the number of agents, {@code >= 0}} */
  public int agents() {
    return agents;
  }

  /**
   * {@return the number of neighbours of an agent}
   *
   * @param agent an agent, {@code 0 .. agents() - 1}
   * @throws IndexOutOfBoundsException if the agent is out of range
   */
  public int degree(int agent) {
    checkAgent(agent);
    return offsets[agent + 1] - offsets[agent];
  }

  /**
   * {@return one neighbour of an agent, by position; neighbours are sorted ascending}
   *
   * @param agent an agent, {@code 0 .. agents() - 1}
   * @param index a position, {@code 0 .. degree(agent) - 1}
   * @throws IndexOutOfBoundsException if the agent or the position is out of range
   */
  public int neighbour(int agent, int index) {
    java.util.Objects.checkIndex(index, degree(agent));
    return targets[offsets[agent] + index];
  }

  /**
   * {@return the neighbours of an agent in ascending order, streamed from the network without
   * copying}
   *
   * @param agent an agent, {@code 0 .. agents() - 1}
   * @throws IndexOutOfBoundsException if the agent is out of range
   */
  public IntStream neighbours(int agent) {
    checkAgent(agent);
    return Arrays.stream(targets, offsets[agent], offsets[agent + 1]);
  }

  /**
   * Calls an action on each neighbour of an agent, in ascending order, without copying.
   *
   * @param agent an agent, {@code 0 .. agents() - 1}
   * @param action called once per neighbour
   * @throws IndexOutOfBoundsException if the agent is out of range
   */
  public void forEachNeighbour(int agent, IntConsumer action) {
    checkNotNull(action, "action");
    checkAgent(agent);
    for (int k = offsets[agent]; k < offsets[agent + 1]; k++) {
      action.accept(targets[k]);
    }
  }

  /** {@return the number of links, each counted once; {@code Σ degree / 2}} */
  public long edges() {
    return targets.length / 2;
  }

  /** The offsets, for the processes of this package, which must not write to them. */
  int[] offsets() {
    return offsets;
  }

  /** The neighbour lists, for the processes of this package, which must not write to them. */
  int[] targets() {
    return targets;
  }

  private void checkAgent(int agent) {
    if (agent < 0 || agent >= agents) {
      throw new IndexOutOfBoundsException(
          "agent must be in 0.." + (agents - 1) + ", was " + agent);
    }
  }

  /** Networks are equal when they link the same pairs of the same number of agents. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SocialNetwork other && agents == other.agents
        && Arrays.equals(offsets, other.offsets) && Arrays.equals(targets, other.targets);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(offsets) + Arrays.hashCode(targets);
  }

  /** {@return a summary such as {@code "SocialNetwork[agents=30000, edges=930000]"}} */
  @Override
  public String toString() {
    return "SocialNetwork[agents=" + agents + ", edges=" + edges() + "]";
  }
}
