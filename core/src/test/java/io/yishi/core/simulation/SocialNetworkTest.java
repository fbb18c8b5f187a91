package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SocialNetworkTest {

  /** Symmetric, sorted, no self loops, no repeats: what every factory must produce. */
  static void assertWellFormed(SocialNetwork network, String seed) {
    long ends = 0;
    for (int agent = 0; agent < network.agents(); agent++) {
      int i = agent;
      int previous = -1;
      for (int k = 0; k < network.degree(i); k++) {
        int j = network.neighbour(i, k);
        assertThat(j).as("seed %s: agent %s", seed, i).isNotEqualTo(i).isGreaterThan(previous);
        assertThat(network.neighbours(j).anyMatch(x -> x == i))
            .as("seed %s: %s-%s is not symmetric", seed, i, j).isTrue();
        previous = j;
      }
      ends += network.degree(i);
    }
    assertThat(network.edges()).as("seed %s", seed).isEqualTo(ends / 2);
  }

  @Test
  void ofLinksBothEndsAndMergesLinksListedTwice() {
    SocialNetwork net = SocialNetwork.of(4, new int[][] {{1, 2}, {0}, {}, {}});

    assertThat(net.agents()).isEqualTo(4);
    assertThat(net.edges()).isEqualTo(2);
    assertThat(net.neighbours(0).toArray()).containsExactly(1, 2);
    assertThat(net.neighbours(2).toArray()).containsExactly(0);
    assertThat(net.degree(3)).isZero();
    assertThat(net).isEqualTo(SocialNetwork.of(4, new int[][] {{2}, {0}, {0}, {}}));
    assertThat(net.toString()).isEqualTo("SocialNetwork[agents=4, edges=2]");
  }

  @Test
  void withinGroupsLinksEveryoneInAGroupAndNobodyAcross() {
    SocialNetwork net = SocialNetwork.withinGroups(new int[] {7, 3, 7, 3, 7, 9});

    assertThat(net.neighbours(0).toArray()).containsExactly(2, 4);
    assertThat(net.neighbours(3).toArray()).containsExactly(1);
    assertThat(net.degree(5)).isZero();
    assertThat(net.edges()).isEqualTo(3 + 1);
    assertWellFormed(net, "fixed");
  }

  @Test
  void forEachNeighbourVisitsTheNeighboursInOrder() {
    SocialNetwork net = SocialNetwork.withinGroups(new int[] {0, 0, 0, 0});
    StringBuilder seen = new StringBuilder();

    net.forEachNeighbour(2, j -> seen.append(j));

    assertThat(seen.toString()).isEqualTo("013");
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void randomLinksDrawsExactlyHalfOfAgentsTimesLinksDistinctPairs(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(300);
    int k = random.nextInt(Math.min(n, 40));

    SocialNetwork net = SocialNetwork.randomLinks(n, k, new SplittableRandom(seed));

    assertWellFormed(net, String.valueOf(seed));
    assertThat(net.edges()).as("seed %s", seed).isEqualTo((long) n * k / 2);
    assertThat(SocialNetwork.randomLinks(n, k, new SplittableRandom(seed))).isEqualTo(net);
  }

  @Test
  void randomLinksCanDrawTheCompleteNetwork() {
    SocialNetwork net = SocialNetwork.randomLinks(9, 8, new SplittableRandom(1));

    assertThat(net).isEqualTo(Networks.complete(9));
  }

  @Test
  void randomLinksSpreadLinksOverAllPairs() {
    // 200 agents with 4 links each draw 400 of 19,900 pairs; over 50 networks each pair is
    // drawn about once, so nearly every pair (1 - e^-1 ≈ 63 % of them) must have been seen.
    Set<Long> seen = new HashSet<>();
    for (int s = 0; s < 50; s++) {
      SocialNetwork net = SocialNetwork.randomLinks(200, 4, new SplittableRandom(s));
      for (int i = 0; i < 200; i++) {
        int a = i;
        net.forEachNeighbour(i, j -> seen.add((long) Math.min(a, j) * 200 + Math.max(a, j)));
      }
    }
    assertThat(seen.size() / 19_900.0).isBetween(0.60, 0.66);
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void unionLinksWhatAnyNetworkLinks(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(100);
    int[] groups = random.ints(n, 0, 1 + random.nextInt(10)).toArray();
    SocialNetwork a = SocialNetwork.withinGroups(groups);
    SocialNetwork b = SocialNetwork.randomLinks(n, random.nextInt(n), random);

    SocialNetwork union = SocialNetwork.union(a, b);

    assertWellFormed(union, String.valueOf(seed));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int x = j;
        boolean linked = a.neighbours(i).anyMatch(v -> v == x)
            || b.neighbours(i).anyMatch(v -> v == x);
        assertThat(union.neighbours(i).anyMatch(v -> v == x)).as("seed %s", seed)
            .isEqualTo(linked);
      }
    }
    assertThat(SocialNetwork.union(a)).isSameAs(a);
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of((ThrowingCallable) () -> SocialNetwork.withinGroups(new int[] {0, -2}),
            "groupOf[1] must be a group number >= 0, was -2"),
        Arguments.of((ThrowingCallable) () -> SocialNetwork.withinGroups(new int[50_000]),
            "would make 2499950000 link ends"),
        Arguments.of((ThrowingCallable) () ->
            SocialNetwork.randomLinks(-1, 0, new SplittableRandom(1)),
            "agents must be >= 0, was -1"),
        Arguments.of((ThrowingCallable) () ->
            SocialNetwork.randomLinks(5, 5, new SplittableRandom(1)),
            "linksPerAgent must be in 0..4 for 5 agents, was 5"),
        Arguments.of((ThrowingCallable) () ->
            SocialNetwork.randomLinks(5, -1, new SplittableRandom(1)), "was -1"),
        Arguments.of((ThrowingCallable) () -> SocialNetwork.of(2, new int[][] {{1}}),
            "neighbours must hold one list per agent (2), was 1 lists"),
        Arguments.of((ThrowingCallable) () -> SocialNetwork.of(2, new int[][] {{1}, {2}}),
            "neighbours[1][0] must be an agent 0..1, was 2"),
        Arguments.of((ThrowingCallable) () -> SocialNetwork.of(2, new int[][] {{0}, {}}),
            "neighbours[0][0] is agent 0 itself"),
        Arguments.of((ThrowingCallable) () -> SocialNetwork.union(),
            "networks must hold at least one network"),
        Arguments.of((ThrowingCallable) () -> SocialNetwork.union(Networks.complete(2),
            Networks.complete(3)), "networks[1] has 3 agents, but networks[0] has 2"));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void refusesBadInputNamingTheArgumentAndValue(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesAnAgentOutOfRange() {
    SocialNetwork net = Networks.complete(3);

    assertThatThrownBy(() -> net.degree(3)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("agent must be in 0..2, was 3");
    assertThatThrownBy(() -> net.neighbour(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
