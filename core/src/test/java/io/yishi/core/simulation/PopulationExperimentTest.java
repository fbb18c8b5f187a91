package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.fixtures.YesNoRule;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PopulationExperimentTest {

  /**
   * A motion rule for tests: adopted by more yes than no weight, provided more than half of the
   * heads take part; it records every count it sees.
   */
  static final class WeightMajority implements DecisionRule, CountRule {
    final List<VoteCount> seen = new ArrayList<>();

    @Override
    public String id() {
      return "weight-majority-test";
    }

    @Override
    public String description() {
      return "a motion rule for tests";
    }

    @Override
    public Class<? extends Ballot> ballotType() {
      return new YesNoRule().ballotType();
    }

    @Override
    public Decision decide(DecisionRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Counter counter(Parameters parameters) {
      return (count, seed) -> {
        synchronized (seen) {
          seen.add(count);
        }
        long taking = count.yes().heads() + count.no().heads() + count.abstain().heads();
        if (2 * taking <= count.eligible().heads()) {
          return Verdict.NOT_DECIDED;
        }
        return count.yes().weight() > count.no().weight() ? Verdict.ADOPTED : Verdict.REJECTED;
      };
    }
  }

  private final WeightMajority rule = new WeightMajority();
  private final PluginRegistry registry = PluginRegistry.load().with(rule);

  private static Experiment motion(int runs, Map<String, ?> support,
      Map<String, Double> groupTurnout, @Nullable String minority,
      Experiment.@Nullable Deliberation deliberation) {
    return new Experiment("support", Parameters.of(support), 0, 2, 0.8,
        List.of(Experiment.Rule.of("weight-majority-test"), Experiment.Rule.of("always-first")),
        runs, 77L, new Experiment.PopulationSpec("lixiong", Parameters.of(Map.of("units", 300))),
        groupTurnout, minority, deliberation);
  }

  @Test
  void givesTheSameJsonOnOneThreadOrThreeAndWholeOrInRanges() throws Exception {
    PluginRegistry withPlurality = registry.with(SimulatorTest.ALWAYS_FIRST);
    Experiment e = motion(150, Map.of("groupSupport", Map.of("landlord", 0.2)),
        Map.of("landlord", 0.4), "landlord", new Experiment.Deliberation("degroot",
            Parameters.of(Map.of("rounds", 5)), null));
    ExperimentResult one = Simulator.run(e, withPlurality, 1);
    ExperimentResult three = Simulator.run(e, withPlurality, 3);
    Population population = Simulator.population(e, withPlurality);
    ExperimentTotals head = Simulator.runRange(e, withPlurality, population, 0, 61, 2, null);
    ExperimentTotals tail = Simulator.runRange(e, withPlurality, population, 61, 150, 1, null);

    String json = YishiJson.mapper().writeValueAsString(one);
    assertThat(YishiJson.mapper().writeValueAsString(three)).isEqualTo(json);
    assertThat(YishiJson.mapper().writeValueAsString(ExperimentResult.of(e, population,
        head.merge(tail)))).isEqualTo(json);
    assertThat(one.voters()).isEqualTo(population.size());
    assertThat(one.population().model()).isEqualTo("lixiong");
    assertThat(one.population().groups()).containsKey("landlord");
    assertThat(one.deliberation()).isEqualTo("degroot");
  }

  @Test
  void countsHeadsAndFloorAreaOfEveryoneWhoTurnsOut() {
    Experiment e = motion(40, Map.of(), Map.of(), null, null);
    Population population = Simulator.population(e, registry);
    Simulator.run(e, registry.with(SimulatorTest.ALWAYS_FIRST), 1);

    assertThat(rule.seen).hasSize(40);
    for (VoteCount c : rule.seen) {
      assertThat(c.eligible().heads()).isEqualTo(population.size());
      assertThat(c.eligible().weight()).isEqualTo(population.totalWeight());
      long voted = c.yes().heads() + c.no().heads() + c.abstain().heads();
      // 80% turnout of some 285 owners: far from none and from all
      assertThat(voted).isBetween((long) (0.6 * population.size()),
          (long) (0.95 * population.size()));
      assertThat(c.weightScale()).isEqualTo(2);
    }
  }

  @Test
  void aGroupThatNeverVotesIsNeverCountedAndTurnoutDecidesTheQuorum() {
    Experiment none = motion(30, Map.of(), Map.of("owner", 0.0), null, null);
    ExperimentResult r = Simulator.run(none, registry.with(SimulatorTest.ALWAYS_FIRST), 2);
    assertThat(rule.seen).hasSize(30).allSatisfy(c -> assertThat(c.yes().heads() + c.no().heads())
        .isZero());
    assertThat(r.rules().get("weight-majority-test").decidedRate().mean()).isZero();
    assertThat(r.rules().get("weight-majority-test").adoptionRate().mean()).isZero();
  }

  @Test
  void aMinorityThatAlwaysOpposesIsSatisfiedExactlyWhenTheMotionFails() {
    Experiment e = motion(300, Map.of("support", 0.66, "swing", 0, "groupSupport",
        Map.of("landlord", 0.0)),
        Map.of(), "landlord", null);
    ExperimentResult r = Simulator.run(e, registry.with(SimulatorTest.ALWAYS_FIRST), 2);
    ExperimentResult.RuleMetrics m = r.rules().get("weight-majority-test");
    assertThat(m.adoptionRate().mean()).isBetween(0.2, 0.98);
    assertThat(m.minoritySatisfaction().mean()).isCloseTo(1 - m.adoptionRate().mean(),
        within(1e-12));
    // always-first adopts in every run, so the opposed minority is never satisfied
    assertThat(r.rules().get("always-first").minoritySatisfaction().mean()).isZero();
  }

  @Test
  void aMinorityThatNeverVotesStillCountsAndAQuorumFailureKeepsThingsAsTheyAre() {
    // landlords all for the motion but never voting; every run fails its quorum at 40% turnout,
    // so nothing is adopted and the landlords, who wanted it, are never satisfied
    Experiment e = new Experiment("support", Parameters.of(Map.of("swing", 0, "groupSupport",
        Map.of("landlord", 1.0))), 0, 2, 0.4, List.of(Experiment.Rule.of(
        "weight-majority-test")), 50, 8L, new Experiment.PopulationSpec("lixiong",
        Parameters.of(Map.of("units", 300))), Map.of("landlord", 0.0), "landlord", null);
    ExperimentResult r = Simulator.run(e, registry, 1);
    ExperimentResult.RuleMetrics m = r.rules().get("weight-majority-test");
    assertThat(m.decidedRate().mean()).isZero();
    assertThat(m.adoptionRate().mean()).isZero();
    assertThat(m.minoritySatisfaction().mean()).isZero();
    assertThat(m.minoritySatisfaction().samples()).isEqualTo(50);
  }

  @Test
  void aSmallCommunityDeliberatesOnTheDefaultNetworkAndAnEmptyMinorityIsRefused() {
    Experiment tiny = new Experiment("support", Parameters.empty(), 0, 2, 1,
        List.of(Experiment.Rule.of("weight-majority-test")), 5, 1L,
        new Experiment.PopulationSpec("lixiong", Parameters.of(Map.of("units", 30))), Map.of(),
        null, new Experiment.Deliberation("degroot", null, null));
    assertThat(Simulator.run(tiny, registry, 1).spreadAfter()).isNotNull();
    Experiment residents = new Experiment("support", Parameters.empty(), 0, 2, 1,
        List.of(Experiment.Rule.of("weight-majority-test")), 5, 1L,
        new Experiment.PopulationSpec("lixiong", Parameters.of(Map.of("units", 30,
            "electorate", "residents"))), Map.of(), "veteran-of-nothing", null);
    assertThatThrownBy(() -> Simulator.run(residents, registry, 1))
        .hasMessageContaining("minorityGroup");
    Experiment noTenants = new Experiment("support", Parameters.empty(), 0, 2, 1,
        List.of(Experiment.Rule.of("weight-majority-test")), 5, 1L,
        new Experiment.PopulationSpec("lixiong", Parameters.of(Map.of("units", 30))), Map.of(),
        "tenant", null);
    assertThatThrownBy(() -> Simulator.run(noTenants, registry, 1))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("tenant")
        .hasMessageContaining("no member");
    assertThat(rule.seen).hasSize(5);
  }

  @Test
  void deliberationNarrowsTheSpreadOfOpinions() {
    Experiment e = motion(50, Map.of("concentration", 2), Map.of(), null,
        new Experiment.Deliberation("degroot", Parameters.of(Map.of("rounds", 20)),
            new Experiment.Network(true, true, false, 3)));
    ExperimentResult r = Simulator.run(e, registry.with(SimulatorTest.ALWAYS_FIRST), 2);
    // beta(1, 1) at mean 0.5 and concentration 2: sd 1/sqrt(12)
    assertThat(r.spreadBefore().mean()).isCloseTo(Math.sqrt(1.0 / 12), within(0.02));
    assertThat(r.spreadAfter().mean()).isLessThan(r.spreadBefore().mean() / 3);

    ExperimentResult without = Simulator.run(motion(10, Map.of(), Map.of(), null, null),
        registry.with(SimulatorTest.ALWAYS_FIRST), 1);
    assertThat(without.spreadAfter()).isNull();
    assertThat(without.spreadBefore()).isNotNull();
  }

  @Test
  void refusesWhatNeedsAPopulationOrNamesAMissingGroupBeforeAnyRun() {
    PluginRegistry r = registry.with(SimulatorTest.ALWAYS_FIRST);
    List<Experiment.Rule> rules = List.of(Experiment.Rule.of("weight-majority-test"));
    assertThatThrownBy(() -> new Experiment("support", Parameters.empty(), 100, 2, 1, rules, 5,
        0, null, Map.of("owner", 0.5), null, null)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("groupTurnout").hasMessageContaining("needs a population");
    assertThatThrownBy(() -> new Experiment("support", Parameters.empty(), 100, 2, 1, rules, 5,
        0, null, Map.of(), "owner", null)).hasMessageContaining("minorityGroup");
    assertThatThrownBy(() -> motion(5, Map.of(), Map.of("owner", 1.5), null, null))
        .hasMessageContaining("groupTurnout.owner").hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> new Experiment("support", Parameters.empty(), 100, 2, 1, rules, 5,
        0, new Experiment.PopulationSpec("lixiong", null), Map.of(), null, null))
        .hasMessageContaining("voters");
    assertThatThrownBy(() -> Simulator.run(motion(5, Map.of(), Map.of("nobody", 0.5), null,
        null), r, 1)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("groupTurnout.nobody");
    assertThatThrownBy(() -> Simulator.run(motion(5, Map.of(), Map.of(), "nobody", null), r, 1))
        .hasMessageContaining("minorityGroup").hasMessageContaining("nobody");
    assertThatThrownBy(() -> Simulator.run(motion(5, Map.of("groupSupport",
        Map.of("nobody", 0.1)), Map.of(), null, null), r, 1))
        .hasMessageContaining("groupSupport.nobody");
    assertThatThrownBy(() -> Simulator.run(new Experiment("impartial", Parameters.empty(), 0, 2,
        1, rules, 5, 0, new Experiment.PopulationSpec("lixiong", null), Map.of(), null, null),
        r, 1)).hasMessageContaining("model").hasMessageContaining("support");
    assertThatThrownBy(() -> Simulator.run(new Experiment("support", Parameters.of(Map.of(
        "groupSupport", Map.of("owner", 0.3))), 50, 2, 1, rules, 5, 0), r, 1))
        .hasMessageContaining("population");
    assertThatThrownBy(() -> Simulator.run(new Experiment("impartial", Parameters.empty(), 50, 3,
        1, rules, 5, 0), r, 1)).hasMessageContaining("weight-majority-test")
        .hasMessageContaining("2 candidates");
    assertThat(rule.seen).isEmpty();
  }

  @Test
  void anonymousVotersOnTwoOptionsAreCountedByHead() {
    Experiment e = new Experiment("support", Parameters.of(Map.of("support", 0.7, "swing", 0)),
        1000, 2, 0.6, List.of(Experiment.Rule.of("weight-majority-test")), 20, 3L);
    ExperimentResult r = Simulator.run(e, registry, 1);
    assertThat(rule.seen).allSatisfy(c -> {
      assertThat(c.eligible().heads()).isEqualTo(1000);
      assertThat(c.yes().heads() + c.no().heads()).isBetween(520L, 680L);
      assertThat(c.abstain().heads()).isZero();
    });
    // 0.7 mean support with concentration 4: P(x > 0.5) is about 0.74, so every run adopts
    assertThat(r.rules().get("weight-majority-test").adoptionRate().mean()).isEqualTo(1.0);
  }
}
