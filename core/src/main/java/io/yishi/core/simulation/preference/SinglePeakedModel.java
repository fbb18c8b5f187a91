package io.yishi.core.simulation.preference;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.internal.Read;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.PreferenceSink;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Single-peaked preferences on the axis {@code 0, 1, …, options − 1}, id {@code single-peaked}:
 * each voter has a favourite (the peak) and likes options less the farther they lie from it
 * on either side. 2 to 1000 options.
 *
 * <p>Parameter {@code variant}:
 *
 * <ul>
 *   <li>{@code walsh} (default): every one of the {@code 2^(options−1)} single-peaked rankings
 *       is equally likely (Walsh, "Generating single peaked votes", 2015). The ranking is built
 *       from the worst option up: the worst is one end of the axis, and each next-worst is
 *       one end of what remains, each end with probability 1/2.
 *   <li>{@code conitzer}: the random-peak model (Conitzer, "Eliciting single-peaked
 *       preferences using comparison queries", 2009): the peak is uniform on the axis, and each
 *       next-best option is the left or right neighbour of the options ranked so far, each with
 *       probability 1/2 while both exist.
 * </ul>
 */
public final class SinglePeakedModel implements PreferenceModel {

  /** How a single-peaked ranking is drawn. */
  enum Variant {
    WALSH,
    CONITZER
  }

  private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.of("variant",
      "one of: walsh, conitzer", "walsh",
      "walsh: all single-peaked rankings equally likely; conitzer: uniform peak."));

  /** Creates the model; it holds no state. */
  public SinglePeakedModel() {}

  @Override
  public String id() {
    return "single-peaked";
  }

  @Override
  public String description() {
    return "Single-peaked on the axis 0 .. options - 1 (Walsh's uniform or Conitzer's).";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public PreferenceSampler sampler(Parameters parameters, int options) {
    parameters.checkKnown(id(), parameters());
    Variant variant = parameters.choice("variant", Variant.class, Variant.WALSH);
    Read.options(options, Read.MAX_OPTIONS);
    return new Sampler(options, variant);
  }

  private record Sampler(int options, Variant variant) implements PreferenceSampler {

    @Override
    public boolean hasUtilities() {
      return false;
    }

    @Override
    public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
      checkArgument(voters >= 0, "voters must be >= 0, was %s", voters);
      int m = options;
      int[] ranking = new int[m];
      for (int v = 0; v < voters; v++) {
        if (variant == Variant.WALSH) {
          int left = 0;
          int right = m - 1;
          for (int place = m - 1; place > 0; place--) {
            ranking[place] = random.nextBoolean() ? left++ : right--;
          }
          ranking[0] = left;
        } else {
          int peak = random.nextInt(m);
          ranking[0] = peak;
          int left = peak - 1;
          int right = peak + 1;
          for (int place = 1; place < m; place++) {
            boolean goLeft = right >= m || (left >= 0 && random.nextBoolean());
            ranking[place] = goLeft ? left-- : right++;
          }
        }
        sink.accept(ranking, null, 1);
      }
    }
  }
}
