package io.yishi.benchmarks;

import io.yishi.core.spi.Parameters;
import io.yishi.voting.cardinal.ApprovalMethod;
import io.yishi.voting.cardinal.ApprovalProfile;
import io.yishi.voting.cardinal.CardinalDecision;
import io.yishi.voting.cardinal.DotVotingMethod;
import io.yishi.voting.cardinal.MajorityJudgmentMethod;
import io.yishi.voting.cardinal.ScoreMethod;
import io.yishi.voting.cardinal.ScoreProfile;
import io.yishi.voting.cardinal.StarMethod;
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
 * The cardinal methods on built profiles of random ballots (seed 42): uniform scores 0 to 5,
 * approvals with probability 1/3 each, and three dots placed at random; targets for 1,000,000
 * ballots over 20 options: approval, score and dots under 50 ms each once the profile is built
 * (they read only the totals the profile derived), and the profile builds reported alongside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CardinalBenchmark {

  /** Ballots; run with {@code -p voters=100,10000,1000000} for the cost curve. */
  @Param({"1000000"})
  public int voters;

  /** Options; run with {@code -p candidates=5,10,20} for the cost curve. */
  @Param({"20"})
  public int candidates;

  private static final Parameters NONE = Parameters.empty();
  private static final Parameters THREE_DOTS = Parameters.of(Map.of("dots", 3));

  private List<String> names;
  private int[][] scores;
  private int[][] dots;
  private int[][] approvals;
  private ScoreProfile scoreProfile;
  private ScoreProfile dotProfile;
  private ApprovalProfile approvalProfile;

  /** Draws the ballots and builds the profiles once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    names = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      names.add("c" + c);
    }
    scores = new int[voters][candidates];
    dots = new int[voters][candidates];
    approvals = new int[voters][];
    int[] chosen = new int[candidates];
    for (int v = 0; v < voters; v++) {
      int k = 0;
      for (int c = 0; c < candidates; c++) {
        scores[v][c] = random.nextInt(6);
        if (random.nextInt(3) == 0) {
          chosen[k++] = c;
        }
      }
      approvals[v] = java.util.Arrays.copyOf(chosen, k);
      for (int d = 0; d < 3; d++) {
        dots[v][random.nextInt(candidates)]++;
      }
    }
    scoreProfile = buildScores();
    dotProfile = buildDots();
    approvalProfile = buildApprovals();
  }

  /** Building the score profile from the in-memory ballots. */
  @Benchmark
  public ScoreProfile buildScores() {
    ScoreProfile.Builder b = ScoreProfile.builder(names, 0, 5);
    for (int[] row : scores) {
      b.add(row, 1);
    }
    return b.build();
  }

  /** Building the dot profile (scale 0 to 3) from the in-memory ballots. */
  @Benchmark
  public ScoreProfile buildDots() {
    ScoreProfile.Builder b = ScoreProfile.builder(names, 0, 3);
    for (int[] row : dots) {
      b.add(row, 1);
    }
    return b.build();
  }

  /** Building the approval profile from the in-memory ballots. */
  @Benchmark
  public ApprovalProfile buildApprovals() {
    ApprovalProfile.Builder b = ApprovalProfile.builder(names);
    for (int[] set : approvals) {
      b.add(set, 1);
    }
    return b.build();
  }

  /** Approval voting on the built profile. */
  @Benchmark
  public CardinalDecision approval() {
    return new ApprovalMethod().decide(approvalProfile, NONE, 0);
  }

  /** Score voting on the built profile. */
  @Benchmark
  public CardinalDecision score() {
    return new ScoreMethod().decide(scoreProfile, NONE, 0);
  }

  /** STAR on the built profile: totals, then the runoff over the distinct ballots. */
  @Benchmark
  public CardinalDecision star() {
    return new StarMethod().decide(scoreProfile, NONE, 0);
  }

  /** Majority judgment on the built profile: medians and majority values from histograms. */
  @Benchmark
  public CardinalDecision majorityJudgment() {
    return new MajorityJudgmentMethod().decide(scoreProfile, NONE, 0);
  }

  /** Dot voting on the built profile, with its checks on the profile. */
  @Benchmark
  public CardinalDecision dots() {
    return new DotVotingMethod().decide(dotProfile, THREE_DOTS, 0);
  }
}
