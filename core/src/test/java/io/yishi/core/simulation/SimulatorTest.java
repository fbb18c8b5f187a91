package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.fixtures.YesNoRule;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.UnknownPluginException;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SimulatorTest {

  /** Every ranking equally likely, voter by voter; utilities 1 for the top, 0 for the rest. */
  static final class Uniform implements PreferenceModel {
    @Override
    public String id() {
      return "uniform-test";
    }

    @Override
    public String description() {
      return "every ranking equally likely, for tests";
    }

    @Override
    public PreferenceSampler sampler(Parameters parameters, int options) {
      boolean utilities = parameters.flag("utilities", false);
      return new PreferenceSampler() {
        @Override
        public boolean hasUtilities() {
          return utilities;
        }

        @Override
        public void sample(SplittableRandom random, int voters, PreferenceSink sink) {
          int[] r = new int[options];
          double[] u = new double[options];
          for (int v = 0; v < voters; v++) {
            for (int i = 0; i < options; i++) {
              r[i] = i;
            }
            for (int i = options - 1; i > 0; i--) {
              int j = random.nextInt(i + 1);
              int t = r[i];
              r[i] = r[j];
              r[j] = t;
            }
            for (int i = 0; i < options; i++) {
              u[r[i]] = options - 1 - i;
            }
            sink.accept(r, utilities ? u : null, 1);
          }
        }
      };
    }
  }

  /** A tally rule for tests: a strategy over the tally, or a fixed choice. */
  record Rule(String id, Function<RankingTally, int[]> choose) implements DecisionRule,
      TallyRule {
    @Override
    public String description() {
      return "a test rule";
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
    public int[] winners(RankingTally tally, Parameters parameters, long seed) {
      return choose.apply(tally);
    }
  }

  static final Rule CONDORCET_OR_FIRST = new Rule("condorcet-or-first", t ->
      new int[] {Math.max(0, t.condorcetWinner())});
  static final Rule ALWAYS_FIRST = new Rule("always-first", t -> new int[] {0});
  static final Rule UTILITARIAN = new Rule("utilitarian", t -> {
    int best = 0;
    for (int o = 1; o < t.options(); o++) {
      if (t.utility(o) > t.utility(best)) {
        best = o;
      }
    }
    return new int[] {best};
  });
  static final Rule ALL_TIED = new Rule("all-tied", t -> new int[] {0, 1, 2});
  static final Rule NOBODY = new Rule("nobody", t -> new int[0]);
  static final Rule UNSORTED = new Rule("unsorted", t -> new int[] {2, 0});

  static final Map<String, DecisionRule> RULES = Map.of("condorcet-or-first",
      CONDORCET_OR_FIRST, "always-first", ALWAYS_FIRST, "utilitarian", UTILITARIAN, "all-tied",
      ALL_TIED, "nobody", NOBODY, "unsorted", UNSORTED, "yes-no-test", new YesNoRule());

  static DecisionRule rule(String id) {
    DecisionRule r = RULES.get(id);
    if (r == null) {
      throw new UnknownPluginException(io.yishi.core.plugin.PluginKind.DECISION_RULE, id,
          List.copyOf(RULES.keySet()));
    }
    return r;
  }

  static Experiment experiment(int runs, boolean utilities, String... rules) {
    return new Experiment("uniform-test", Parameters.of(Map.of("utilities", utilities)), 25, 3,
        1.0, java.util.Arrays.stream(rules).map(Experiment.Rule::of).toList(), runs, 2026L);
  }

  @Test
  void givesTheSameFiguresOnOneThreadOrFourAndWholeOrInRanges() throws Exception {
    Experiment e = experiment(200, true, "condorcet-or-first", "always-first", "utilitarian");
    ExperimentResult one = Simulator.run(e, new Uniform(), SimulatorTest::rule, 1);
    ExperimentResult four = Simulator.run(e, new Uniform(), SimulatorTest::rule, 4);
    ExperimentTotals first = Simulator.runRange(e, new Uniform(), SimulatorTest::rule, 0, 77, 2);
    ExperimentTotals rest = Simulator.runRange(e, new Uniform(), SimulatorTest::rule, 77, 200, 3);

    String json = YishiJson.mapper().writeValueAsString(one);
    assertThat(YishiJson.mapper().writeValueAsString(four)).isEqualTo(json);
    assertThat(YishiJson.mapper().writeValueAsString(
        ExperimentResult.of(e, first.merge(rest)))).isEqualTo(json);
    assertThat(one.totals().fromRun()).isZero();
    assertThat(one.runs()).isEqualTo(200);
  }

  @Test
  void measuresCondorcetEfficiencyVseAndAgreement() {
    ExperimentResult r = Simulator.run(experiment(400, true, "condorcet-or-first",
        "always-first", "utilitarian", "all-tied"), new Uniform(), SimulatorTest::rule, 2);

    Estimate cw = r.condorcetWinnerRate();
    // Three options, 25 voters, impartial culture: a Condorcet winner in about 94% of profiles.
    assertThat(cw.mean()).isBetween(0.85, 0.99);
    assertThat(r.rules().get("condorcet-or-first").condorcetEfficiency().mean()).isEqualTo(1.0);
    // always-first picks the Condorcet winner when it is option 0: a third of the time, by
    // symmetry; the interval must hold 1/3.
    Estimate first = r.rules().get("always-first").condorcetEfficiency();
    assertThat(first.low()).isLessThan(1.0 / 3);
    assertThat(first.high()).isGreaterThan(1.0 / 3);
    // Borda utilities: the utilitarian rule is the best option, a fixed option averages 0.
    assertThat(r.rules().get("utilitarian").vse().mean()).isEqualTo(1.0, within(1e-12));
    Estimate fixed = r.rules().get("always-first").vse();
    assertThat(fixed.low()).isLessThan(0);
    assertThat(fixed.high()).isGreaterThan(0);
    // a three-way tie is the average option: VSE 0, and a third of each Condorcet winner
    assertThat(r.rules().get("all-tied").vse().mean()).isEqualTo(0.0, within(1e-12));
    assertThat(r.rules().get("all-tied").condorcetEfficiency().mean())
        .isEqualTo(1.0 / 3, within(1e-12));
    assertThat(r.rules().get("always-first").agreement().get("always-first").mean())
        .isEqualTo(1.0);
    assertThat(r.rules().get("always-first").agreement().get("all-tied").mean()).isZero();
    assertThat(r.rules().get("always-first").decidedRate().mean()).isEqualTo(1.0);
  }

  @Test
  void withoutUtilitiesVseHasNoSampleAndWithNoTurnoutNothingIsDecided() {
    ExperimentResult noUtilities = Simulator.run(experiment(50, false, "always-first"),
        new Uniform(), SimulatorTest::rule, 1);
    assertThat(noUtilities.rules().get("always-first").vse()).isNull();

    Experiment nobody = new Experiment("uniform-test", Parameters.empty(), 25, 3, 0.0,
        List.of(Experiment.Rule.of("always-first")), 20, 1L);
    ExperimentResult r = Simulator.run(nobody, new Uniform(), SimulatorTest::rule, 1);
    assertThat(r.rules().get("always-first").decidedRate().mean()).isZero();
    assertThat(r.condorcetWinnerRate().mean()).isZero();
    assertThat(r.rules().get("always-first").condorcetEfficiency()).isNull();
  }

  @Test
  void refusesBadExperimentsBeforeAnyRunNamingTheParameter() {
    assertThatThrownBy(() -> new Experiment("m", Parameters.empty(), 0, 3, 1, List.of(
        Experiment.Rule.of("a")), 1, 0)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("voters");
    assertThatThrownBy(() -> new Experiment("m", Parameters.empty(), 10, 9, 1, List.of(
        Experiment.Rule.of("a")), 1, 0)).hasMessageContaining("candidates");
    assertThatThrownBy(() -> new Experiment("m", Parameters.empty(), 10, 3, 1.5, List.of(
        Experiment.Rule.of("a")), 1, 0)).hasMessageContaining("turnout");
    assertThatThrownBy(() -> new Experiment("m", Parameters.empty(), 10, 3, Double.NaN,
        List.of(Experiment.Rule.of("a")), 1, 0)).hasMessageContaining("turnout");
    assertThatThrownBy(() -> new Experiment("m", Parameters.empty(), 10, 3, 1, List.of(), 1,
        0)).hasMessageContaining("rules");
    assertThatThrownBy(() -> new Experiment("m", Parameters.empty(), 10, 3, 1, List.of(
        Experiment.Rule.of("a"), Experiment.Rule.of("a")), 1, 0)).hasMessageContaining("twice");
    assertThatThrownBy(() -> new Experiment("m", Parameters.empty(), 10, 3, 1, List.of(
        Experiment.Rule.of("a")), 0, 0)).hasMessageContaining("runs");
    assertThatThrownBy(() -> Simulator.run(experiment(5, false, "no-such-rule"),
        new Uniform(), SimulatorTest::rule, 1)).isInstanceOf(UnknownPluginException.class)
        .hasMessageContaining("no-such-rule");
    assertThatThrownBy(() -> Simulator.run(experiment(5, false, "yes-no-test"),
        new Uniform(), SimulatorTest::rule, 1)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("rules").hasMessageContaining("yes-no-test");
  }

  @Test
  void showsEveryRunInOrderOnAnyNumberOfThreadsMatchingTheTotals() {
    Experiment e = experiment(150, true, "condorcet-or-first", "all-tied");
    List<RunObserver.Run> one = new java.util.ArrayList<>();
    List<RunObserver.Run> three = new java.util.ArrayList<>();
    ExperimentTotals totals = Simulator.runRange(e, new Uniform(), SimulatorTest::rule, 0, 150,
        1, one::add);
    Simulator.runRange(e, new Uniform(), SimulatorTest::rule, 0, 150, 3, three::add);

    assertThat(three).isEqualTo(one);
    assertThat(one).extracting(RunObserver.Run::index)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 150).boxed().toList());
    assertThat(one.stream().filter(r -> r.condorcetWinner() >= 0).count())
        .isEqualTo(totals.condorcetRuns());
    assertThat(one.get(0).choices()).extracting(RunObserver.Choice::rule)
        .containsExactly("condorcet-or-first", "all-tied");
    assertThat(one.get(0).choices().get(1).winners()).containsExactly(0, 1, 2);
    assertThat(one.get(0).voters()).isEqualTo(25);
  }

  @Test
  void aRuleThatChoosesNobodyHasNoVseAndABrokenRuleIsNamed() {
    ExperimentResult r = Simulator.run(experiment(30, true, "nobody", "utilitarian"),
        new Uniform(), SimulatorTest::rule, 2);
    assertThat(r.rules().get("nobody").decidedRate().mean()).isZero();
    assertThat(r.rules().get("nobody").vse()).isNull();
    assertThat(r.rules().get("utilitarian").vse().samples()).isEqualTo(r.totals().utilityRuns())
        .isPositive();

    for (int threads : new int[] {1, 2}) {
      assertThatThrownBy(() -> Simulator.run(experiment(40, false, "unsorted"), new Uniform(),
          SimulatorTest::rule, threads)).isInstanceOf(IllegalStateException.class)
          .hasMessage("rule unsorted: winners must be distinct option indices 0..2 in"
              + " increasing order, was [2, 0]");
    }
  }

  @Test
  void turnoutDrawsHowManyVoteAsABinomialVariate() {
    Experiment e = new Experiment("uniform-test", Parameters.empty(), 1000, 3, 0.3,
        List.of(Experiment.Rule.of("always-first")), 400, 5L);
    List<Long> voters = new java.util.ArrayList<>();
    Simulator.runRange(e, new Uniform(), SimulatorTest::rule, 0, 400, 2,
        run -> voters.add(run.voters()));

    // Binomial(1000, 0.3): mean 300, variance 210; the mean of 400 runs has standard error
    // sqrt(210/400) = 0.72, the test allows five; the spread must be the binomial's, not 0.
    double mean = voters.stream().mapToLong(Long::longValue).average().orElseThrow();
    double variance = voters.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / 399;
    assertThat(mean).isBetween(300 - 3.6, 300 + 3.6);
    assertThat(variance).isBetween(150.0, 280.0);
  }
}
