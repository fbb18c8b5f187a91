package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/** What the built-in opinion models share: their common parameters and checks of a run. */
final class Models {

  static final int MAX_ROUNDS = 10_000;
  static final int DEFAULT_ROUNDS = 10;

  static final ParameterSpec ROUNDS = ParameterSpec.of("rounds", "integer 1.." + MAX_ROUNDS,
      String.valueOf(DEFAULT_ROUNDS), "how many rounds of talk one run makes");

  static final ParameterSpec SELF_WEIGHT = ParameterSpec.of("selfWeight", "fraction in [0, 1]",
      "1/(degree + 1)", "the weight of an agent's own opinion; the rest is shared equally among"
          + " its neighbours (default: equal weights for the agent and each neighbour)");

  private Models() {}

  static int rounds(Parameters parameters) {
    long rounds = parameters.integer("rounds", DEFAULT_ROUNDS);
    if (rounds < 1 || rounds > MAX_ROUNDS) {
      throw new InvalidParameterException("rounds", rounds,
          "must be a whole number 1.." + MAX_ROUNDS);
    }
    return (int) rounds;
  }

  /**
   * Reads a number written as a JSON number ({@code 0.25}) or as a fraction text ({@code
   * "1/4"}) and checks its range.
   *
   * @param openBelow true if {@code low} itself is refused
   */
  static double fraction(Parameters parameters, String name, Fraction defaultValue,
      double low, boolean openBelow, double high) {
    Object raw = parameters.get(name).orElse(null);
    double value;
    if (raw instanceof BigDecimal d) {
      value = d.doubleValue();  // exact enough: models compute in doubles
    } else {
      Fraction f = parameters.fraction(name, defaultValue);  // text, or refused naming it
      value = (double) f.numerator() / f.denominator();
    }
    if (!(value <= high && value >= low) || (openBelow && value == low)) {
      throw new InvalidParameterException(name, raw,
          "must be in " + (openBelow ? "(" : "[") + format(low) + ", " + format(high) + "]");
    }
    return value;
  }

  /** {@return the self weight, or NaN for the default 1/(degree + 1)} */
  static double selfWeight(Parameters parameters) {
    if (parameters.get("selfWeight").isEmpty()) {
      return Double.NaN;
    }
    return fraction(parameters, "selfWeight", Fraction.ZERO, 0, false, 1);
  }

  private static String format(double bound) {
    return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
  }

  /** Checks a run's arguments fully before any opinion changes. */
  static void checkRun(double[] opinions, SocialNetwork network, SplittableRandom random) {
    checkNotNull(opinions, "opinions");
    checkNotNull(network, "network");
    checkNotNull(random, "random");
    if (opinions.length != network.agents()) {
      throw new IllegalArgumentException("opinions must hold one opinion per agent ("
          + network.agents() + "), was " + opinions.length);
    }
    for (int i = 0; i < opinions.length; i++) {
      double x = opinions[i];
      if (!(x >= 0 && x <= 1)) {  // also refuses NaN
        throw new IllegalArgumentException("opinions[" + i + "] must be in [0, 1], was " + x);
      }
    }
  }

  /**
   * Fills each agent's own weight in a row-normalised influence matrix; each neighbour then
   * weighs {@code (1 - self) / degree}. The default gives the agent and each neighbour {@code
   * 1 / (degree + 1)}; an agent without neighbours weighs only itself.
   */
  static void weights(SocialNetwork network, double selfWeight, double[] self,
      double[] perNeighbour) {
    int[] offsets = network.offsets();
    for (int i = 0; i < self.length; i++) {
      int degree = offsets[i + 1] - offsets[i];
      if (degree == 0) {
        self[i] = 1;
        perNeighbour[i] = 0;
      } else if (Double.isNaN(selfWeight)) {
        self[i] = 1.0 / (degree + 1);
        perNeighbour[i] = 1.0 / (degree + 1);
      } else {
        self[i] = selfWeight;
        perNeighbour[i] = (1 - selfWeight) / degree;
      }
    }
  }

  /** Keeps rounding from pushing an average a hair outside [0, 1]. */
  static double clamp(double x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
  }
}
