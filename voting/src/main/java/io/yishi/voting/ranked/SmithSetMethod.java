package io.yishi.voting.ranked;

import io.yishi.core.spi.Parameters;

/**
 * Id {@code smith}: the Smith set, the smallest set of candidates who each beat every candidate
 * outside it, as tied winners (a single winner when there is a Condorcet winner).
 */
public final class SmithSetMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public SmithSetMethod() {}

  @Override
  public String id() {
    return "smith";
  }

  @Override
  public String description() {
    return "the Smith set: the smallest set whose members all beat everyone outside it";
  }

  @Override
  void count(Count count, Parameters parameters) {
    count.showPairwise();
    var set = Dominance.smith(count.profile);
    count.line("Smith set: {" + count.names(set) + "}");
    count.winners(set);
  }
}
