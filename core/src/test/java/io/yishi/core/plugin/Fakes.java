package io.yishi.core.plugin;

import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Tie;
import io.yishi.core.spi.TieBreaker;
import io.yishi.core.fixtures.YesNoBallot;

/** Plugins that exist to be refused. */
final class Fakes {

  private Fakes() {}

  /** A second rule claiming the id of the test rule. */
  public static final class SameIdRule implements DecisionRule {
    @Override
    public String id() {
      return "yes-no-test";
    }

    @Override
    public String description() {
      return "claims a taken id";
    }

    @Override
    public Class<YesNoBallot> ballotType() {
      return YesNoBallot.class;
    }

    @Override
    public Decision decide(DecisionRequest request) {
      throw new IllegalStateException("never called");
    }
  }

  /** A tie-breaker whose constructor fails. */
  public static final class BrokenTieBreaker implements TieBreaker {
    public BrokenTieBreaker() {
      throw new IllegalStateException("no database connection");
    }

    @Override
    public String id() {
      return "broken";
    }

    @Override
    public String description() {
      return "cannot be built";
    }

    @Override
    public String choose(Tie tie) {
      return tie.tied().get(0);
    }
  }

  /** A tie-breaker with an id that breaks the pattern. */
  public static final class BadIdTieBreaker implements TieBreaker {
    @Override
    public String id() {
      return "Bad.Id";
    }

    @Override
    public String description() {
      return "bad id";
    }

    @Override
    public String choose(Tie tie) {
      return tie.tied().get(0);
    }
  }
}
