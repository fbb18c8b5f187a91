package io.yishi.benchmarks;

import io.yishi.core.spi.Parameters;
import io.yishi.voting.committee.CommitteeDecision;
import io.yishi.voting.committee.MeekStvRule;
import io.yishi.voting.committee.ScottishStvRule;
import io.yishi.voting.committee.SntvRule;
import io.yishi.voting.ranked.Profile;
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
 * The committee rules on random rankings (impartial culture, seed 42): each ballot a uniformly
 * random order of the candidates, cut after a uniformly random number of preferences from 1 to
 * all. Target for 100,000 ballots over 20 candidates and 5 seats: the Scottish STV count under
 * 1 s (the profile built once, outside the measurement).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StvBenchmark {

  /** Ballots. */
  @Param({"100000"})
  public int voters;

  /** Candidates. */
  @Param({"20"})
  public int candidates;

  /** Seats. */
  @Param({"5"})
  public int seats;

  private Profile profile;
  private Parameters parameters;

  /** Draws the ballots and builds the profile once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      names.add("c" + c);
    }
    Profile.Builder builder = Profile.builder(names);
    int[] order = new int[candidates];
    for (int v = 0; v < voters; v++) {
      for (int i = 0; i < candidates; i++) {
        order[i] = i;
      }
      for (int i = candidates - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      builder.addOrder(java.util.Arrays.copyOf(order, 1 + random.nextInt(candidates)), 1);
    }
    profile = builder.build();
    parameters = Parameters.of(Map.of("seats", seats));
  }

  @Benchmark
  public CommitteeDecision stv() {
    return new ScottishStvRule().decide(profile, parameters, 42);
  }

  @Benchmark
  public CommitteeDecision meek() {
    return new MeekStvRule().decide(profile, parameters, 42);
  }

  @Benchmark
  public CommitteeDecision sntv() {
    return new SntvRule().decide(profile, parameters, 42);
  }
}
