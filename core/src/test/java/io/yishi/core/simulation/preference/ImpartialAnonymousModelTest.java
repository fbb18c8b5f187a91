package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.Rankings;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Impartial anonymous culture: every anonymous profile equally likely, in both of its forms (the
 * Dirichlet–multinomial used up to 8 options and the urn used beyond).
 */
class ImpartialAnonymousModelTest {

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("dirichlet-multinomial", Draws.sampler("impartial-anonymous", Map.of(), 3)),
        Arguments.of("urn", ImpartialAnonymousModel.urn(3)));
  }

  /**
   * 3 options and 3 voters: C(6 + 3 − 1, 3) = 56 anonymous profiles, each with probability
   * 1/56 (impartial culture would give them probabilities from 1/216 to 6/216).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyAnonymousProfileIsEquallyLikely(String form, PreferenceSampler sampler) {
    SplittableRandom random = new SplittableRandom(12);
    int runs = 112_000;
    Map<String, Long> profiles = new HashMap<>();
    for (int run = 0; run < runs; run++) {
      long[] counts = new long[6];
      sampler.sample(random, 3, (r, u, c) -> counts[(int) Rankings.code(r)] += c);
      profiles.merge(java.util.Arrays.toString(counts), 1L, Long::sum);
    }
    assertThat(profiles).hasSize(56);
    long[] observed = profiles.values().stream().mapToLong(Long::longValue).toArray();
    double[] expected = new double[56];
    java.util.Arrays.fill(expected, runs / 56.0);
    assertThat(Draws.chiSquare(observed, expected)).isLessThan(Draws.chiSquareBound(55));
  }
}
