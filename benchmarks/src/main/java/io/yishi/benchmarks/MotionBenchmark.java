package io.yishi.benchmarks;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.Decision;
import io.yishi.voting.motion.DoubleMajorityRule;
import io.yishi.voting.motion.MajorityRule;
import io.yishi.voting.motion.MotionBallot;
import io.yishi.voting.motion.OwnersDecisionRule;
import io.yishi.voting.motion.Vote;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's figure: deciding a motion of 1,000,000 weighted ballots (one per member of a
 * 1,000,000-owner electorate weighted by floor area) must take under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MotionBenchmark {

  private static final int MEMBERS = 1_000_000;

  private DecisionRequest request;
  private final OwnersDecisionRule ownersMajor = new OwnersDecisionRule.Major();
  private final DoubleMajorityRule doubleMajority = new DoubleMajorityRule();
  private final MajorityRule majority = new MajorityRule();

  /** One million owners of 45–160 m² and one ballot each: 60 % yes, 30 % no, 10 % abstain. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    List<Member> members = new ArrayList<>(MEMBERS);
    List<Ballot> ballots = new ArrayList<>(MEMBERS);
    for (int i = 0; i < MEMBERS; i++) {
      MemberId id = new MemberId("o" + i);
      members.add(Member.of(id, BigDecimal.valueOf(4_500 + random.nextInt(11_501), 2)));
      int roll = random.nextInt(10);
      ballots.add(MotionBallot.of(id, roll < 6 ? Vote.YES : roll < 9 ? Vote.NO : Vote.ABSTAIN));
    }
    request = DecisionRequest.of(Electorate.of(Weighting.FLOOR_AREA, members), ballots,
        LocalDate.of(2025, 3, 1));
  }

  /** The owners' major-matter preset: participation gate and 3/4 by owners and by area. */
  @Benchmark
  public Decision ownersMajor() {
    return ownersMajor.decide(request);
  }

  /** A double majority by head count and by area. */
  @Benchmark
  public Decision doubleMajority() {
    return doubleMajority.decide(request);
  }

  /** A simple majority of votes cast, by head count. */
  @Benchmark
  public Decision majority() {
    return majority.decide(request);
  }
}
