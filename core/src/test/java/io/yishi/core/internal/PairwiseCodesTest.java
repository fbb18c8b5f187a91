package io.yishi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.simulation.Rankings;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PairwiseCodesTest {

  @Test
  void everyStrictRankingHasItsCodeAndEveryOtherKeyNone() {
    for (int m = 2; m <= PairwiseCodes.MAX_OPTIONS; m++) {
      short[] table = PairwiseCodes.table(m);
      assertThat(table).hasSize(1 << (m * (m - 1) / 2));
      long valid = 0;
      boolean[] seen = new boolean[(int) Rankings.count(m)];
      for (short code : table) {
        if (code >= 0) {
          valid++;
          assertThat(seen[code]).as("code %s twice for %s options", code, m).isFalse();
          seen[code] = true;
        } else {
          assertThat(code).isEqualTo((short) -1);
        }
      }
      assertThat(valid).isEqualTo(Rankings.count(m));
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 30);
  }

  /** Values from a few levels, so that ties are common: they go to the lower index. */
  @ParameterizedTest
  @MethodSource("seeds")
  void comparisonsGiveTheCodeOfTheStableSortBestFirst(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 200; trial++) {
      int m = 2 + random.nextInt(PairwiseCodes.MAX_OPTIONS - 1);
      double[] value = new double[m];
      int levels = 1 + random.nextInt(2 * m);
      for (int o = 0; o < m; o++) {
        value[o] = random.nextInt(levels) - levels / 2.0;
      }
      int key = 0;
      int bit = 0;
      for (int a = 0; a < m; a++) {
        for (int b = a + 1; b < m; b++, bit++) {
          key |= value[a] < value[b] ? 1 << bit : 0;
        }
      }
      int[] sorted = new int[m];
      for (int o = 0; o < m; o++) {
        int j = o;
        while (j > 0 && value[sorted[j - 1]] < value[o]) {
          sorted[j] = sorted[j - 1];
          j--;
        }
        sorted[j] = o;
      }
      assertThat((long) PairwiseCodes.table(m)[key])
          .as("seed %s, values %s", seed, java.util.Arrays.toString(value))
          .isEqualTo(Rankings.code(sorted));
    }
  }

  @Test
  void refusesOptionsWithoutATable() {
    assertThatThrownBy(() -> PairwiseCodes.table(7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 7");
    assertThatThrownBy(() -> PairwiseCodes.table(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1");
  }
}
