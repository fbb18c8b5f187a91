package io.yishi.benchmarks;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.CommandId;
import io.yishi.core.consultation.CommandRequest;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
 * The cost of recording one command (validation, canonical JSON, SHA-256, fold) and of verifying
 * a stored log of 10,000 events.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConsultationBenchmark {

  private static final ResidentId AUTHOR = new ResidentId("r-1");

  private Consultation consultation;
  private EventLog tenThousand;
  private long n;

  /** Opens a fresh consultation and records a log of 10,000 ideas. */
  @Setup(Level.Iteration)
  public void setUp() {
    consultation = open();
    Consultation big = open();
    for (int i = 0; i < 10_000; i++) {
      big.submit(new Command.SubmitIdea(AUTHOR, "idea " + i));
    }
    tenThousand = big.log();
  }

  private static Consultation open() {
    Electorate electorate = Electorate.of(Weighting.PER_PERSON,
        List.of(Member.of(new MemberId("m1"))));
    return Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("bench"))
        .title("benchmark")
        .issue(new Issue(new IssueId("bench"), "benchmark", Category.SAFETY,
            io.yishi.core.electorate.Scope.community()))
        .method("discuss-and-decide")
        .rule("benchmark-no-vote")
        .electorate(electorate)
        .build(), Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC),
        PluginRegistry.load().with(new NoVoteRule()));
  }

  /** A rule that is never asked to decide: ideas are all this benchmark records. */
  public static final class NoVoteRule implements DecisionRule {
    @Override
    public String id() {
      return "benchmark-no-vote";
    }

    @Override
    public String description() {
      return "benchmark placeholder; never decides";
    }

    @Override
    public Class<? extends Ballot> ballotType() {
      return Ballot.class;
    }

    @Override
    public Decision decide(DecisionRequest request) {
      throw new IllegalStateException("the benchmark casts no ballot");
    }
  }

  /** Records one idea with a caller-chosen id (digest, chain hash and fold). */
  @Benchmark
  public long submitWithId() {
    n++;
    return consultation.submit(CommandRequest.of(new Command.SubmitIdea(AUTHOR, "idea " + n))
        .withId(new CommandId("c" + n))).version();
  }

  /** Verifies the hash chain of a 10,000-event log. */
  @Benchmark
  public int verifyTenThousandEvents() {
    tenThousand.verify();
    return tenThousand.size();
  }
}
