package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RankingTallyTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void codesNumberThePermutationsInLexicographicOrderOneToOne(int m) {
    RankingTally tally = new RankingTally(m);
    List<int[]> permutations = new ArrayList<>();
    permute(new int[m], new boolean[m], 0, permutations);

    assertThat(tally.rankings()).isEqualTo(permutations.size());
    for (int code = 0; code < permutations.size(); code++) {
      int[] p = permutations.get(code);
      assertThat(tally.code(p)).isEqualTo(code);
      for (int place = 0; place < m; place++) {
        assertThat(tally.optionAt(code, place)).isEqualTo(p[place]);
      }
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void marginsFirstPlacesAndTheCondorcetWinnerAgreeWithACountVoterByVoter(long seed) {
    Random random = new Random(seed);
    int m = 2 + random.nextInt(4);
    RankingTally tally = new RankingTally(m);
    List<int[]> voters = new ArrayList<>();
    for (int v = 0, n = 1 + random.nextInt(40); v < n; v++) {
      int[] r = IntStream.range(0, m).toArray();
      for (int i = m - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = r[i];
        r[i] = r[j];
        r[j] = t;
      }
      voters.add(r.clone());
      tally.accept(r, null, 1);
    }

    long[][] margins = new long[m][m];
    long[] first = new long[m];
    for (int[] r : voters) {
      first[r[0]]++;
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          margins[r[i]][r[j]]++;
          margins[r[j]][r[i]]--;
        }
      }
    }
    int winner = -1;
    for (int a = 0; a < m; a++) {
      final int x = a;
      if (IntStream.range(0, m).allMatch(b -> b == x || margins[x][b] > 0)) {
        winner = a;
      }
    }
    assertThat(tally.voters()).isEqualTo(voters.size());
    assertThat(tally.margins()).isDeepEqualTo(margins);
    assertThat(tally.firstPlaces()).containsExactly(first);
    assertThat(tally.condorcetWinner()).isEqualTo(winner);
    assertThat(tally.entries().stream().mapToLong(RankingTally.Entry::count).sum())
        .isEqualTo(voters.size());
  }

  @Test
  void sumsUtilitiesWeightedByCountAndClearsForTheNextRun() {
    RankingTally tally = new RankingTally(3);
    tally.accept(new int[] {2, 0, 1}, new double[] {0.5, 0.0, 1.0}, 3);
    tally.accept(new int[] {0, 1, 2}, new double[] {1.0, 0.25, 0.0}, 1);

    assertThat(tally.hasUtilities()).isTrue();
    assertThat(tally.utility(0)).isEqualTo(2.5);
    assertThat(tally.utility(1)).isEqualTo(0.25);
    assertThat(tally.utility(2)).isEqualTo(3.0);
    tally.accept(new int[] {0, 1, 2}, null, 1);
    assertThat(tally.hasUtilities()).isFalse();
    assertThatThrownBy(() -> tally.utility(0)).isInstanceOf(IllegalStateException.class);
    tally.clear();
    assertThat(tally.voters()).isZero();
    assertThat(tally.entries()).isEmpty();
  }

  @Test
  void refusesWhatIsNotAStrictRankingOfItsOptions() {
    RankingTally tally = new RankingTally(3);
    assertThatThrownBy(() -> tally.accept(new int[] {0, 0, 1}, null, 1))
        .hasMessageContaining("ranking: must be a permutation of 0..2, was [0, 0, 1]");
    assertThatThrownBy(() -> tally.accept(new int[] {0, 1}, null, 1))
        .hasMessageContaining("ranking: must hold 3 options, was 2");
    assertThatThrownBy(() -> tally.accept(new int[] {0, 1, 2}, null, 0))
        .hasMessageContaining("count: must be at least 1, was 0");
    assertThatThrownBy(() -> tally.accept(new int[] {0, 1, 2}, new double[2], 1))
        .hasMessageContaining("utilities: must hold 3 values, was 2");
    assertThatThrownBy(() -> new RankingTally(9))
        .hasMessageContaining("options: must be from 2 to 8, was 9");
    assertThat(tally.voters()).isZero();
  }

  private static void permute(int[] p, boolean[] used, int i, List<int[]> out) {
    if (i == p.length) {
      out.add(p.clone());
      return;
    }
    for (int o = 0; o < p.length; o++) {
      if (!used[o]) {
        used[o] = true;
        p[i] = o;
        permute(p, used, i + 1, out);
        used[o] = false;
      }
    }
  }

  @Test
  void computesADerivedValueOnceUntilTheTallyChanges() {
    RankingTally tally = new RankingTally(3);
    tally.accept(new int[] {0, 1, 2}, null, 2);
    int[] computed = new int[1];
    java.util.function.Function<RankingTally, Long> voters = t -> {
      computed[0]++;
      return t.voters();
    };

    assertThat(tally.derived(Long.class, voters)).isEqualTo(2L);
    assertThat(tally.derived(Long.class, voters)).isEqualTo(2L);
    assertThat(computed[0]).isEqualTo(1);
    tally.accept(new int[] {2, 1, 0}, null, 1);
    assertThat(tally.derived(Long.class, voters)).isEqualTo(3L);
    tally.clear();
    assertThat(tally.derived(Long.class, voters)).isZero();
    assertThat(computed[0]).isEqualTo(3);
  }
}
