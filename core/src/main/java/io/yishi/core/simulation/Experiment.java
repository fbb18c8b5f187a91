package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What an experiment runs: a preference model with its parameters, how many voters and options,
 * the turnout, the rules to compare, how many runs and the seed; and, for a motion put to a
 * community, the population, the turnout of its groups, the group whose satisfaction to measure,
 * and a deliberation among neighbours before the vote. Every run is reproducible from the seed
 * and its index alone.
 *
 * <p>With a population, the voters are the population's, each with an opinion on one motion
 * from the preference model (which must then be an {@link OpinionSampler}, such as {@code
 * support}), and there are two options: adopting the motion (0) and keeping things as they are
 * (1). Without one, voters are anonymous and only drawn as many as turn out.
 *
 * @param model the preference model's id, e.g. {@code "spatial"}
 * @param modelParameters the model's parameters
 * @param voters the voters per run, 1 to 100,000,000; 0 with a population, whose size it is
 * @param candidates the options per run, 2 to {@value RankingTally#MAX_OPTIONS}; 2 with a
 *     population
 * @param turnout each voter's chance of voting, in [0, 1]; with a population, of each voter in
 *     none of the groups of {@code groupTurnout}
 * @param rules the rules to compare, at least one, ids distinct
 * @param runs how many runs, 1 to 100,000,000
 * @param seed the seed
 * @param population the population model and its parameters, or null for anonymous voters
 * @param groupTurnout the chance of voting of each listed group's members, each in [0, 1]; a
 *     voter in several listed groups takes their mean; empty without a population; kept in
 *     the order of the groups' names
 * @param minorityGroup the group whose satisfaction with each rule's outcome to measure, or
 *     null; needs a population
 * @param deliberation the deliberation among neighbours before each vote, or null; needs a
 *     population
 */
@Experimental
public record Experiment(String model, Parameters modelParameters, int voters, int candidates,
    double turnout, List<Rule> rules, int runs, long seed, @Nullable PopulationSpec population,
    Map<String, Double> groupTurnout, @Nullable String minorityGroup,
    @Nullable Deliberation deliberation) {

  /**
   * The population model to draw the voters from, once per experiment.
   *
   * @param model the population model's id, e.g. {@code "lixiong"}
   * @param parameters its parameters
   */
  public record PopulationSpec(String model, Parameters parameters) {
    /**
     * Refuses nulls.
     *
     * @param model the model's id
     * @param parameters its parameters; null reads as none
     */
    public PopulationSpec {
      checkNotNull(model, "population.model");
      parameters = parameters == null ? Parameters.empty() : parameters;
    }
  }

  /**
   * A deliberation before each vote: the voters' opinions move under an opinion-dynamics model
   * on a network of acquaintances drawn once per experiment.
   *
   * @param dynamics the opinion-dynamics model's id, e.g. {@code "degroot"}
   * @param parameters its parameters, e.g. {@code rounds}
   * @param network who talks to whom; null for the default: households and buildings linked
   *     within, plus two random acquaintances each (fewer in a population of three or less)
   */
  public record Deliberation(String dynamics, Parameters parameters,
      @Nullable Network network) {
    /**
     * Refuses a missing model.
     *
     * @param dynamics the model's id
     * @param parameters its parameters; null reads as none
     * @param network who talks to whom; null for the default
     */
    public Deliberation {
      checkNotNull(dynamics, "deliberation.dynamics");
      parameters = parameters == null ? Parameters.empty() : parameters;
    }

    /**
     * {@return the network to build for a population of this size}: the one given, or the
     * default
     *
     * @param size the population's size, at least 1
     */
    public Network networkFor(int size) {
      return network != null ? network : new Network(true, true, false, Math.min(2, size - 1));
    }
  }

  /**
   * The network deliberation runs on: each part links everyone to everyone else within it.
   *
   * @param households link the members of a household
   * @param buildings link the voters of a building
   * @param estates link the voters of an estate (costly for large estates)
   * @param randomLinks the mean number of random acquaintances each, 0 or more
   */
  public record Network(boolean households, boolean buildings, boolean estates,
      int randomLinks) {
    /**
     * Refuses a negative number of links.
     *
     * @param households link households
     * @param buildings link buildings
     * @param estates link estates
     * @param randomLinks random acquaintances each, 0 or more
     * @throws InvalidParameterException naming {@code deliberation.network.randomLinks}
     */
    public Network {
      if (randomLinks < 0) {
        throw new InvalidParameterException("deliberation.network.randomLinks", randomLinks,
            "must be 0 or more");
      }
    }
  }

  /**
   * An experiment on anonymous voters.
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
  public Experiment(String model, Parameters modelParameters, int voters, int candidates,
      double turnout, List<Rule> rules, int runs, long seed) {
    this(model, modelParameters, voters, candidates, turnout, rules, runs, seed, null, Map.of(),
        null, null);
  }

  /**
   * {@return this experiment put to a population}, with two options and its voters
   *
   * @param spec the population model and its parameters
   * @param turnoutByGroup the chance of voting of each listed group's members
   * @param minority the group whose satisfaction to measure, or null
   * @param deliberate the deliberation before each vote, or null
   * @throws InvalidParameterException as the constructor does
   */
  public Experiment withPopulation(PopulationSpec spec, Map<String, Double> turnoutByGroup,
      @Nullable String minority, @Nullable Deliberation deliberate) {
    return new Experiment(model, modelParameters, 0, 2, turnout, rules, runs, seed, spec,
        turnoutByGroup, minority, deliberate);
  }

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
   * @param voters the voters per run, 1 to 100,000,000; 0 with a population
   * @param candidates the options per run, 2 to 8; 2 with a population
   * @param turnout each voter's chance of voting, in [0, 1]
   * @param rules the rules, at least one, ids distinct
   * @param runs how many runs, 1 to 100,000,000
   * @param seed the seed
   * @param population the population, or null
   * @param groupTurnout each listed group's chance of voting; null reads as none
   * @param minorityGroup the group whose satisfaction to measure, or null
   * @param deliberation the deliberation before each vote, or null
   * @throws InvalidParameterException naming the part that is out of range, or that needs a
   *     population the experiment does not have
   */
  public Experiment {
    checkNotNull(model, "model");
    checkNotNull(modelParameters, "modelParameters");
    rules = List.copyOf(rules);
    // sorted by group, so that a map built in code in any order runs and prints the same
    groupTurnout = groupTurnout == null ? Map.of()
        : Collections.unmodifiableMap(new TreeMap<>(groupTurnout));
    if (population == null) {
      if (voters < 1 || voters > 100_000_000) {
        throw new InvalidParameterException("voters", voters, "must be from 1 to 100,000,000");
      }
      String needs = "needs a population: give the experiment one";
      if (!groupTurnout.isEmpty()) {
        throw new InvalidParameterException("groupTurnout", groupTurnout.keySet(), needs);
      }
      if (minorityGroup != null) {
        throw new InvalidParameterException("minorityGroup", minorityGroup, needs);
      }
      if (deliberation != null) {
        throw new InvalidParameterException("deliberation", deliberation.dynamics(), needs);
      }
    } else {
      if (voters != 0) {
        throw new InvalidParameterException("voters", voters,
            "must be 0 (left out) with a population: the voters are the population's");
      }
      if (candidates != 2) {
        throw new InvalidParameterException("candidates", candidates,
            "must be 2 with a population: adopt the motion (0) or keep things as they are (1)");
      }
    }
    for (Map.Entry<String, Double> e : groupTurnout.entrySet()) {
      Double p = e.getValue();
      if (p == null || !(p >= 0 && p <= 1)) {
        throw new InvalidParameterException("groupTurnout." + e.getKey(), p, "must be in [0, 1]");
      }
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
