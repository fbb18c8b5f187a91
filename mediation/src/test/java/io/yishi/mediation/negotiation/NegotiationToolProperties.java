package io.yishi.mediation.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Parameters;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On 200 seeded problems of each kind, each tool found by id in the registry gives exactly what
 * the algorithm it wraps gives, with and without lotteries for the bargaining solutions and with
 * the seed passed on to the lot.
 */
class NegotiationToolProperties {

  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final Parameters PURE = Parameters.of(Map.of("lotteries", false));

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static <P> NegotiationResult run(String id, Object problem, Parameters parameters,
      long seed) {
    return run(REGISTRY.negotiationTool(id), problem, parameters, seed);
  }

  private static <P> NegotiationResult run(NegotiationTool<P, ?> tool, Object problem,
      Parameters parameters, long seed) {
    return tool.negotiate(tool.problemType().cast(problem), parameters, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void adjustedWinnerToolIsTheProcedure(long seed) {
    AdjustedWinnerProblem problem = NegotiationGenerators.adjustedWinner(seed);

    assertThat(run("adjusted-winner", problem, Parameters.empty(), seed)).as("seed %d", seed)
        .isEqualTo(AdjustedWinner.divide(problem.issues(), problem.partyA().name(),
            problem.partyA().points().stream().mapToInt(Integer::intValue).toArray(),
            problem.partyB().name(),
            problem.partyB().points().stream().mapToInt(Integer::intValue).toArray()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nashBargainingToolIsTheSolution(long seed) {
    BargainingProblem problem = NegotiationGenerators.bargaining(seed);

    assertThat(run("nash-bargaining", problem, Parameters.empty(), seed)).as("seed %d", seed)
        .isEqualTo(NashBargaining.solve(problem, true, seed));
    assertThat(run("nash-bargaining", problem, PURE, seed)).as("seed %d, pure", seed)
        .isEqualTo(NashBargaining.solve(problem, false, seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void kalaiSmorodinskyToolIsTheSolution(long seed) {
    BargainingProblem problem = NegotiationGenerators.bargaining(seed);

    assertThat(run("kalai-smorodinsky", problem, Parameters.empty(), seed)).as("seed %d", seed)
        .isEqualTo(KalaiSmorodinsky.solve(problem, true, seed));
    assertThat(run("kalai-smorodinsky", problem, PURE, seed)).as("seed %d, pure", seed)
        .isEqualTo(KalaiSmorodinsky.solve(problem, false, seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void singleTextToolIsTheReplayedNegotiation(long seed) {
    SingleTextProblem problem = NegotiationGenerators.singleText(seed);
    SingleText replayed = problem.replay();

    NegotiationResult result = run("single-text", problem, Parameters.empty(), seed);

    assertThat(result).as("seed %d", seed).isEqualTo(SingleTextOutcome.of(replayed));
    assertThat(result.explanation()).as("seed %d", seed).isEqualTo(replayed.explanation());
  }
}
