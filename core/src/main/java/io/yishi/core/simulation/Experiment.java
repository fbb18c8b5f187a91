package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an experiment runs: a preference model with its parameters, how many voters and options,
 * the turnout, the rules to compare, how many runs and the seed. Every run is reproducible from
 * the seed and its index alone.
 *
 * @param model the preference model's id, e.g. {@code "spatial"}
 * @param modelParameters the model's parameters
 * @param voters the voters per run, 1 to 100,000,000
 * @param candidates the options per run, 2 to {@value RankingTally#MAX_OPTIONS}
 * @param turnout each voter's chance of voting, in [0, 1]
 * @param rules the rules to compare, at least one, ids distinct
 * @param runs how many runs, 1 to 100,000,000
 * @param seed the seed
 */
@Experimental
public record Experiment(String model, Parameters modelParameters, int voters, int candidates,
    double turnout, List<Rule> rules, int runs, long seed) {

  /**
   * A rule to run, by id, with its parameters.
   *
   * @param id the rule's id, e.g. {@code "irv"}
   * @param parameters its parameters
   */
  public record Rule(String id, Parameters parameters) {
    /**
     * Refuses nulls.
     *
     * @param id the rule's id
     * @param parameters its parameters
     */
    public Rule {
      checkNotNull(id, "id");
      checkNotNull(parameters, "parameters");
    }

    /**
     * {@return a rule with no parameters}
     *
     * @param id the rule's id
     */
    public static Rule of(String id) {
      return new Rule(id, Parameters.empty());
    }
  }

  /**
   * Checks every part, so that a bad experiment fails before any run.
   *
   * @param model the preference model's id
   * @param modelParameters the model's parameters
   * @param voters the voters per run, 1 to 100,000,000
   * @param candidates the options per run, 2 to 8
   * @param turnout each voter's chance of voting, in [0, 1]
   * @param rules the rules, at least one, ids distinct
   * @param runs how many runs, 1 to 100,000,000
   * @param seed the seed
   * @throws InvalidParameterException naming the part that is out of range
   */
  public Experiment {
    checkNotNull(model, "model");
    checkNotNull(modelParameters, "modelParameters");
    rules = List.copyOf(rules);
    if (voters < 1 || voters > 100_000_000) {
      throw new InvalidParameterException("voters", voters, "must be from 1 to 100,000,000");
    }
    if (candidates < 2 || candidates > RankingTally.MAX_OPTIONS) {
      throw new InvalidParameterException("candidates", candidates, "must be from 2 to "
          + RankingTally.MAX_OPTIONS);
    }
    if (!(turnout >= 0 && turnout <= 1)) {
      throw new InvalidParameterException("turnout", turnout, "must be in [0, 1]");
    }
    if (rules.isEmpty()) {
      throw new InvalidParameterException("rules", rules, "must name at least one rule");
    }
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new InvalidParameterException("rules", r.id(), "must not name a rule twice");
      }
    }
    if (runs < 1 || runs > 100_000_000) {
      throw new InvalidParameterException("runs", runs, "must be from 1 to 100,000,000");
    }
  }
}
