package io.yishi.core.simulation.preference;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.internal.Binomial;
import io.yishi.core.internal.Read;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.PreferenceSink;
import io.yishi.core.simulation.Rankings;
import io.yishi.core.spi.Parameters;
import java.util.SplittableRandom;

/**
 * Impartial anonymous culture, id {@code impartial-anonymous}: every anonymous profile (every
 * way of giving each of the {@code options!} rankings a number of voters, summing to the
 * number of voters) is equally likely. Takes no parameters; 2 to 1000 options.
 *
 * <p>Up to {@value ImpartialCultureModel#MULTINOMIAL_OPTIONS} options a run draws ranking shares
 * from the flat Dirichlet distribution (normalised exponential variates) and then the counts as
 * a multinomial, by exact binomial draws: the Dirichlet–multinomial with all parameters 1 is
 * uniform over anonymous profiles, and the cost is {@code O(options!)}. Beyond that it runs the
 * urn of {@link UrnModel} with one copy returned per draw ({@code alpha = 1/options!}), which
 * has the same distribution.
 */
public final class ImpartialAnonymousModel implements PreferenceModel {

  /** Creates the model; it holds no state. */
  public ImpartialAnonymousModel() {}

  @Override
  public String id() {
    return "impartial-anonymous";
  }

  @Override
  public String description() {
    return "Impartial anonymous culture: every anonymous profile equally likely.";
  }

  @Override
  public PreferenceSampler sampler(Parameters parameters, int options) {
    parameters.checkKnown(id(), parameters());
    Read.options(options, Read.MAX_OPTIONS);
    return options <= ImpartialCultureModel.MULTINOMIAL_OPTIONS
        ? new Counts(options) : urn(options);
  }

  /** The urn form, for any number of options; package-private so tests compare the two. */
  static PreferenceSampler urn(int options) {
    double rankings = 1.0;
    for (int i = 2; i <= options; i++) {
      rankings *= i;
    }
    return new UrnModel.UrnSampler(options, 1.0 / rankings);
  }

  private record Counts(int options) implements PreferenceSampler {

    @Override
    public boolean hasUtilities() {
      return false;
    }

    @Override
    public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
      checkArgument(voters >= 0, "voters must be >= 0, was %s", voters);
      int rankings = (int) Rankings.count(options);
      double[] weights = new double[rankings];
      double total = 0;
      for (int i = 0; i < rankings; i++) {
        weights[i] = -Math.log(1.0 - random.nextDouble());
        total += weights[i];
      }
      int[] ranking = new int[options];
      long left = voters;
      double rest = total;
      for (int code = 0; code < rankings && left > 0; code++) {
        long count = code == rankings - 1
            ? left : Binomial.sample(random, left, Math.min(1.0, weights[code] / rest));
        rest -= weights[code];
        if (count > 0) {
          sink.accept(Rankings.decode(code, ranking), null, count);
          left -= count;
        }
      }
    }
  }
}
