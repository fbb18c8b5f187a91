package io.yishi.core.tie;

import io.yishi.core.spi.Tie;
import io.yishi.core.spi.TieBreaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Settles a tie by lot, drawn from the tie's seed: the same seed and the same tied set always
 * draw the same winner, whatever order the tied alternatives are given in, so that a draw can be
 * repeated before witnesses and audited later. Id {@code lot}.
 *
 * <p>Every tied alternative is equally likely over seeds: the alternatives are sorted, then one
 * is drawn uniformly with {@link SplittableRandom} seeded by the tie's seed.
 */
public final class LotTieBreaker implements TieBreaker {

  /** Creates the tie-breaker; it holds no state. */
  public LotTieBreaker() {}

  @Override
  public String id() {
    return "lot";
  }

  @Override
  public String description() {
    return "draws the winner of a tie by lot from the consultation's seed";
  }

  @Override
  public String choose(Tie tie) {
    List<String> sorted = new ArrayList<>(tie.tied());
    Collections.sort(sorted);
    return sorted.get(new SplittableRandom(tie.seed()).nextInt(sorted.size()));
  }
}
