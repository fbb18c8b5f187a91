package io.yishi.voting.ranked;

import io.yishi.core.spi.Parameters;
import java.util.List;

/**
 * Id {@code condorcet}: the candidate who beats every other head to head wins; if there is no
 * such candidate, nothing is decided, and the explanation names the Smith set.
 */
public final class CondorcetMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public CondorcetMethod() {}

  @Override
  public String id() {
    return "condorcet";
  }

  @Override
  public String description() {
    return "the candidate who beats every other head to head; otherwise no decision";
  }

  @Override
  void count(Count count, Parameters parameters) {
    count.showPairwise();
    int winner = Dominance.condorcetWinner(count.profile);
    if (winner < 0) {
      count.line("No candidate beats every other; the Smith set is {"
          + count.names(Dominance.smith(count.profile)) + "}");
      count.winners(List.of());
    } else {
      count.line(count.name(winner) + " beats every other candidate head to head");
      count.winners(List.of(winner));
    }
  }
}
