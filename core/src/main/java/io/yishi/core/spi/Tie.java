package io.yishi.core.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Alternatives that a rule could not separate, handed to a {@link TieBreaker}.
 *
 * @param tied the tied alternatives, at least two, no repeats; their order carries no meaning
 * @param seed the seed for a lot; the same seed and the same tied set give the same result
 */
public record Tie(List<String> tied, long seed) {

  /**
   * Checks and copies.
   *
   * @param tied the tied alternatives, at least two, no repeats; their order carries no meaning
   * @param seed the seed for a lot; the same seed and the same tied set give the same result
   * @throws IllegalArgumentException if fewer than two alternatives or a repeat is given
   */
  public Tie {
    tied = List.copyOf(tied);
    checkArgument(tied.size() >= 2, "tie: needs at least two alternatives, was %s", tied);
    checkArgument(tied.stream().distinct().count() == tied.size(),
        "tie: alternatives must be distinct, was %s", tied);
  }
}
