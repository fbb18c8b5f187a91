package io.yishi.core.simulation.preference;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.internal.Read;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.PreferenceSink;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Mallows model, id {@code mallows}: a voter holds ranking {@code r} with probability
 * proportional to {@code dispersion^d(r, reference)}, where {@code d} is the Kendall tau
 * distance (the number of pairs of options the two rankings order differently). 2 to 1000
 * options.
 *
 * <p>Parameters: {@code dispersion} φ in [0, 1], default 1/2 (0: every voter holds the
 * reference; 1: impartial culture); {@code reference}, a list of all option indices from best
 * to worst, default {@code [0, 1, …, options − 1]}.
 *
 * <p>Sampling uses the repeated insertion model (Doignon, Pekeč and Regenwetter 2004): the
 * reference's {@code i}-th option (from 1) is inserted into the ranking of the first {@code i −
 * 1} so that it lands {@code v} places above the bottom with probability proportional to
 * {@code φ^v}, {@code v} in {@code 0 .. i − 1}; each place above the bottom adds one inverted
 * pair, so the distances add up and the ranking has Mallows' distribution. The expected distance
 * is {@code m·φ/(1−φ) − Σ_{j=1..m} j·φ^j/(1−φ^j)} for φ &lt; 1.
 */
public final class MallowsModel implements PreferenceModel {

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("dispersion", "number in [0, 1]", "0.5",
          "How far voters stray from the reference: 0 never, 1 uniformly."),
      ParameterSpec.of("reference", "list of option indices", "[0, 1, …]",
          "The central ranking, every option index from best to worst."));

  /** Creates the model; it holds no state. */
  public MallowsModel() {}

  @Override
  public String id() {
    return "mallows";
  }

  @Override
  public String description() {
    return "Mallows: rankings near a reference, P ∝ dispersion^(Kendall tau distance).";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public PreferenceSampler sampler(Parameters parameters, int options) {
    parameters.checkKnown(id(), parameters());
    double phi = Read.number(parameters, "dispersion", 0.5, 0.0, 1.0);
    Read.options(options, Read.MAX_OPTIONS);
    int[] reference = new int[options];
    Object raw = parameters.get("reference").orElse(null);
    if (raw == null) {
      for (int i = 0; i < options; i++) {
        reference[i] = i;
      }
    } else {
      List<?> list = Read.list("reference", raw);
      boolean[] seen = new boolean[options];
      if (list.size() != options) {
        throw new InvalidParameterException("reference", raw,
            "must rank all " + options + " options");
      }
      for (int i = 0; i < options; i++) {
        int option = list.get(i) instanceof BigDecimal d ? index(d, options) : -1;
        if (option < 0 || seen[option]) {
          throw new InvalidParameterException("reference", raw,
              "must list each option index 0 to " + (options - 1) + " once");
        }
        seen[option] = true;
        reference[i] = option;
      }
    }
    return new Sampler(reference, phi);
  }

  private static int index(BigDecimal d, int options) {
    try {
      int i = d.intValueExact();
      return i < options ? i : -1;
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  /**
   * {@return the expected Kendall tau distance to the reference under Mallows' model}
   *
   * @param options the number of options, {@code >= 1}
   * @param phi the dispersion, in [0, 1]
   */
  static double expectedDistance(int options, double phi) {
    if (phi == 1.0) {
      return options * (options - 1) / 4.0;
    }
    double sum = options * phi / (1 - phi);
    for (int j = 1; j <= options; j++) {
      double pj = Math.pow(phi, j);
      sum -= j * pj / (1 - pj);
    }
    return sum;
  }

  private static final class Sampler implements PreferenceSampler {

    private final int[] reference;
    /** cumulative[i][v]: P(insert the (i+1)-th option at most v places above the bottom). */
    private final double[][] cumulative;

    Sampler(int[] reference, double phi) {
      this.reference = reference;
      int m = reference.length;
      cumulative = new double[m][];
      for (int i = 0; i < m; i++) {
        double[] c = new double[i + 1];
        double weight = 1.0;
        double total = 0.0;
        for (int v = 0; v <= i; v++) {
          total += weight;
          c[v] = total;
          weight *= phi;
        }
        for (int v = 0; v <= i; v++) {
          c[v] /= total;
        }
        c[i] = 1.0;
        cumulative[i] = c;
      }
    }

    @Override
    public boolean hasUtilities() {
      return false;
    }

    @Override
    public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
      checkArgument(voters >= 0, "voters must be >= 0, was %s", voters);
      int m = reference.length;
      int[] ranking = new int[m];
      for (int voter = 0; voter < voters; voter++) {
        for (int i = 0; i < m; i++) {
          double[] c = cumulative[i];
          double u = random.nextDouble();
          int v = 0;
          while (u >= c[v]) {
            v++;
          }
          int at = i - v;
          System.arraycopy(ranking, at, ranking, at + 1, v);
          ranking[at] = reference[i];
        }
        sink.accept(ranking, null, 1);
      }
    }
  }
}
