package io.yishi.voting.ranked;

import java.util.function.BinaryOperator;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Splits work over distinct ballots into chunks that run on the common fork-join pool when
 * there are enough ballots to pay for it; the partial results are merged in chunk order, so the
 * result does not depend on scheduling.
 */
final class Chunks {

  /** Below this many items a count runs in the calling thread. */
  static final int PARALLEL = 1 << 16;

  private Chunks() {}

  /** Work on the items {@code [from, to)} giving a partial result. */
  interface Part<R> {
    R run(int from, int to);
  }

  /** {@return how many chunks {@link #run} splits n items into: 1 below {@link #PARALLEL}} */
  static int chunks(int n) {
    return n < PARALLEL ? 1 : Math.max(2, Runtime.getRuntime().availableProcessors() * 4);
  }

  static <R> R run(int n, Part<R> part, BinaryOperator<R> merge) {
    int chunks = chunks(n);
    int size = (n + chunks - 1) / chunks;
    return each(chunks, k -> part.run(Math.min(n, k * size), Math.min(n, (k + 1) * size)),
        merge);
  }

  /**
   * Runs {@code part} for each chunk index in {@code [0, chunks)}, in parallel when there are
   * several, and merges the results in index order.
   */
  static <R> R each(int chunks, IntFunction<R> part, BinaryOperator<R> merge) {
    if (chunks == 1) {
      return part.apply(0);
    }
    return IntStream.range(0, chunks).parallel().mapToObj(part).reduce(merge).orElseThrow();
  }
}
