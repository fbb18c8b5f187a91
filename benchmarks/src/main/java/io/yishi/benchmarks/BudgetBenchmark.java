package io.yishi.benchmarks;

import io.yishi.core.spi.Parameters;
import io.yishi.voting.budget.BudgetDecision;
import io.yishi.voting.budget.BudgetInstance;
import io.yishi.voting.budget.EqualSharesRule;
import io.yishi.voting.budget.GreedyBudgetRule;
import io.yishi.voting.budget.Project;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Participatory budgeting on a synthetic city-size instance (seed 42): 5,000 voters, 100 projects
 * costing 10,000 to 600,000 (most below 150,000), a budget of 3,000,000 (600 per voter), each
 * voter approving 1 to 10 projects with a popularity skew, as in pabulib's municipal files.
 * Target: equal shares with the add1 completion under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BudgetBenchmark {

  /** Voters; run with {@code -p voters=1000,5000,20000} for the cost curve. */
  @Param({"5000"})
  public int voters;

  /** Projects. */
  @Param({"100"})
  public int projects;

  private BudgetInstance instance;

  /** Draws the instance once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    List<String> names = new ArrayList<>();
    List<Project> list = new ArrayList<>();
    double[] weight = new double[projects];
    double total = 0;
    for (int p = 0; p < projects; p++) {
      names.add("p" + p);
      long cost = 1000L * (10 + (long) (Math.pow(random.nextDouble(), 2.5) * 590));
      list.add(Project.of(names.get(p), cost));
      weight[p] = Math.pow(random.nextDouble(), 2) + 0.02;
      total += weight[p];
    }
    ApprovalProfile.Builder builder = ApprovalProfile.builder(names);
    for (int v = 0; v < voters; v++) {
      int size = 1 + random.nextInt(10);
      java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
      while (chosen.size() < size) {
        double x = random.nextDouble() * total;
        int p = 0;
        while (p < projects - 1 && x > weight[p]) {
          x -= weight[p];
          p++;
        }
        chosen.add(p);
      }
      builder.add(chosen.stream().mapToInt(Integer::intValue).toArray(), 1);
    }
    instance = BudgetInstance.of(list, BigDecimal.valueOf(3_000_000), builder.build());
  }

  /** Equal shares with the default completion, add1 then utilitarian. */
  @Benchmark
  public BudgetDecision equalShares() {
    return new EqualSharesRule().decide(instance, Parameters.empty(), 42);
  }

  /** Equal shares alone, one exact count. */
  @Benchmark
  public BudgetDecision equalSharesWithoutCompletion() {
    return new EqualSharesRule().decide(instance, Parameters.of(Map.of("completion", "none")),
        42);
  }

  /** Greedy by approvals. */
  @Benchmark
  public BudgetDecision greedy() {
    return new GreedyBudgetRule().decide(instance, Parameters.empty(), 42);
  }
}
