package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.electorate.Weighting;
import io.yishi.core.simulation.OpinionSampler;
import io.yishi.core.simulation.Population;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SupportModelTest {

  private static OpinionSampler sampler(Map<String, ?> parameters) {
    return new SupportModel().sampler(Parameters.of(parameters), 2);
  }

  /**
   * Beta(μκ, (1 - μ)κ) has mean μ and variance μ(1 - μ)/(κ + 1). Over 200,000 draws the sample
   * mean's standard error is below 0.0011 and the variance's below 0.0004, so tolerances of
   * 0.005 and 0.002 are over four standard errors.
   */
  @ParameterizedTest(name = "mean {0}, concentration {1}")
  @CsvSource({"0.5, 4", "0.3, 10", "0.8, 0.5", "0.05, 2"})
  void opinionsHaveTheBetaDistributionsMeanAndVariance(double mean, double concentration) {
    int n = 200_000;
    Population.Builder b = Population.builder(Weighting.PER_PERSON, 0);
    for (int i = 0; i < n; i++) {
      b.voter(1, i, 0, 0, List.of());
    }
    double[] x = new double[n];
    sampler(Map.of("support", mean, "concentration", concentration, "swing", 0))
        .opinions(new SplittableRandom(42), b.build(), x);
    double sum = 0;
    double squares = 0;
    for (double v : x) {
      assertThat(v).isBetween(0.0, 1.0);
      sum += v;
      squares += v * v;
    }
    double m = sum / n;
    assertThat(m).isCloseTo(mean, within(0.005));
    assertThat(squares / n - m * m).isCloseTo(mean * (1 - mean) / (concentration + 1),
        within(0.002));
  }

  /**
   * Far below concentration 1 nearly every opinion is 0 or 1, with 1 as likely as the mean:
   * 20,000 draws at mean 0.9 give a share of ones within 0.015 (over six standard errors).
   */
  @Test
  void aTinyConcentrationStillGivesOneWithProbabilityTheMean() {
    SplittableRandom random = new SplittableRandom(5);
    int high = 0;
    for (int i = 0; i < 20_000; i++) {
      if (SupportModel.beta(random, 0.9, 0.001) > 0.5) {
        high++;
      }
    }
    assertThat(high / 20_000.0).isCloseTo(0.9, within(0.015));
  }

  @Test
  void aVoterTakesTheMeanSupportOfTheListedGroupsTheyBelongTo() {
    Population.Builder b = Population.builder(Weighting.PER_PERSON, 0);
    for (int i = 0; i < 3000; i++) {
      b.voter(1, i, 0, 0, i % 3 == 0 ? List.of("a") : i % 3 == 1 ? List.of("a", "b")
          : List.of());
    }
    Population p = b.build();
    OpinionSampler s = sampler(Map.of("support", 0.5, "groupSupport", Map.of("a", 0.0,
        "b", 1.0), "swing", 0));
    s.check(p);
    double[] x = new double[3000];
    s.opinions(new SplittableRandom(3), p, x);
    assertThat(x[0]).isZero();  // in a only: mean 0
    double middle = 0;
    for (int i = 1; i < 3000; i += 3) {
      middle += x[i];
    }
    assertThat(middle / 1000).isCloseTo(0.5, within(0.03));  // in a and b: mean 0.5
    assertThat(s.needsPopulation()).isTrue();
  }

  @Test
  void anonymousVotersRankAdoptFirstAboveOneHalfWithTheirUtilities() {
    long[] adopt = new long[1];
    long[] all = new long[1];
    sampler(Map.of("support", 0.9, "concentration", 1000, "swing", 0)).sample(
        new SplittableRandom(1), 500, (ranking, utilities, count) -> {
          all[0] += count;
          if (ranking[0] == 0) {
            adopt[0] += count;
            assertThat(utilities[0]).isGreaterThan(0.5);
          }
          assertThat(utilities[0] + utilities[1]).isCloseTo(1.0, within(1e-12));
        });
    assertThat(all[0]).isEqualTo(500);
    assertThat(adopt[0]).isEqualTo(500);
  }

  @Test
  void refusesBadParametersAndOtherThanTwoOptions() {
    assertThatThrownBy(() -> new SupportModel().sampler(Parameters.empty(), 3))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("options");
    assertThatThrownBy(() -> sampler(Map.of("concentration", 0)))
        .hasMessageContaining("concentration");
    assertThatThrownBy(() -> sampler(Map.of("support", -0.1))).hasMessageContaining("support");
    assertThatThrownBy(() -> sampler(Map.of("groupSupport", Map.of("a", 2))))
        .hasMessageContaining("groupSupport.a");
    assertThatThrownBy(() -> sampler(Map.of("swing", 2))).hasMessageContaining("swing");
  }
}
