package io.yishi.core.simulation.preference;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.internal.PairwiseCodes;
import io.yishi.core.internal.Read;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.PreferenceSink;
import io.yishi.core.simulation.Rankings;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The spatial model, id {@code spatial}: voters and options are points in {@code dimensions}
 * dimensions, a voter's utility for an option is minus their Euclidean distance, and a voter
 * ranks options from nearest to farthest, ties broken by the lower option index. Reports
 * utilities; 2 to 1000 options.
 *
 * <p>Parameters:
 *
 * <ul>
 *   <li>{@code dimensions}: whole number 1 to 10, default 2;
 *   <li>{@code positions}: optional, one point per option (a list of {@code dimensions} numbers
 *       each); without it each run places the options uniformly in the unit cube, drawn from the
 *       run's random generator before the voters;
 *   <li>{@code spread}: the standard deviation of every voter coordinate around 0.5, a number
 *       in [0, 10], default 0.25;
 *   <li>{@code clusters}: optional list of groups, each a map {@code {share, centre, spread}}
 *       (spread optional, default the top-level {@code spread}), shares in [0, 1] summing to
 *       exactly 1. Group {@code g} gets {@code share·voters} voters, rounded by largest
 *       remainders (ties to the earlier group), and its voters' coordinates are normal around
 *       its centre. Voters are drawn and sent group by group, in the order listed.
 * </ul>
 *
 * <p>A run allocates its arrays once and reuses them for every voter.
 */
public final class SpatialModel implements PreferenceModel {

  private static final int MAX_DIMENSIONS = 10;
  private static final double MAX_SPREAD = 10.0;
  private static final double DEFAULT_SPREAD = 0.25;
  private static final Set<String> CLUSTER_KEYS = Set.of("share", "centre", "spread");

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("dimensions", "integer in [1, 10]", "2", "The number of issue dimensions."),
      ParameterSpec.of("positions", "list of points", "uniform in the unit cube",
          "Where each option stands, one list of coordinates per option."),
      ParameterSpec.of("spread", "number in [0, 10]", "0.25",
          "The standard deviation of voter coordinates around 0.5."),
      ParameterSpec.of("clusters", "list of {share, centre, spread}", "one group at 0.5",
          "Groups of voters, each normal around its centre, shares summing to 1."));

  /** Creates the model; it holds no state. */
  public SpatialModel() {}

  @Override
  public String id() {
    return "spatial";
  }

  @Override
  public String description() {
    return "Spatial: voters and options as points; utility is minus the Euclidean distance.";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public PreferenceSampler sampler(Parameters parameters, int options) {
    parameters.checkKnown(id(), parameters());
    long dimensions = parameters.integer("dimensions", 2);
    if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
      throw new InvalidParameterException("dimensions", dimensions,
          "must be in [1, " + MAX_DIMENSIONS + "]");
    }
    int d = (int) dimensions;
    double spread = Read.number(parameters, "spread", DEFAULT_SPREAD, 0.0, MAX_SPREAD);
    double[] positions = null;
    Object rawPositions = parameters.get("positions").orElse(null);
    if (rawPositions != null) {
      List<?> points = Read.list("positions", rawPositions);
      if (points.size() != options) {
        throw new InvalidParameterException("positions", rawPositions,
            "must give one point for each of the " + options + " options");
      }
      positions = new double[options * d];
      for (int o = 0; o < options; o++) {
        double[] p = Read.point("positions[" + o + "]", points.get(o), d,
            -Double.MAX_VALUE, Double.MAX_VALUE);
        System.arraycopy(p, 0, positions, o * d, d);
      }
    }
    double[] centres;
    double[] spreads;
    double[] shares;
    Object rawClusters = parameters.get("clusters").orElse(null);
    if (rawClusters == null) {
      centres = new double[d];
      Arrays.fill(centres, 0.5);
      spreads = new double[] {spread};
      shares = new double[] {1.0};
    } else {
      List<?> clusters = Read.list("clusters", rawClusters);
      if (clusters.isEmpty()) {
        throw new InvalidParameterException("clusters", rawClusters, "must not be empty");
      }
      int k = clusters.size();
      centres = new double[k * d];
      spreads = new double[k];
      shares = new double[k];
      BigDecimal sum = BigDecimal.ZERO;
      for (int g = 0; g < k; g++) {
        String name = "clusters[" + g + "]";
        Map<?, ?> cluster = Read.map(name, clusters.get(g));
        for (Object key : cluster.keySet()) {
          if (!CLUSTER_KEYS.contains(key)) {
            throw new InvalidParameterException(name + "." + key, cluster.get(key),
                "is not a property of a cluster (known: [centre, share, spread])");
          }
        }
        Object share = cluster.get("share");
        if (share == null) {
          throw new InvalidParameterException(name + ".share", null, "is required");
        }
        shares[g] = Read.inRange(name + ".share", share, 0.0, 1.0);
        sum = sum.add((BigDecimal) share);
        Object centre = cluster.get("centre");
        if (centre == null) {
          throw new InvalidParameterException(name + ".centre", null, "is required");
        }
        System.arraycopy(Read.point(name + ".centre", centre, d, -Double.MAX_VALUE,
            Double.MAX_VALUE), 0, centres, g * d, d);
        Object s = cluster.get("spread");
        spreads[g] = s == null ? spread
            : Read.inRange(name + ".spread", s, 0.0, MAX_SPREAD);
      }
      if (sum.compareTo(BigDecimal.ONE) != 0) {
        throw new InvalidParameterException("clusters", sum.toPlainString(),
            "shares must sum to exactly 1");
      }
    }
    Read.options(options, Read.MAX_OPTIONS);
    return new Sampler(options, d, positions, centres, spreads, shares);
  }

  /**
   * {@return how many of {@code voters} each group gets: the floor of its share, then one more
   * to the groups with the largest remainders, earlier groups first on equal remainders}
   */
  static int[] apportion(double[] shares, int voters) {
    int k = shares.length;
    int[] sizes = new int[k];
    double[] remainders = new double[k];
    int given = 0;
    for (int g = 0; g < k; g++) {
      double exact = shares[g] * voters;
      sizes[g] = (int) Math.min(voters, Math.floor(exact));
      remainders[g] = exact - sizes[g];
      given += sizes[g];
    }
    while (given < voters) {
      int best = 0;
      for (int g = 1; g < k; g++) {
        if (remainders[g] > remainders[best]) {
          best = g;
        }
      }
      sizes[best]++;
      remainders[best] = -1;
      given++;
    }
    while (given > voters) {  // only if rounding of shares pushed the floors past the total
      int g = k - 1;
      while (sizes[g] == 0) {
        g--;
      }
      sizes[g]--;
      given--;
    }
    return sizes;
  }

  /** Up to this many options (720 rankings), a summing sink gets voters grouped by ranking. */
  private static final int GROUPED_OPTIONS = PairwiseCodes.MAX_OPTIONS;

  /** Voters drawn at once when grouping: long loops, arrays that stay in the L1 cache. */
  private static final int BATCH = 256;

  private static final class Sampler implements PreferenceSampler {

    private final int options;
    private final int dimensions;
    private final double @Nullable [] positions;
    private final double[] centres;
    private final double[] spreads;
    private final double[] shares;

    Sampler(int options, int dimensions, double @Nullable [] positions,
        double[] centres, double[] spreads, double[] shares) {
      this.options = options;
      this.dimensions = dimensions;
      this.positions = positions;
      this.centres = centres;
      this.spreads = spreads;
      this.shares = shares;
    }

    @Override
    public boolean hasUtilities() {
      return true;
    }

    @Override
    public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
      checkArgument(voters >= 0, "voters must be >= 0, was %s", voters);
      int m = options;
      double[] at = positions;
      if (at == null) {
        at = new double[m * dimensions];
        for (int i = 0; i < at.length; i++) {
          at[i] = random.nextDouble();
        }
      }
      int[] sizes = apportion(shares, voters);
      double[] utilities = new double[m];
      int[] ranking = new int[m];
      // A sink that only sums utilities (a tally) gets each ranking once, with its voters' mean
      // utilities: one call per ranking instead of one per voter, when there are few rankings.
      if (!sink.sumsUtilities() || m > GROUPED_OPTIONS) {
        sampleEach(random, at, sizes, utilities, ranking, sink);
        return;
      }
      long[] counts = new long[(int) Rankings.count(m)];
      double[] sums = new double[counts.length * m];
      sampleGrouped(random, at, sizes, counts, sums);
      for (int code = 0; code < counts.length; code++) {
        long n = counts[code];
        if (n > 0) {
          for (int o = 0; o < m; o++) {
            utilities[o] = sums[code * m + o] / n;
          }
          sink.accept(Rankings.decode(code, ranking), utilities, n);
        }
      }
    }

    /** Draws one voter of group {@code g} into {@code utilities}, minus the distances. */
    private void drawVoter(SplittableRandom random, double[] at, int g, double[] voter,
        double[] utilities) {
      int d = dimensions;
      double spread = spreads[g];
      int centre = g * d;
      for (int i = 0; i < d; i++) {
        voter[i] = centres[centre + i] + spread * random.nextGaussian();
      }
      for (int o = 0; o < options; o++) {
        double squared = 0;
        int base = o * d;
        for (int i = 0; i < d; i++) {
          double diff = voter[i] - at[base + i];
          squared += diff * diff;
        }
        utilities[o] = -Math.sqrt(squared);
      }
    }

    /**
     * Counts the voters by ranking code and sums their utilities per code. Voters are drawn
     * in batches of {@value #BATCH}, each step a loop over the batch (coordinates, distances,
     * one comparison per pair of options), so no loop runs over the few options or dimensions
     * and no branch depends on the data; the code comes from the pairwise comparisons through
     * {@link PairwiseCodes}, the same ranking as the sort gives (ties to the lower index). The
     * random draws, every utility and the order of the sums are those of drawing voter by
     * voter, so the result is the same to the last bit.
     */
    private void sampleGrouped(SplittableRandom random, double[] at, int[] sizes,
        long[] counts, double[] sums) {
      int m = options;
      int d = dimensions;
      short[] codes = PairwiseCodes.table(m);
      double[] coordinates = new double[d * BATCH];  // coordinate i of voter v at i·BATCH + v
      double[] utilities = new double[m * BATCH];    // option o's utility for v at o·BATCH + v
      int[] keys = new int[BATCH];
      for (int g = 0; g < sizes.length; g++) {
        double spread = spreads[g];
        int centre = g * d;
        for (int start = 0; start < sizes[g]; start += BATCH) {
          int n = Math.min(BATCH, sizes[g] - start);
          for (int v = 0; v < n; v++) {
            for (int i = 0; i < d; i++) {
              coordinates[i * BATCH + v] = centres[centre + i] + spread * random.nextGaussian();
            }
          }
          for (int o = 0; o < m; o++) {
            // squares summed dimension by dimension as voter by voter (0 + x is x for a
            // square), then the root
            int u = o * BATCH;
            for (int i = 0; i < d; i++) {
              double x = at[o * d + i];
              int c = i * BATCH;
              if (i == 0) {
                for (int v = 0; v < n; v++) {
                  double diff = coordinates[c + v] - x;
                  utilities[u + v] = diff * diff;
                }
              }
              if (i > 0) {
                for (int v = 0; v < n; v++) {
                  double diff = coordinates[c + v] - x;
                  utilities[u + v] += diff * diff;
                }
              }
              if (i == d - 1) {
                for (int v = 0; v < n; v++) {
                  utilities[u + v] = -Math.sqrt(utilities[u + v]);
                }
              }
            }
          }
          for (int v = 0; v < n; v++) {
            keys[v] = utilities[v] < utilities[BATCH + v] ? 1 : 0;
          }
          for (int a = 0, bit = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++, bit++) {
              if (bit == 0) {
                continue;  // pair (0, 1): set above
              }
              int ua = a * BATCH;
              int ub = b * BATCH;
              int set = 1 << bit;
              for (int v = 0; v < n; v++) {
                keys[v] |= utilities[ua + v] < utilities[ub + v] ? set : 0;
              }
            }
          }
          for (int v = 0; v < n; v++) {
            int code = codes[keys[v]];
            counts[code]++;
            for (int o = 0, first = code * m; o < m; o++) {
              sums[first + o] += utilities[o * BATCH + v];
            }
          }
        }
      }
    }

    /** Hands every voter to the sink alone, with their ranking and utilities. */
    private void sampleEach(SplittableRandom random, double[] at, int[] sizes,
        double[] utilities, int[] ranking, PreferenceSink sink) {
      int m = options;
      double[] voter = new double[dimensions];
      for (int g = 0; g < sizes.length; g++) {
        for (int v = 0; v < sizes[g]; v++) {
          drawVoter(random, at, g, voter, utilities);
          // Insertion sort by utility, best first; strict comparison keeps equal utilities in
          // index order, which is the documented tie-break. Few options: faster than a sort.
          for (int o = 0; o < m; o++) {
            double u = utilities[o];
            int j = o;
            while (j > 0 && utilities[ranking[j - 1]] < u) {
              ranking[j] = ranking[j - 1];
              j--;
            }
            ranking[j] = o;
          }
          sink.accept(ranking, utilities, 1);
        }
      }
    }
  }
}
