package io.yishi.voting.preflib;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.voting.ranked.Profile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class PrefLibTypeTest {

  @Test
  void saysWhatEachTypeAllows() {
    assertThat(PrefLibType.SOC.extension()).isEqualTo("soc");
    assertThat(PrefLibType.SOC.allowsTies()).isFalse();
    assertThat(PrefLibType.SOC.allowsIncomplete()).isFalse();
    assertThat(PrefLibType.SOI.allowsTies()).isFalse();
    assertThat(PrefLibType.SOI.allowsIncomplete()).isTrue();
    assertThat(PrefLibType.TOC.allowsTies()).isTrue();
    assertThat(PrefLibType.TOC.allowsIncomplete()).isFalse();
    assertThat(PrefLibType.TOI.extension()).isEqualTo("toi");
    assertThat(PrefLibType.TOI.allowsTies()).isTrue();
    assertThat(PrefLibType.TOI.allowsIncomplete()).isTrue();
  }

  @Test
  void findsTheTypeOfAnExtensionOrAFileName() {
    assertThat(PrefLibType.fromExtension("soi")).contains(PrefLibType.SOI);
    assertThat(PrefLibType.fromExtension(".TOC")).contains(PrefLibType.TOC);
    assertThat(PrefLibType.fromExtension("csv")).isEmpty();
    assertThat(PrefLibType.fromFileName(Path.of("data", "00004-00000001.soc")))
        .contains(PrefLibType.SOC);
    assertThat(PrefLibType.fromFileName(Path.of("parking.toi"))).contains(PrefLibType.TOI);
    assertThat(PrefLibType.fromFileName(Path.of("soc"))).isEmpty();
    assertThat(PrefLibType.fromFileName(Path.of("/"))).isEmpty();
  }

  @Test
  void aBallotThatRanksAllButOneCandidateLeavesThatOneOut() {
    Profile p = Profile.builder(List.of("a", "b", "c")).addOrder(new int[] {0, 1}, 1).build();
    assertThat(PrefLibType.of(p)).isEqualTo(PrefLibType.SOI);
  }

  @Test
  void aCompleteBallotWhoseLastTierIsTiedHasTies() {
    Profile p = Profile.builder(List.of("a", "b", "c")).add(new int[][] {{0}, {1, 2}}, 1)
        .build();
    assertThat(PrefLibType.of(p)).isEqualTo(PrefLibType.TOC);
    assertThat(PrefLibType.TOC.holds(p)).isTrue();
    assertThat(PrefLibType.SOI.holds(p)).isFalse();
  }

  @Test
  void aTruncatedBallotWithATieHasBoth() {
    Profile p = Profile.builder(List.of("a", "b", "c", "d")).add(new int[][] {{0, 1}}, 1)
        .build();
    assertThat(PrefLibType.of(p)).isEqualTo(PrefLibType.TOI);
    assertThat(PrefLibType.SOI.holds(p)).isFalse();
    assertThat(PrefLibType.TOC.holds(p)).isFalse();
  }

  @RepeatedTest(30)
  void theStrictestTypeHoldsAProfileGeneratedForIt(RepetitionInfo repetition) {
    long seed = 500 + repetition.getCurrentRepetition();
    for (PrefLibType type : PrefLibType.values()) {
      Profile p = PrefLibGenerator.profile(type, seed, 8, 30);
      PrefLibType strictest = PrefLibType.of(p);
      assertThat(type.holds(p)).as("seed %s, %s", seed, type).isTrue();
      assertThat(strictest.holds(p)).as("seed %s, %s", seed, type).isTrue();
      for (PrefLibType other : PrefLibType.values()) {
        boolean looser = (other.allowsTies() || !strictest.allowsTies())
            && (other.allowsIncomplete() || !strictest.allowsIncomplete());
        assertThat(other.holds(p)).as("seed %s, %s holds in %s", seed, type, other)
            .isEqualTo(looser);
      }
    }
  }
}
