package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankingsTest {

  @Test
  void codesFollowLexicographicOrder() {
    int[] r = new int[3];
    assertThat(Rankings.decode(0, r)).containsExactly(0, 1, 2);
    assertThat(Rankings.decode(1, r)).containsExactly(0, 2, 1);
    assertThat(Rankings.decode(3, r)).containsExactly(1, 2, 0);
    assertThat(Rankings.decode(5, r)).containsExactly(2, 1, 0);
    assertThat(Rankings.code(new int[] {2, 0, 1})).isEqualTo(4);
  }

  @Test
  void decodeInvertsCodeForEveryRankingOfSixOptions() {
    int[] r = new int[6];
    for (long code = 0; code < 720; code++) {
      assertThat(Rankings.code(Rankings.decode(code, r))).isEqualTo(code);
    }
  }

  @Test
  void codesRoundTripForTwentyOptions() {
    SplittableRandom random = new SplittableRandom(1);
    int[] r = new int[20];
    for (int i = 0; i < 1000; i++) {
      long code = random.nextLong(Rankings.count(20));
      assertThat(Rankings.code(Rankings.decode(code, r))).isEqualTo(code);
    }
  }

  @Test
  void refusesWhatHasNoCode() {
    assertThatThrownBy(() -> Rankings.decode(6, new int[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code 6");
    assertThatThrownBy(() -> Rankings.code(new int[21]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Rankings.count(5)).isEqualTo(120);
  }
}
