package io.yishi.core.tie;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.spi.Tie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LotTieBreakerTest {

  final LotTieBreaker lot = new LotTieBreaker();

  @Test
  void sameSeedAndSetDrawTheSameWinnerWhateverTheOrder() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(lot.choose(new Tie(List.of("a", "b", "c"), seed)))
          .as("seed %d", seed)
          .isEqualTo(lot.choose(new Tie(List.of("c", "a", "b"), seed)));
    }
  }

  @Test
  void everyTiedAlternativeCanWinOverSeeds() {
    Map<String, Integer> wins = new HashMap<>();
    for (long seed = 0; seed < 3000; seed++) {
      wins.merge(lot.choose(new Tie(List.of("a", "b", "c"), seed)), 1, Integer::sum);
    }
    assertThat(wins).containsOnlyKeys("a", "b", "c");
    assertThat(wins.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
  }
}
