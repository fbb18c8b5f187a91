package io.yishi.voting.cardinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Score profiles count equal vectors together, derive totals and histograms, refuse bad input. */
class ScoreProfileTest {

  static final List<String> ABC = List.of("a", "b", "c");

  @Test
  void equalVectorsAreCountedTogetherAndTotalsAndHistogramsDerived() {
    ScoreProfile p = ScoreProfile.builder(ABC, -2, 2).add(new int[] {2, 0, -2}, 3)
        .add(new int[] {-1, 0, 1}, 1).add(new int[] {2, 0, -2}, 2).build();
    assertThat(p.voters()).isEqualTo(6);
    assertThat(p.distinctBallots()).isEqualTo(2);
    assertThat(p.count(0)).isEqualTo(5);
    assertThat(p.scores(1)).containsExactly(-1, 0, 1);
    assertThat(p.score(0, 2)).isEqualTo(-2);
    assertThat(p.totals()).containsExactly(9, 0, -9);
    assertThat(p.histogram(0)).containsExactly(0, 1, 0, 0, 5);
    assertThat(p.countAt(0, 2)).isEqualTo(5);
    assertThat(p.countAt(0, 3)).isZero();
    assertThat(p.prefer(0, 2)).isEqualTo(5);
    assertThat(p.prefer(2, 0)).isEqualTo(1);
    assertThat(p.largestBallotSum()).isEqualTo(0);
    assertThat(p.toString()).contains("scale [-2, 2]").contains("6 voters");
  }

  @Test
  void anEmptyProfileHasNoVotersAndZeroTotals() {
    ScoreProfile p = ScoreProfile.builder(ABC, 0, 5).build();
    assertThat(p.voters()).isZero();
    assertThat(p.totals()).containsExactly(0, 0, 0);
    assertThat(p.largestBallotSum()).isZero();
  }

  @Test
  void aScoreOutsideTheScaleNamesTheCandidateTheValueAndTheScale() {
    ScoreProfile.Builder b = ScoreProfile.builder(ABC, 0, 5).add(new int[] {1, 2, 3}, 1);
    assertThatThrownBy(() -> b.add(new int[] {1, 7, 3}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores: candidate 'b' has 7, outside the scale [0, 5]");
    assertThatThrownBy(() -> b.add(new int[] {1, 2}, 1))
        .hasMessageContaining("one score for each of the 3 candidates");
    assertThatThrownBy(() -> b.add(new int[] {1, 2, 3}, 0)).hasMessageContaining("count");
    assertThat(b.build().voters()).isEqualTo(1);
  }

  @Test
  void badScalesAndCandidatesAreRefused() {
    assertThatThrownBy(() -> ScoreProfile.builder(ABC, 5, 5)).hasMessageContaining("scale");
    assertThatThrownBy(() -> ScoreProfile.builder(ABC, 0, 1001))
        .hasMessageContaining("max - min <= 1000");
    assertThatThrownBy(() -> ScoreProfile.builder(List.of("a", "a"), 0, 5))
        .hasMessageContaining("'a' appears twice");
    assertThatThrownBy(() -> ScoreProfile.builder(List.of(), 0, 5))
        .hasMessageContaining("candidates");
  }

  @Test
  void profilesMergeOnlyOverTheSameCandidatesAndScale() {
    ScoreProfile p = ScoreProfile.builder(ABC, 0, 5).add(new int[] {1, 2, 3}, 1).build();
    assertThatThrownBy(() -> ScoreProfile.builder(ABC, 0, 10).addAll(p))
        .hasMessageContaining("scale must be [0, 10], was [0, 5]");
    assertThatThrownBy(() -> ScoreProfile.builder(List.of("a", "b"), 0, 5).addAll(p))
        .hasMessageContaining("candidates must be [a, b]");
    ScoreProfile twice = ScoreProfile.builder(ABC, 0, 5).addAll(p).addAll(p).build();
    assertThat(twice.count(0)).isEqualTo(2);
    assertThat(twice.sameBallots(p)).isFalse();
  }

  @Test
  void manyDistinctVectorsGrowTheTable() {
    ScoreProfile.Builder b = ScoreProfile.builder(ABC, 0, 9);
    for (int i = 0; i < 1000; i++) {
      b.add(new int[] {i % 10, (i / 10) % 10, i / 100}, 1);
    }
    for (int i = 0; i < 1000; i++) {
      b.add(new int[] {i % 10, (i / 10) % 10, i / 100}, 2);
    }
    ScoreProfile p = b.build();
    assertThat(p.distinctBallots()).isEqualTo(1000);
    assertThat(p.voters()).isEqualTo(3000);
    assertThat(p.total(0)).isEqualTo(3 * 100 * 45);
  }
}
