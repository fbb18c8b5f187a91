package io.yishi.benchmarks;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.SortitionAlgorithm;
import io.yishi.voting.sortition.PanelDistribution;
import io.yishi.voting.sortition.Pool;
import io.yishi.voting.sortition.Quota;
import io.yishi.voting.sortition.Sortition;
import io.yishi.voting.sortition.SortitionProblem;
import io.yishi.voting.sortition.Volunteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 9's figures: leximin on a pool of 1,000 volunteers with 6 features and a panel of 40
 * under 60 s, maximin under 10 s. The pool is seeded and skewed as self-selected volunteers are
 * (value v of a feature drawn with weight 1/(v+1)); quotas are 70 % to 130 % of an even share of
 * the panel per value. {@code pool} also offers a council-sized pool of 300 and a panel of 15.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SortitionBenchmark {

  /** Pool size and panel size, as {@code "1000/40"}. */
  @Param({"1000/40", "300/15"})
  public String pool;

  /** The algorithm's id. */
  @Param({"maximin", "leximin", "legacy"})
  public String algorithm;

  private SortitionProblem problem;
  private SortitionAlgorithm<SortitionProblem, PanelDistribution> selection;

  /** Builds the seeded pool and quotas. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] sizes = pool.split("/");
    problem = generate(Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1]));
    selection = Sortition.algorithm(PluginRegistry.load(), algorithm);
  }

  static SortitionProblem generate(int n, int k) {
    SplittableRandom random = new SplittableRandom(2025);
    String[] features = {"estate", "tenure", "age", "gender", "years", "work"};
    int[] values = {6, 2, 5, 2, 3, 3};
    List<Volunteer> volunteers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, String> f = new HashMap<>();
      for (int j = 0; j < features.length; j++) {
        double total = 0;
        for (int v = 0; v < values[j]; v++) {
          total += 1.0 / (v + 1);
        }
        double u = random.nextDouble() * total;
        int v = 0;
        while (v < values[j] - 1 && (u -= 1.0 / (v + 1)) > 0) {
          v++;
        }
        f.put(features[j], "v" + v);
      }
      volunteers.add(Volunteer.of("p" + i, f));
    }
    List<Quota> quotas = new ArrayList<>();
    for (int j = 0; j < features.length; j++) {
      for (int v = 0; v < values[j]; v++) {
        double share = (double) k / values[j];
        quotas.add(Quota.of(features[j], "v" + v, (int) Math.floor(share * 0.7),
            (int) Math.ceil(share * 1.3)));
      }
    }
    return SortitionProblem.of(new Pool(volunteers), quotas, k);
  }

  /** {@return the distribution of one selection} */
  @Benchmark
  public PanelDistribution select() {
    return selection.select(problem, Parameters.empty(), 1);
  }
}
