package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The experiment's runs are independent draws: under impartial culture with many voters the
 * share of runs with a Condorcet winner approaches its known limit, 0.9123 for 3 options and
 * 0.7487 for 5 (Gehrlein and Fishburn; Niemi and Weisberg 1968). The urn with alpha 0 is
 * impartial culture drawn voter by voter, where runs whose random streams overlap (one run's
 * stream its neighbour's shifted by a draw) give correlated profiles and a biased rate.
 */
class SimulatorStatisticsTest {

  @ParameterizedTest
  @CsvSource({"impartial, 3, 0.9123, 0", "impartial, 5, 0.7487, 0", "urn, 5, 0.7487, 0",
      "urn, 5, 0.7487, 2026"})
  void theCondorcetWinnerRateUnderImpartialCultureIsTheKnownLimit(String model, int options,
      double limit, long seed) {
    Parameters parameters = model.equals("urn") ? Parameters.of(Map.of("alpha", 0))
        : Parameters.empty();
    Experiment e = new Experiment(model, parameters, 1001, options, 1.0,
        List.of(Experiment.Rule.of("condorcet-or-first")), 10_000, seed);
    ExperimentResult r = Simulator.run(e, PluginRegistry.load().preferenceModel(model),
        SimulatorTest::rule, 2);

    // 10,000 independent runs: the standard error is at most sqrt(0.25/10000) = 0.005, and at
    // 1,001 voters the finite-n rate is within 0.005 of the limit. Five standard errors plus
    // that margin, 0.03, make a false failure negligible; overlapping streams moved the rate
    // by about 0.04.
    assertThat(r.condorcetWinnerRate().mean()).isBetween(limit - 0.03, limit + 0.03);
  }

  @ParameterizedTest
  @CsvSource({"0", "2026"})
  void runsAFewApartAreIndependent(long seed) {
    Experiment e = new Experiment("urn", Parameters.of(Map.of("alpha", 0)), 101, 5, 1.0,
        List.of(Experiment.Rule.of("condorcet-or-first")), 4000, seed);
    List<Integer> winners = new java.util.ArrayList<>();
    Simulator.runRange(e, PluginRegistry.load().preferenceModel("urn"), SimulatorTest::rule, 0,
        4000, 2, run -> winners.add(run.condorcetWinner()));

    double p = winners.stream().filter(w -> w >= 0).count() / (double) winners.size();
    // Independent runs share a Condorcet winner with probability 5 (p/5)^2 = p^2/5, about 0.11,
    // at any lag; over ~4,000 pairs its standard error is about 0.005, and the test allows
    // 0.03. A voter here takes six draws, so runs whose streams are shifted copies of each
    // other repeat a profile, nearly, six runs on.
    for (int lag = 1; lag <= 12; lag++) {
      long same = 0;
      for (int r = lag; r < winners.size(); r++) {
        if (winners.get(r) >= 0 && winners.get(r).equals(winners.get(r - lag))) {
          same++;
        }
      }
      assertThat((double) same / (winners.size() - lag)).as("lag %s", lag)
          .isBetween(p * p / 5 - 0.03, p * p / 5 + 0.03);
    }
  }
}
