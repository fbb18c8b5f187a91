package io.yishi.core.spi;

import io.yishi.core.annotation.Experimental;

/**
 * An algorithm that selects a panel by lot with quotas: it turns a pool of volunteers, their
 * features, the quotas and the panel size into a distribution over the panels that meet the
 * quotas, from which a lottery draws one. Implement this to add a selection algorithm.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: name the class in {@code
 * META-INF/services/io.yishi.core.spi.SortitionAlgorithm}. They need a public no-argument
 * constructor, hold no mutable state (they are called from many threads at once), and return
 * equal results for equal problems, parameters and seeds.
 *
 * <p>The built-in algorithms ({@code legacy}, {@code maximin}, {@code leximin}, {@code nash})
 * live in the voting module, with their problem and result types; a caller holding one found by
 * id reads the problem as {@link #problemType()}, or asks the voting module's {@code
 * Sortition.algorithm} for a typed one.
 *
 * @param <P> the type of problem the algorithm takes, a JSON value
 * @param <D> the type of distribution it returns, a JSON value that explains itself
 */
@Experimental
public interface SortitionAlgorithm<P, D> extends Plugin {

  /** {@return the type of problem {@link #select} takes; a JSON value} */
  Class<P> problemType();

  /** {@return the type of distribution {@link #select} returns; a JSON value} */
  Class<D> resultType();

  /**
   * Computes the distribution over quota-compliant panels for one problem.
   *
   * @param problem the pool, quotas and panel size
   * @param parameters the algorithm's parameters, each one of {@link #parameters()}; empty for
   *     the defaults
   * @param seed the seed of any randomness the algorithm uses (the legacy greedy draw);
   *     deterministic algorithms ignore it
   * @return the distribution, with every volunteer's selection probability
   * @throws InvalidParameterException naming the parameter if one is unknown or out of range
   * @throws io.yishi.core.YishiException of the algorithm's own kind if the quotas cannot be met
   *     or the problem is refused; each algorithm documents which
   */
  D select(P problem, Parameters parameters, long seed);
}
