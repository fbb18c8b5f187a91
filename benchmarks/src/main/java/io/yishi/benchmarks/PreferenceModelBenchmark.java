package io.yishi.benchmarks;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.PreferenceSink;
import io.yishi.core.simulation.RankingTally;
import io.yishi.core.simulation.Rankings;
import io.yishi.core.spi.Parameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One run of a preference model: 30,000 voters over 5 options, the rankings counted by
 * permutation code into an array (the cheapest consumer a rule could have). Issue 8's target is
 * 10,000 such runs with five rules in under 10 s on 2 cores, so a run's sampling must stay well
 * under 2 ms on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreferenceModelBenchmark {

  /** Voters per run. */
  @Param({"30000"})
  public int voters;

  /** Options. */
  @Param({"5"})
  public int options;

  private PreferenceSampler impartial;
  private PreferenceSampler spatial;
  private PreferenceSampler clusteredSpatial;
  private PreferenceSampler mallows;
  private long[] counts;
  private PreferenceSink counter;
  private SplittableRandom random;
  private RankingTally tally;

  /** Finds the models and checks their parameters once, as an experiment does. */
  @Setup
  public void setUp() {
    PluginRegistry registry = PluginRegistry.load();
    impartial = registry.preferenceModel("impartial").sampler(Parameters.empty(), options);
    spatial = registry.preferenceModel("spatial").sampler(Parameters.empty(), options);
    clusteredSpatial = registry.preferenceModel("spatial").sampler(Parameters.of(Map.of(
        "clusters", List.of(
            Map.of("share", 0.4, "centre", List.of(0.3, 0.4), "spread", 0.1),
            Map.of("share", 0.6, "centre", List.of(0.7, 0.5))))), options);
    mallows = registry.preferenceModel("mallows")
        .sampler(Parameters.of(Map.of("dispersion", 0.5)), options);
    counts = new long[(int) Rankings.count(options)];
    counter = (ranking, utilities, count) -> counts[(int) Rankings.code(ranking)] += count;
    random = new SplittableRandom(42);
    tally = new RankingTally(options);
  }

  private long[] run(PreferenceSampler sampler) {
    Arrays.fill(counts, 0);
    sampler.sample(random, voters, counter);
    return counts;
  }

  /** Impartial culture: multinomial counts over the 120 rankings, independent of voters. */
  @Benchmark
  public long[] impartial() {
    return run(impartial);
  }

  /** Spatial, 2 dimensions, options uniform in the unit square, one normal group of voters. */
  @Benchmark
  public long[] spatial() {
    return run(spatial);
  }

  /**
   * Spatial into a {@link RankingTally}, the consumer an experiment uses: it only sums
   * utilities, so the sampler groups the voters by ranking and calls it once per ranking.
   */
  @Benchmark
  public RankingTally spatialTally() {
    tally.clear();
    spatial.sample(random, voters, tally);
    return tally;
  }

  /** Spatial with two clusters of voters (40 % and 60 %). */
  @Benchmark
  public long[] spatialClusters() {
    return run(clusteredSpatial);
  }

  /** Mallows with dispersion 0.5, by repeated insertion. */
  @Benchmark
  public long[] mallows() {
    return run(mallows);
  }
}
