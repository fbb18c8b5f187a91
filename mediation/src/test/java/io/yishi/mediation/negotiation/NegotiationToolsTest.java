package io.yishi.mediation.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.plugin.PluginDescriptor;
import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four negotiation tools as plugins: found by id, and the same as the algorithms. */
class NegotiationToolsTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  /** What a host does with a tool found by id: capture its problem type. */
  static <P> NegotiationResult run(NegotiationTool<P, ?> tool, Object problem,
      Parameters parameters, long seed) {
    return tool.negotiate(tool.problemType().cast(problem), parameters, seed);
  }

  static BargainingProblem repairs() {
    return BargainingTest.repairs();
  }

  @Test
  void theRegistryFindsTheFourToolsByTheirIds() {
    assertThat(REGISTRY.ids(PluginKind.NEGOTIATION_TOOL)).containsExactly(
        "adjusted-winner", "kalai-smorodinsky", "nash-bargaining", "single-text");
    assertThat(REGISTRY.negotiationTool("adjusted-winner")).isInstanceOf(AdjustedWinnerTool.class);
    assertThat(REGISTRY.negotiationTool("nash-bargaining")).isInstanceOf(NashBargainingTool.class);
    assertThat(REGISTRY.negotiationTool("kalai-smorodinsky"))
        .isInstanceOf(KalaiSmorodinskyTool.class);
    assertThat(REGISTRY.negotiationTool("single-text")).isInstanceOf(SingleTextTool.class);
  }

  @Test
  void eachToolNamesItsProblemAndResultTypes() {
    assertThat(REGISTRY.negotiationTool("adjusted-winner"))
        .extracting(NegotiationTool::problemType, NegotiationTool::resultType)
        .containsExactly(AdjustedWinnerProblem.class, AdjustedWinnerResult.class);
    for (String id : List.of("nash-bargaining", "kalai-smorodinsky")) {
      assertThat(REGISTRY.negotiationTool(id))
          .extracting(NegotiationTool::problemType, NegotiationTool::resultType)
          .containsExactly(BargainingProblem.class, BargainingSolution.class);
    }
    assertThat(REGISTRY.negotiationTool("single-text"))
        .extracting(NegotiationTool::problemType, NegotiationTool::resultType)
        .containsExactly(SingleTextProblem.class, SingleTextOutcome.class);
  }

  @Test
  void listingsShowADescriptionAndTheParameters() {
    List<PluginDescriptor> tools = REGISTRY.descriptors().stream()
        .filter(d -> d.kind() == PluginKind.NEGOTIATION_TOOL).toList();

    assertThat(tools).hasSize(4).allSatisfy(d -> assertThat(d.description()).isNotBlank());
    assertThat(tools).filteredOn(d -> List.of("nash-bargaining", "kalai-smorodinsky")
        .contains(d.id()))
        .hasSize(2)
        .allSatisfy(d -> assertThat(d.parameters()).singleElement().satisfies(p -> {
          assertThat(p.name()).isEqualTo("lotteries");
          assertThat(p.type()).isEqualTo("boolean");
          assertThat(p.defaultValue()).isEqualTo("true");
        }));
    assertThat(tools).filteredOn(d -> List.of("adjusted-winner", "single-text")
        .contains(d.id()))
        .hasSize(2)
        .allSatisfy(d -> assertThat(d.parameters()).isEmpty());
  }

  @Test
  void adjustedWinnerDividesAsTheProcedureDoes() {
    AdjustedWinnerProblem divorce = new AdjustedWinnerProblem(
        List.of("retirement account", "home", "summer cottage", "investments", "other"),
        AdjustedWinnerProblem.Party.of("Carol", 50, 20, 15, 10, 5),
        AdjustedWinnerProblem.Party.of("Bob", 40, 30, 10, 10, 10));

    NegotiationResult result = run(REGISTRY.negotiationTool("adjusted-winner"), divorce,
        Parameters.empty(), 0);

    assertThat(result).isEqualTo(AdjustedWinner.divide(divorce));
    assertThat(result.explain()).contains("final: Carol 170/3 points, Bob 170/3 points");
  }

  @Test
  void theBargainingToolsSolveWithLotteriesUnlessToldNotTo() {
    NegotiationTool<?, ?> nash = REGISTRY.negotiationTool("nash-bargaining");
    NegotiationTool<?, ?> ks = REGISTRY.negotiationTool("kalai-smorodinsky");
    Parameters pure = Parameters.of(Map.of("lotteries", false));

    assertThat(run(nash, repairs(), Parameters.empty(), 7))
        .isEqualTo(NashBargaining.solve(repairs()));
    assertThat(run(nash, repairs(), pure, 7)).isEqualTo(NashBargaining.solve(repairs(), false, 7));
    assertThat(run(ks, repairs(), Parameters.empty(), 7))
        .isEqualTo(KalaiSmorodinsky.solve(repairs()));
    assertThat(run(ks, repairs(), pure, 7))
        .isEqualTo(KalaiSmorodinsky.solve(repairs(), false, 7));
  }

  @Test
  void theBargainingToolsPassTheSeedToTheLot() {
    BargainingProblem tie = BargainingProblem.builder("A", "B")
        .option("p", 2, 3).option("q", 3, 2).build();
    Parameters pure = Parameters.of(Map.of("lotteries", false));

    for (long seed = 0; seed < 20; seed++) {
      assertThat(run(REGISTRY.negotiationTool("nash-bargaining"), tie, pure, seed))
          .isEqualTo(NashBargaining.solve(tie, false, seed));
    }
  }

  @Test
  void singleTextReplaysTheScriptIntoItsOutcome() {
    NegotiationResult result = run(REGISTRY.negotiationTool("single-text"),
        SingleTextExamples.noiseDispute(), Parameters.empty(), 0);

    assertThat(result).isEqualTo(SingleTextOutcome.of(SingleTextExamples.noiseDispute().replay()));
    assertThat(((SingleTextOutcome) result).agreedText()).contains(SingleTextExamples.V4);
    assertThat(result.explain()).endsWith(
        "Agreement: every party accepted version 4 in round 4, after 3 revisions.");
  }

  @Test
  void singleTextRefusesAScriptThatStopsBeforeTheEnd() {
    SingleTextProblem unfinished = new SingleTextProblem("Zhou", List.of("Wang", "Li"), 3,
        List.of(new SingleTextStep.Propose("Zhou", "Quiet after 21:00."),
            new SingleTextStep.Accept("Wang", 1)));

    assertThatThrownBy(() -> new SingleTextTool().negotiate(unfinished, Parameters.empty(), 0))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessage("steps: must carry the negotiation to its end, agreement or the last round;"
            + " after them: Round 1 is open: waiting for Li., was 2 steps");
  }

  @Test
  void singleTextNamesARefusedStepByItsPlace() {
    SingleTextProblem bad = new SingleTextProblem("Zhou", List.of("Wang", "Li"), 3,
        List.of(new SingleTextStep.Propose("Zhou", "Quiet after 21:00."),
            new SingleTextStep.Accept("Zhao", 1)));

    assertThatThrownBy(() -> new SingleTextTool().negotiate(bad, Parameters.empty(), 0))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessage("steps[1].by: must be one of the parties [Wang, Li] (accept-text),"
            + " was 'Zhao'");
  }

  @Test
  void toolsWithoutParametersRefuseAnyParameterNamingIt() {
    assertThatThrownBy(() -> new AdjustedWinnerTool().negotiate(
        NegotiationGenerators.adjustedWinner(1), Parameters.of(Map.of("rounding", "up")), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.rounding: is not a parameter of 'adjusted-winner' (known: []),"
            + " was up");
    assertThatThrownBy(() -> new SingleTextTool().negotiate(SingleTextExamples.noiseDispute(),
        Parameters.of(Map.of("maxRounds", 9)), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("parameters.maxRounds: is not a parameter of 'single-text'");
  }

  @Test
  void theBargainingToolsRefuseABadLotteriesValueAndAnUnknownParameter() {
    assertThatThrownBy(() -> new NashBargainingTool().negotiate(repairs(),
        Parameters.of(Map.of("lotteries", "no")), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.lotteries: must be true or false, was no");
    assertThatThrownBy(() -> new KalaiSmorodinskyTool().negotiate(repairs(),
        Parameters.of(Map.of("lottery", true)), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.lottery: is not a parameter of 'kalai-smorodinsky'"
            + " (known: [lotteries]), was true");
  }
}
