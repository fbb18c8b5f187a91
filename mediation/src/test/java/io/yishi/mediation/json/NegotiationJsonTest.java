package io.yishi.mediation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.mediation.negotiation.AdjustedWinner;
import io.yishi.mediation.negotiation.AdjustedWinnerProblem;
import io.yishi.mediation.negotiation.AdjustedWinnerResult;
import io.yishi.mediation.negotiation.BargainingProblem;
import io.yishi.mediation.negotiation.BargainingSolution;
import io.yishi.mediation.negotiation.KalaiSmorodinsky;
import io.yishi.mediation.negotiation.NashBargaining;
import io.yishi.mediation.negotiation.NegotiationGenerators;
import io.yishi.mediation.negotiation.SingleText;
import io.yishi.mediation.negotiation.SingleTextExamples;
import io.yishi.mediation.negotiation.SingleTextOutcome;
import io.yishi.mediation.negotiation.SingleTextProblem;
import io.yishi.mediation.negotiation.SingleTextStep;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every negotiation problem and result survives a JSON round trip unchanged (written, read back
 * equal, written again to the same text), exact numbers included; results carry their stable
 * type names; bad JSON fails naming the field.
 */
class NegotiationJsonTest {

  static final ObjectMapper JSON = YishiJson.mapper();

  static AdjustedWinnerProblem divorce() {
    return new AdjustedWinnerProblem(
        List.of("retirement account", "home", "summer cottage", "investments", "other"),
        AdjustedWinnerProblem.Party.of("Carol", 50, 20, 15, 10, 5),
        AdjustedWinnerProblem.Party.of("Bob", 40, 30, 10, 10, 10));
  }

  static BargainingProblem thirds() {
    // Nash on the edge (0, 3)-(3, 0) from d = (1, 0): t(3) peaks where 3t - 1 = 3 - 3t, t = 2/3.
    return BargainingProblem.builder("A", "B").disagreement(1, 0)
        .option("x", 0, 3).option("y", 3, 0).option("z", 0.5, 0.25).build();
  }

  static Stream<Arguments> values() {
    SingleTextProblem noise = SingleTextExamples.noiseDispute();
    SingleText agreed = noise.replay();
    SingleText failed = SingleTextExamples.noiseDisputeInTwoRounds().replay();
    List<SingleTextStep> steps = noise.steps();
    return Stream.of(
        Arguments.of(AdjustedWinnerProblem.class, divorce()),
        Arguments.of(AdjustedWinnerResult.class, AdjustedWinner.divide(divorce())),
        Arguments.of(NegotiationResult.class, AdjustedWinner.divide(divorce())),
        Arguments.of(BargainingProblem.class, thirds()),
        Arguments.of(BargainingSolution.class, NashBargaining.solve(thirds())),
        Arguments.of(NegotiationResult.class, KalaiSmorodinsky.solve(thirds())),
        Arguments.of(BargainingSolution.class, NashBargaining.solve(thirds(), false, 3)),
        Arguments.of(BargainingSolution.class, NashBargaining.solve(
            BargainingProblem.builder("A", "B").disagreement(5, 5).option("o", 1, 1).build())),
        Arguments.of(SingleTextProblem.class, noise),
        Arguments.of(SingleTextProblem.class, SingleTextExamples.noiseDisputeInTwoRounds()),
        Arguments.of(SingleTextStep.class, steps.get(0)),
        Arguments.of(SingleTextStep.class, steps.get(1)),
        Arguments.of(SingleTextStep.class, steps.get(3)),
        Arguments.of(SingleTextStep.class, steps.get(4)),
        Arguments.of(SingleText.class, SingleText.start("Zhou", List.of("Wang", "Li"), 3)),
        Arguments.of(SingleText.class, new SingleTextProblem("Zhou", List.of("Wang", "Li"), 3,
            steps.subList(0, 5)).replay()),
        Arguments.of(SingleText.class, agreed),
        Arguments.of(SingleText.class, failed),
        Arguments.of(SingleTextOutcome.class, SingleTextOutcome.of(agreed)),
        Arguments.of(NegotiationResult.class, SingleTextOutcome.of(failed)));
  }

  @ParameterizedTest(name = "{0}: {index}")
  @MethodSource("values")
  void roundTripsUnchanged(Class<?> type, Object value) throws Exception {
    String json = JSON.writeValueAsString(value);

    Object read = JSON.readValue(json, type);

    assertThat(read).isEqualTo(value);
    assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
    assertThat(YishiJson.canonicalMapper().writeValueAsString(read))
        .isEqualTo(YishiJson.canonicalMapper().writeValueAsString(value));
  }

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedProblemsAndResultsRoundTripUnchanged(long seed) throws Exception {
    AdjustedWinnerProblem aw = NegotiationGenerators.adjustedWinner(seed);
    BargainingProblem bp = NegotiationGenerators.bargaining(seed);
    SingleTextProblem st = NegotiationGenerators.singleText(seed);
    List<Object> values = new ArrayList<>(List.of(aw, AdjustedWinner.divide(aw), bp,
        NashBargaining.solve(bp), NashBargaining.solve(bp, false, seed),
        KalaiSmorodinsky.solve(bp), KalaiSmorodinsky.solve(bp, false, seed), st, st.replay(),
        SingleTextOutcome.of(st.replay())));

    for (Object value : values) {
      String json = JSON.writeValueAsString(value);
      Object read = JSON.readValue(json, value.getClass());
      assertThat(read).as("seed %d: %s", seed, json).isEqualTo(value);
      assertThat(JSON.writeValueAsString(read)).as("seed %d", seed).isEqualTo(json);
      if (value instanceof NegotiationResult) {
        assertThat(JSON.readValue(json, NegotiationResult.class)).as("seed %d", seed)
            .isEqualTo(value);
      }
    }
  }

  @Test
  void anAdjustedWinnerProblemHasThisShape() throws Exception {
    assertThat(JSON.writeValueAsString(new AdjustedWinnerProblem(List.of("home", "car"),
        AdjustedWinnerProblem.Party.of("Carol", 60, 40),
        AdjustedWinnerProblem.Party.of("Bob", 30, 70))))
        .isEqualTo("{\"issues\":[\"home\",\"car\"],"
            + "\"partyA\":{\"name\":\"Carol\",\"points\":[60,40]},"
            + "\"partyB\":{\"name\":\"Bob\",\"points\":[30,70]}}");
  }

  @Test
  void anAdjustedWinnerResultHasThisShapeWithExactFractions() throws Exception {
    AdjustedWinnerResult result = AdjustedWinner.divide(List.of("land"), "A", new int[] {100},
        "B", new int[] {100});

    assertThat(JSON.writeValueAsString(result)).isEqualTo("{\"type\":\"adjusted-winner-result\","
        + "\"partyA\":\"A\",\"partyB\":\"B\","
        + "\"shareOfA\":{\"land\":{\"numerator\":1,\"denominator\":2}},"
        + "\"totalA\":{\"numerator\":50,\"denominator\":1},"
        + "\"totalB\":{\"numerator\":50,\"denominator\":1},"
        + "\"split\":{\"issue\":\"land\",\"shareOfA\":{\"numerator\":1,\"denominator\":2}},"
        + "\"explanation\":" + JSON.writeValueAsString(result.explanation()) + "}");
  }

  @Test
  void theCarolAndBobSplitKeepsItsFractionsExact() throws Exception {
    String json = JSON.writeValueAsString(AdjustedWinner.divide(divorce()));

    assertThat(json).contains("\"retirement account\":{\"numerator\":5,\"denominator\":6}")
        .contains("\"totalA\":{\"numerator\":170,\"denominator\":3}");
  }

  @Test
  void aBargainingProblemHasThisShape() throws Exception {
    BargainingProblem p = BargainingProblem.builder("tenant", "landlord").disagreement(0, 0.5)
        .option("repair now", 8, 2.25).build();

    assertThat(JSON.writeValueAsString(p)).isEqualTo("{\"parties\":[\"tenant\",\"landlord\"],"
        + "\"options\":[{\"name\":\"repair now\",\"utilities\":[8,2.25]}],"
        + "\"disagreement\":[0,0.5]}");
  }

  @Test
  void aBargainingSolutionHasThisShape() throws Exception {
    BargainingSolution s = NashBargaining.solve(BargainingProblem.builder("A", "B")
        .option("all to A", 1, 0).option("all to B", 0, 1).build());

    assertThat(JSON.writeValueAsString(s)).isEqualTo("{\"type\":\"bargaining-solution\","
        + "\"ruleId\":\"nash-bargaining\",\"agreement\":true,"
        + "\"lottery\":[{\"option\":\"all to B\",\"probability\":0.5},"
        + "{\"option\":\"all to A\",\"probability\":0.5}],"
        + "\"utilities\":[0.5,0.5],"
        + "\"explanation\":" + JSON.writeValueAsString(s.explanation()) + "}");
  }

  @Test
  void aProbabilityOfOneThirdKeepsAllItsDigits() throws Exception {
    BargainingSolution s = NashBargaining.solve(thirds());
    BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL128);

    String json = JSON.writeValueAsString(s);

    assertThat(s.lottery()).extracting(BargainingSolution.Share::probability).contains(third);
    assertThat(json).contains("\"probability\":" + third.toPlainString());
    assertThat(JSON.readValue(json, BargainingSolution.class).lottery())
        .extracting(BargainingSolution.Share::probability).contains(third);
  }

  @Test
  void wholeUtilitiesReadBackEqualWhateverTheirScale() throws Exception {
    BargainingSolution s = NashBargaining.solve(BargainingProblem.builder("A", "B")
        .option("o", 100, 20).build());

    String json = JSON.writeValueAsString(s);

    assertThat(json).contains("\"utilities\":[100,20]");
    assertThat(JSON.readValue(json, BargainingSolution.class)).isEqualTo(s);
  }

  @Test
  void theStepsOfASingleTextHaveTheirKindAsTypeName() throws Exception {
    assertThat(JSON.writeValueAsString(new SingleTextStep.Propose("Zhou", "t")))
        .isEqualTo("{\"type\":\"propose-text\",\"by\":\"Zhou\",\"text\":\"t\"}");
    assertThat(JSON.writeValueAsString(new SingleTextStep.Accept("Li", 2)))
        .isEqualTo("{\"type\":\"accept-text\",\"by\":\"Li\",\"version\":2}");
    assertThat(JSON.writeValueAsString(new SingleTextStep.Criticise("Li", 2, "too late")))
        .isEqualTo("{\"type\":\"criticise-text\",\"by\":\"Li\",\"version\":2,"
            + "\"text\":\"too late\"}");
    assertThat(JSON.writeValueAsString(new SingleTextStep.Revise("Zhou", List.of("c1"), "t2")))
        .isEqualTo("{\"type\":\"revise-text\",\"by\":\"Zhou\",\"answers\":[\"c1\"],"
            + "\"text\":\"t2\"}");
  }

  @Test
  void aSingleTextStateHasThisShape() throws Exception {
    SingleText s = SingleText.start("Zhou", List.of("Wang", "Li"), 5)
        .propose("Zhou", "Quiet at 21:00.").accept("Wang", 1).criticise("Li", 1, "20:30.")
        .revise("Zhou", List.of("c1"), "Quiet at 20:30.").accept("Wang", 2).accept("Li", 2);

    assertThat(JSON.writeValueAsString(s)).isEqualTo("{\"mediator\":\"Zhou\","
        + "\"parties\":[\"Wang\",\"Li\"],\"maxRounds\":5,\"versions\":["
        + "{\"number\":1,\"text\":\"Quiet at 21:00.\",\"answers\":[],\"acceptedBy\":[\"Wang\"]},"
        + "{\"number\":2,\"text\":\"Quiet at 20:30.\",\"answers\":[\"c1\"],"
        + "\"acceptedBy\":[\"Wang\",\"Li\"]}],"
        + "\"criticisms\":[{\"id\":\"c1\",\"by\":\"Li\",\"version\":1,\"text\":\"20:30.\"}]}");
    assertThat(JSON.writeValueAsString(SingleTextOutcome.of(s)))
        .startsWith("{\"type\":\"single-text-outcome\",\"agreement\":true,"
            + "\"agreed\":{\"number\":2,\"text\":\"Quiet at 20:30.\",\"answers\":[\"c1\"],"
            + "\"acceptedBy\":[\"Wang\",\"Li\"]},\"negotiation\":{\"mediator\":\"Zhou\",");
  }

  @Test
  void anOutcomeWithoutAgreementHasNoAgreedVersion() throws Exception {
    String json = JSON.writeValueAsString(
        SingleTextOutcome.of(SingleTextExamples.noiseDisputeInTwoRounds().replay()));

    assertThat(json).startsWith(
        "{\"type\":\"single-text-outcome\",\"agreement\":false,\"agreed\":null,");
  }

  @Test
  void aSingleTextStateWhoseHistoryCouldNotHappenIsRefusedWithThePath() {
    String json = "{\"mediator\":\"Zhou\",\"parties\":[\"Wang\",\"Li\"],\"maxRounds\":5,"
        + "\"versions\":[{\"number\":1,\"text\":\"a\",\"answers\":[],\"acceptedBy\":[]},"
        + "{\"number\":2,\"text\":\"b\",\"answers\":[\"c1\"],\"acceptedBy\":[]}],"
        + "\"criticisms\":[]}";

    assertThatThrownBy(() -> JSON.readValue(json, SingleText.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("versions[1]: the mediator revises once every party has"
            + " responded to version 1");
  }

  @Test
  void anAdjustedWinnerProblemBreakingTheRulesIsRefusedNamingThePartyAndIssue() {
    String json = "{\"issues\":[\"home\",\"car\"],\"partyA\":{\"name\":\"Carol\","
        + "\"points\":[-10,110]},\"partyB\":{\"name\":\"Bob\",\"points\":[50,50]}}";

    assertThatThrownBy(() -> JSON.readValue(json, AdjustedWinnerProblem.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("points.Carol['home']: points must be whole numbers >= 0");
  }

  @Test
  void anUnknownStepTypeIsRefusedNamingIt() {
    String json = "{\"mediator\":\"Zhou\",\"parties\":[\"Wang\",\"Li\"],\"maxRounds\":2,"
        + "\"steps\":[{\"type\":\"veto-text\",\"by\":\"Wang\"}]}";

    assertThatThrownBy(() -> JSON.readValue(json, SingleTextProblem.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("veto-text")
        .hasMessageContaining("steps");
  }

  @Test
  void anUnknownPropertyIsRefusedNamingIt() {
    String json = "{\"mediator\":\"Zhou\",\"parties\":[\"Wang\",\"Li\"],\"maxRounds\":2,"
        + "\"steps\":[],\"deadline\":\"2025-06-01\"}";

    assertThatThrownBy(() -> JSON.readValue(json, SingleTextProblem.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"deadline\"");
  }

  @Test
  void aBadSetupIsRefusedWithTheDomainMessage() {
    String json = "{\"mediator\":\"Wang\",\"parties\":[\"Wang\",\"Li\"],\"maxRounds\":2,"
        + "\"steps\":[]}";

    assertThatThrownBy(() -> JSON.readValue(json, SingleTextProblem.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("mediator: the mediator must not be one of the parties");
  }
}
