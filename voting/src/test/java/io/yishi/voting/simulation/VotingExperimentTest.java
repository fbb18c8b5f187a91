package io.yishi.voting.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.Experiment;
import io.yishi.core.simulation.ExperimentResult;
import io.yishi.core.simulation.RunObserver;
import io.yishi.core.simulation.Simulator;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The library's own rules in experiments: motion presets on a population, committees. */
class VotingExperimentTest {

  private static final PluginRegistry REGISTRY = PluginRegistry.load();

  private static Experiment owners(double turnout) {
    return new Experiment("support", Parameters.of(Map.of("support", 0.6)), 0, 2, turnout,
        List.of(Experiment.Rule.of("owners-major"), Experiment.Rule.of("owners-ordinary"),
            Experiment.Rule.of("majority"), Experiment.Rule.of("residents-meeting")),
        300, 5L, new Experiment.PopulationSpec("lixiong", Parameters.of(Map.of("units", 1500))),
        Map.of(), null, null);
  }

  @Test
  void ownersRulesCannotDecideBelowTwoThirdsTurnoutAndAlwaysCanAboveIt() {
    ExperimentResult low = Simulator.run(owners(0.58), REGISTRY, 2);
    ExperimentResult high = Simulator.run(owners(0.9), REGISTRY, 2);

    // some 1,430 owners at 58% turnout (sd 1.3%): 1/2 and 2/3 are six standard deviations away
    assertThat(low.rules().get("owners-major").decidedRate().mean()).isZero();
    assertThat(low.rules().get("owners-ordinary").decidedRate().mean()).isZero();
    assertThat(low.rules().get("residents-meeting").decidedRate().mean()).isEqualTo(1.0);
    assertThat(low.rules().get("majority").decidedRate().mean()).isEqualTo(1.0);
    assertThat(high.rules().get("owners-major").decidedRate().mean()).isEqualTo(1.0);
    // 3/4 of those taking part is harder to reach than more than half
    assertThat(high.rules().get("owners-major").adoptionRate().mean())
        .isLessThan(high.rules().get("owners-ordinary").adoptionRate().mean());
    assertThat(high.rules().get("owners-ordinary").adoptionRate().mean())
        .isLessThanOrEqualTo(high.rules().get("majority").adoptionRate().mean());
  }

  @Test
  void committeesElectTheirSeatsAndMoreSeatsThanOptionsFailBeforeAnyRun() {
    Experiment two = new Experiment("impartial", Parameters.empty(), 301, 5, 1,
        List.of(new Experiment.Rule("stv", Parameters.of(Map.of("seats", 2))),
            new Experiment.Rule("sntv", Parameters.of(Map.of("seats", 2)))), 30, 9L);
    List<RunObserver.Run> runs = new ArrayList<>();
    Simulator.runRange(two, REGISTRY, null, 0, 30, 1, runs::add);
    assertThat(runs).hasSize(30).allSatisfy(run -> assertThat(run.choices())
        .allSatisfy(c -> assertThat(c.winners()).hasSize(2)));

    Experiment six = new Experiment("impartial", Parameters.empty(), 301, 5, 1,
        List.of(new Experiment.Rule("stv", Parameters.of(Map.of("seats", 6)))), 30, 9L);
    List<RunObserver.Run> none = new ArrayList<>();
    assertThatThrownBy(() -> Simulator.runRange(six, REGISTRY, null, 0, 30, 1, none::add))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("seats")
        .hasMessageContaining("6");
    assertThat(none).isEmpty();
  }
}
