package io.yishi.benchmarks;

import io.yishi.core.spi.Parameters;
import io.yishi.voting.ranked.BordaMethod;
import io.yishi.voting.ranked.BucklinMethod;
import io.yishi.voting.ranked.CondorcetMethod;
import io.yishi.voting.ranked.CoombsMethod;
import io.yishi.voting.ranked.CopelandMethod;
import io.yishi.voting.ranked.InstantRunoffMethod;
import io.yishi.voting.ranked.MinimaxMethod;
import io.yishi.voting.ranked.PluralityMethod;
import io.yishi.voting.ranked.Profile;
import io.yishi.voting.ranked.RankedDecision;
import io.yishi.voting.ranked.RankedPairsMethod;
import io.yishi.voting.ranked.RunoffMethod;
import io.yishi.voting.ranked.SchulzeMethod;
import io.yishi.voting.ranked.SchwartzSetMethod;
import io.yishi.voting.ranked.SmithSetMethod;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 4's figures: building a profile from random strict ballots (impartial culture, seed 42)
 * and running each ranked method on the built profile; targets for 1,000,000 ballots over 10
 * candidates: building under 100 ms, each method (Kemeny excepted) under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Building a large profile needs several seconds of warm-up before the JIT settles; with less,
// measurements swing between 80 and 500 ms.
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RankedBenchmark {

  /** Ballots; run with {@code -p voters=100,10000,1000000} for the cost curve. */
  @Param({"1000000"})
  public int voters;

  /** Candidates; run with {@code -p candidates=5,10,20} for the cost curve. */
  @Param({"10"})
  public int candidates;

  private int[][] ballots;
  private Profile profile;
  private java.nio.file.Path socFile;

  /** Draws the ballots (uniform random permutations) and builds the profile once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    ballots = new int[voters][];
    for (int v = 0; v < voters; v++) {
      int[] order = new int[candidates];
      for (int i = 0; i < candidates; i++) {
        order[i] = i;
      }
      for (int i = candidates - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      ballots[v] = order;
    }
    profile = build();
    profile.prefer(0, 1);  // derive the shared pairwise matrix once, as the methods expect
    socFile = writeSoc();
  }

  /** The same ballots as a PrefLib .soc file, one line per voter, in a temporary folder. */
  private java.nio.file.Path writeSoc() {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("yishi-ic-", ".soc");
      file.toFile().deleteOnExit();
      try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file)) {
        out.write("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: " + candidates + "\n");
        out.write("# NUMBER VOTERS: " + voters + "\n# NUMBER UNIQUE ORDERS: " + voters + "\n");
        for (int c = 0; c < candidates; c++) {
          out.write("# ALTERNATIVE NAME " + (c + 1) + ": c" + c + "\n");
        }
        StringBuilder line = new StringBuilder();
        for (int[] order : ballots) {
          line.setLength(0);
          line.append("1: ");
          for (int i = 0; i < order.length; i++) {
            line.append(i == 0 ? "" : ",").append(order[i] + 1);
          }
          out.write(line.append('\n').toString());
        }
      }
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reading the ballots from the .soc file into a profile. */
  @Benchmark
  public Profile readPrefLib() throws java.io.IOException {
    return io.yishi.voting.preflib.PrefLib.read(socFile).profile();
  }

  private Profile build() {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      names.add("c" + c);
    }
    Profile.Builder builder = Profile.builder(names);
    for (int[] order : ballots) {
      builder.addOrder(order, 1);
    }
    return builder.build();
  }

  /** Building the profile from the in-memory ballots. */
  @Benchmark
  public Profile buildProfile() {
    return build();
  }

  /** Deriving the pairwise matrix of a fresh profile (done once per profile, then shared). */
  @Benchmark
  public long pairwiseMatrix() {
    Profile fresh = profile.merge(Profile.builder(profile.candidates()).build());
    return fresh.prefer(0, 1);
  }

  private RankedDecision run(io.yishi.voting.ranked.RankedMethod method) {
    return method.decide(profile, Parameters.empty(), 42);
  }

  @Benchmark
  public RankedDecision plurality() {
    return run(new PluralityMethod());
  }

  @Benchmark
  public RankedDecision runoff() {
    return run(new RunoffMethod());
  }

  @Benchmark
  public RankedDecision irv() {
    return run(new InstantRunoffMethod());
  }

  @Benchmark
  public RankedDecision coombs() {
    return run(new CoombsMethod());
  }

  @Benchmark
  public RankedDecision bucklin() {
    return run(new BucklinMethod());
  }

  @Benchmark
  public RankedDecision borda() {
    return run(new BordaMethod());
  }

  @Benchmark
  public RankedDecision copeland() {
    return run(new CopelandMethod());
  }

  @Benchmark
  public RankedDecision minimax() {
    return run(new MinimaxMethod());
  }

  @Benchmark
  public RankedDecision schulze() {
    return run(new SchulzeMethod());
  }

  @Benchmark
  public RankedDecision rankedPairs() {
    return run(new RankedPairsMethod());
  }

  @Benchmark
  public RankedDecision condorcet() {
    return run(new CondorcetMethod());
  }

  @Benchmark
  public RankedDecision smith() {
    return run(new SmithSetMethod());
  }

  @Benchmark
  public RankedDecision schwartz() {
    return run(new SchwartzSetMethod());
  }
}
