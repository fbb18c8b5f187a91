package io.yishi.benchmarks;

import io.yishi.core.simulation.DeGrootDynamics;
import io.yishi.core.simulation.HegselmannKrauseDynamics;
import io.yishi.core.simulation.OpinionProcess;
import io.yishi.core.simulation.SocialNetwork;
import io.yishi.core.spi.Parameters;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 8's deliberation phase: 10 rounds of DeGroot and of Hegselmann–Krause on 30,000 agents
 * living in buildings of 60 (everyone in a building talks to everyone else there) with 3 random
 * acquaintances each on average: about 930,000 links.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OpinionDynamicsBenchmark {

  private static final int AGENTS = 30_000;
  private static final int BUILDING = 60;

  private SocialNetwork network;
  private double[] initial;
  private double[] opinions;
  private final OpinionProcess degroot = new DeGrootDynamics().process(
      Parameters.of(Map.of("rounds", 10)));
  private final OpinionProcess hegselmannKrause = new HegselmannKrauseDynamics().process(
      Parameters.of(Map.of("rounds", 10, "epsilon", 0.2)));

  /** The network and uniform initial opinions, from seed 42. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    int[] buildingOf = new int[AGENTS];
    for (int i = 0; i < AGENTS; i++) {
      buildingOf[i] = i / BUILDING;
    }
    network = SocialNetwork.union(SocialNetwork.withinGroups(buildingOf),
        SocialNetwork.randomLinks(AGENTS, 3, random));
    initial = new double[AGENTS];
    for (int i = 0; i < AGENTS; i++) {
      initial[i] = random.nextDouble();
    }
    opinions = new double[AGENTS];
  }

  /** Every call starts from the same opinions, so no call runs on a settled population. */
  @Setup(Level.Invocation)
  public void reset() {
    System.arraycopy(initial, 0, opinions, 0, AGENTS);
  }

  /** Ten rounds of DeGroot averaging with the default weights. */
  @Benchmark
  public double[] degroot() {
    degroot.run(opinions, network, new SplittableRandom(1));
    return opinions;
  }

  /** Ten rounds of Hegselmann–Krause with ε = 0.2 on the network. */
  @Benchmark
  public double[] hegselmannKrause() {
    hegselmannKrause.run(opinions, network, new SplittableRandom(1));
    return opinions;
  }

  /** Building the network itself: the buildings, the random links and their union. */
  @Benchmark
  public SocialNetwork buildNetwork() {
    int[] buildingOf = new int[AGENTS];
    for (int i = 0; i < AGENTS; i++) {
      buildingOf[i] = i / BUILDING;
    }
    return SocialNetwork.union(SocialNetwork.withinGroups(buildingOf),
        SocialNetwork.randomLinks(AGENTS, 3, new SplittableRandom(42)));
  }
}
