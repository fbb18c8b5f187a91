package io.yishi.core.spi;

/**
 * Settles a tie between alternatives. Implement this to add a tie-breaking procedure.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: name the class in {@code
 * META-INF/services/io.yishi.core.spi.TieBreaker}. They need a public no-argument constructor,
 * hold no mutable state, and give the same answer for equal ties (randomness comes only from
 * {@link Tie#seed()}).
 */
public interface TieBreaker extends Plugin {

  /**
   * Chooses the alternative that wins the tie.
   *
   * @param tie the tied alternatives and the seed
   * @return one of {@link Tie#tied()}
   */
  String choose(Tie tie);
}
