package io.yishi.core.simulation.preference;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.internal.Read;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.PreferenceSink;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Pólya–Eggenberger urn, id {@code urn}: voters draw rankings one after another from an urn
 * that starts with one ball of each of the {@code options!} rankings; each drawn ranking goes
 * back with {@code alpha · options!} further copies. Parameter {@code alpha} {@code >= 0},
 * default 0; 2 to 1000 options.
 *
 * <p>The convention is pref_voting's ({@code generate_profile(…, "URN", alpha=…)}), without its
 * rounding of the number of copies to a whole number: {@code alpha = 0} is impartial culture,
 * {@code alpha = 1/options!} (one copy per draw) is the impartial anonymous culture, {@code
 * alpha = 1} (as many copies as there are rankings) makes the first voter's ranking hold about
 * half of all voters, and as alpha grows without bound every voter takes the first voter's
 * ranking. The {@code k}-th voter (from 0) draws a fresh uniform ranking with probability
 * {@code 1 / (1 + k·alpha)} and otherwise copies an earlier voter chosen uniformly.
 */
public final class UrnModel implements PreferenceModel {

  private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.of("alpha",
      "number >= 0", "0", "Copies returned with each drawn ranking, as a multiple of options!."));

  /** Creates the model; it holds no state. */
  public UrnModel() {}

  @Override
  public String id() {
    return "urn";
  }

  @Override
  public String description() {
    return "Pólya–Eggenberger urn: each drawn ranking is returned with alpha·options! copies.";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public PreferenceSampler sampler(Parameters parameters, int options) {
    parameters.checkKnown(id(), parameters());
    double alpha = Read.number(parameters, "alpha", 0.0, 0.0, Double.POSITIVE_INFINITY);
    Read.options(options, Read.MAX_OPTIONS);
    return new UrnSampler(options, alpha);
  }

  /**
   * Draws voter by voter and sends each group of voters that copied one fresh draw once: a
   * ranking drawn fresh twice arrives twice.
   */
  static final class UrnSampler implements PreferenceSampler {

    private final int options;
    private final double alpha;

    UrnSampler(int options, double alpha) {
      this.options = options;
      this.alpha = alpha;
    }

    @Override
    public boolean hasUtilities() {
      return false;
    }

    @Override
    public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
      checkArgument(voters >= 0, "voters must be >= 0, was %s", voters);
      if (voters == 0) {
        return;
      }
      // groupOf[k]: the fresh draw voter k holds; a uniform earlier voter is a draw of a group
      // with probability proportional to its size, which is what the copies in the urn give.
      int[] groupOf = new int[voters];
      long[] sizes = new long[16];
      int[] rankings = new int[16 * options];
      int groups = 0;
      int[] ranking = new int[options];
      for (int k = 0; k < voters; k++) {
        int group;
        if (k == 0 || random.nextDouble() * (1.0 + k * alpha) < 1.0) {
          if (groups == sizes.length) {
            sizes = Arrays.copyOf(sizes, groups * 2);
            rankings = Arrays.copyOf(rankings, groups * 2 * options);
          }
          ImpartialCultureModel.shuffle(random, ranking);
          System.arraycopy(ranking, 0, rankings, groups * options, options);
          group = groups++;
        } else {
          group = groupOf[random.nextInt(k)];
        }
        groupOf[k] = group;
        sizes[group]++;
      }
      for (int g = 0; g < groups; g++) {
        System.arraycopy(rankings, g * options, ranking, 0, options);
        sink.accept(ranking, null, sizes[g]);
      }
    }
  }
}
