package io.yishi.voting.ranked;

import java.util.function.BinaryOperator;
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

  static <R> R run(int n, Part<R> part, BinaryOperator<R> merge) {
    if (n < PARALLEL) {
      return part.run(0, n);
    }
    int chunks = Math.max(2, Runtime.getRuntime().availableProcessors() * 4);
    int size = (n + chunks - 1) / chunks;
    return IntStream.range(0, chunks).parallel()
        .mapToObj(k -> part.run(Math.min(n, k * size), Math.min(n, (k + 1) * size)))
        .reduce(merge).orElseThrow();
  }
}
