package io.yishi.core.simulation.preference;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.internal.Read;
import io.yishi.core.simulation.OpinionSampler;
import io.yishi.core.simulation.Population;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.PreferenceSink;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Support for one motion, id {@code support}: every voter holds an opinion in [0, 1], their
 * support for adopting it, drawn from a beta distribution whose mean is the support of the
 * voter's groups. Two options only: option 0 is adopting, option 1 keeping things as they are;
 * a voter above one half prefers adopting and has utilities {@code (x, 1 - x)}.
 *
 * <p>Parameters:
 *
 * <ul>
 *   <li>{@code support}: the mean opinion, in [0, 1], default 0.5;
 *   <li>{@code groupSupport}: optional map from a population's group to the mean opinion of its
 *       members, each in [0, 1]; a voter in several listed groups takes the mean of their
 *       values, a voter in none {@code support}. Needs a population that has the groups;
 *   <li>{@code concentration}: how tightly opinions gather around their mean, in (0, 1000],
 *       default 4: the beta distribution's {@code α + β}, so the variance of an opinion with
 *       mean {@code μ} is {@code μ(1 - μ) / (concentration + 1)};
 *   <li>{@code swing}: the standard deviation of a shift drawn once per run and added to every
 *       mean (the mood of the day; means are then held to [0, 1]), in [0, 1], default 0.1.
 * </ul>
 *
 * <p>Without a population, a voter at exactly one half ranks keeping first; in a population
 * such a voter abstains.
 */
public final class SupportModel implements PreferenceModel {

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("support", "number in [0, 1]", "0.5", "The mean support for adopting."),
      ParameterSpec.of("groupSupport", "map of group to number in [0, 1]", "none",
          "The mean support of each listed group of the population."),
      ParameterSpec.of("concentration", "number in (0, 1000]", "4",
          "The beta distribution's α + β: higher gathers opinions closer to their mean."),
      ParameterSpec.of("swing", "number in [0, 1]", "0.1",
          "The standard deviation of each run's shift of every mean."));

  /** Creates the model; it holds no state. */
  public SupportModel() {}

  @Override
  public String id() {
    return "support";
  }

  @Override
  public String description() {
    return "Support for one motion: each voter's opinion in [0, 1] drawn around their groups'"
        + " mean support; two options, adopt or keep.";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public OpinionSampler sampler(Parameters parameters, int options) {
    parameters.checkKnown(id(), parameters());
    if (options != 2) {
      throw new InvalidParameterException("options", options,
          "must be 2 for the support model: adopt the motion (0) or keep things as they are (1)");
    }
    double support = Read.number(parameters, "support", 0.5, 0, 1);
    double concentration = Read.number(parameters, "concentration", 4, 0, 1000);
    if (concentration == 0) {
      throw new InvalidParameterException("concentration", 0, "must be above 0");
    }
    double swing = Read.number(parameters, "swing", 0.1, 0, 1);
    Map<String, Double> groups = new LinkedHashMap<>();
    Object raw = parameters.get("groupSupport").orElse(null);
    if (raw != null) {
      for (Map.Entry<?, ?> e : Read.map("groupSupport", raw).entrySet()) {
        String name = "groupSupport." + e.getKey();
        groups.put(String.valueOf(e.getKey()), Read.inRange(name, e.getValue(), 0, 1));
      }
    }
    return new Sampler(support, Collections.unmodifiableMap(groups),
        List.copyOf(groups.keySet()), concentration, swing);
  }

  /** Draws opinions from beta distributions; stateless. */
  private record Sampler(double support, Map<String, Double> groupSupport, List<String> order,
      double concentration, double swing) implements OpinionSampler {

    @Override
    public boolean hasUtilities() {
      return true;
    }

    @Override
    public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
      checkArgument(voters >= 0, "voters must be >= 0, was %s", voters);
      checkArgument(groupSupport.isEmpty(), "groupSupport needs a population");
      double mean = shifted(support, random.nextGaussian() * swing);
      int[] adopt = {0, 1};
      int[] keep = {1, 0};
      double[] utilities = new double[2];
      boolean summing = sink.sumsUtilities();
      long adopting = 0;
      double adoptSum = 0;
      double keepSum = 0;
      for (int i = 0; i < voters; i++) {
        double x = beta(random, mean, concentration);
        if (summing) {
          if (x > 0.5) {
            adopting++;
            adoptSum += x;
          } else {
            keepSum += x;
          }
        } else {
          utilities[0] = x;
          utilities[1] = 1 - x;
          sink.accept(x > 0.5 ? adopt : keep, utilities, 1);
        }
      }
      if (summing) {
        if (adopting > 0) {
          sink.accept(adopt, new double[] {adoptSum / adopting, 1 - adoptSum / adopting},
              adopting);
        }
        long keeping = voters - adopting;
        if (keeping > 0) {
          sink.accept(keep, new double[] {keepSum / keeping, 1 - keepSum / keeping}, keeping);
        }
      }
    }

    @Override
    public void check(Population population) {
      for (String group : order) {
        if (!population.hasGroup(group)) {
          throw new InvalidParameterException("groupSupport." + group, groupSupport.get(group),
              "names no group of the population; it has " + population.groups());
        }
      }
    }

    @Override
    public void opinions(SplittableRandom random, Population population, double[] opinions) {
      double shift = random.nextGaussian() * swing;
      int n = population.size();
      if (order.isEmpty()) {
        double mean = shifted(support, shift);
        for (int i = 0; i < n; i++) {
          opinions[i] = beta(random, mean, concentration);
        }
        return;
      }
      double[] means = population.meanOf(groupSupport, support);
      for (int i = 0; i < n; i++) {
        opinions[i] = beta(random, shifted(means[i], shift), concentration);
      }
    }

    @Override
    public boolean needsPopulation() {
      return !order.isEmpty();
    }

    private static double shifted(double mean, double shift) {
      return Math.min(1, Math.max(0, mean + shift));
    }
  }

  /**
   * {@return a draw of the beta distribution with this mean and α + β}, or the mean at 0 or 1.
   * The two gamma draws are kept as logarithms, so that shapes far below 1, whose draws
   * underflow a double, still give 1 with probability the mean.
   */
  static double beta(SplittableRandom random, double mean, double concentration) {
    if (mean <= 0 || mean >= 1) {
      return mean <= 0 ? 0 : 1;
    }
    double a = logGamma(random, mean * concentration);
    double b = logGamma(random, (1 - mean) * concentration);
    double x = 1 / (1 + Math.exp(b - a));
    return Double.isNaN(x) ? (random.nextDouble() < mean ? 1 : 0) : x;
  }

  /**
   * {@return the logarithm of a draw of the gamma distribution of this shape and scale 1}:
   * Marsaglia and Tsang's method, boosted by {@code U^(1/shape)} below shape 1.
   */
  static double logGamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return logGamma(random, shape + 1) + Math.log(random.nextDouble()) / shape;
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x
          || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return Math.log(d * v);
      }
    }
  }
}
