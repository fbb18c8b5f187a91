package io.yishi.voting.ranked;

import io.yishi.core.spi.Parameters;

/**
 * Id {@code schwartz}: the Schwartz set, the union of the smallest sets of candidates that no
 * outsider beats head to head, as tied winners. It lies within the Smith set.
 */
public final class SchwartzSetMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public SchwartzSetMethod() {}

  @Override
  public String id() {
    return "schwartz";
  }

  @Override
  public String description() {
    return "the Schwartz set: the union of the smallest sets no outsider beats";
  }

  @Override
  void count(Count count, Parameters parameters) {
    count.showPairwise();
    var set = Dominance.schwartz(count.profile);
    count.line("Schwartz set: {" + count.names(set) + "}");
    count.winners(set);
  }
}
