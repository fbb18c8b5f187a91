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
 * Impartial culture, id {@code impartial}: every voter draws one of the {@code options!} strict
 * rankings with equal probability, independently of the others. Takes no parameters; 2 to 1000
 * options.
 *
 * <p>Up to {@value #MULTINOMIAL_OPTIONS} options, a run draws the multinomial counts of all
 * rankings directly, as a chain of exact binomial draws, and sends each ranking held by at
 * least one voter exactly once: the cost is {@code O(options!)}, whatever the number of voters.
 * Beyond that, each voter's ranking is shuffled in turn.
 */
public final class ImpartialCultureModel implements PreferenceModel {

  /** The most options for which counts are drawn per ranking rather than per voter. */
  public static final int MULTINOMIAL_OPTIONS = 8;

  /** Creates the model; it holds no state. */
  public ImpartialCultureModel() {}

  @Override
  public String id() {
    return "impartial";
  }

  @Override
  public String description() {
    return "Impartial culture: every strict ranking equally likely, voters independent.";
  }

  @Override
  public PreferenceSampler sampler(Parameters parameters, int options) {
    parameters.checkKnown(id(), parameters());
    Read.options(options, Read.MAX_OPTIONS);
    return options <= MULTINOMIAL_OPTIONS ? new Counts(options) : new PerVoter(options);
  }

  /** Multinomial counts over all rankings, by conditional binomials. */
  private record Counts(int options) implements PreferenceSampler {

    @Override
    public boolean hasUtilities() {
      return false;
    }

    @Override
    public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
      checkArgument(voters >= 0, "voters must be >= 0, was %s", voters);
      int rankings = (int) Rankings.count(options);
      int[] ranking = new int[options];
      long left = voters;
      for (int code = 0; code < rankings && left > 0; code++) {
        long count = code == rankings - 1
            ? left : Binomial.sample(random, left, 1.0 / (rankings - code));
        if (count > 0) {
          sink.accept(Rankings.decode(code, ranking), null, count);
          left -= count;
        }
      }
    }
  }

  /** One Fisher–Yates shuffle per voter, in one reused array. */
  private record PerVoter(int options) implements PreferenceSampler {

    @Override
    public boolean hasUtilities() {
      return false;
    }

    @Override
    public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
      checkArgument(voters >= 0, "voters must be >= 0, was %s", voters);
      int[] ranking = new int[options];
      for (int v = 0; v < voters; v++) {
        shuffle(random, ranking);
        sink.accept(ranking, null, 1);
      }
    }
  }

  /** Fills the array with a uniformly random permutation of its indices. */
  static void shuffle(SplittableRandom random, int[] ranking) {
    for (int i = 0; i < ranking.length; i++) {
      int j = random.nextInt(i + 1);
      ranking[i] = ranking[j];
      ranking[j] = i;
    }
  }
}
