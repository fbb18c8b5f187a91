package io.yishi.core.method;

import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import java.util.List;

/**
 * The plain method: a discussion phase, in which residents put forward ideas, table and revise
 * proposals and comment, then a voting phase, in which members cast ballots and the decision is
 * taken with the consultation's rule. Id {@code discuss-and-decide}; no parameters.
 */
public final class DiscussAndDecideMethod implements DeliberationMethod {

  private static final List<Phase> PHASES = List.of(
      Phase.of("discussion", "ideas, proposals, revisions and comments",
          "submit-idea", "table-proposal", "revise-proposal", "post-comment"),
      Phase.of("voting", "members cast ballots; the ballots are then counted",
          "cast-ballot", "post-comment", "decide"));

  /** Creates the method; it holds no state. */
  public DiscussAndDecideMethod() {}

  @Override
  public String id() {
    return "discuss-and-decide";
  }

  @Override
  public String description() {
    return "discuss (ideas, proposals, revisions, comments), then vote with the chosen rule";
  }

  /** {@return the phases {@code discussion} and {@code voting}} */
  @Override
  public List<Phase> phases(Parameters parameters) {
    return PHASES;
  }
}
