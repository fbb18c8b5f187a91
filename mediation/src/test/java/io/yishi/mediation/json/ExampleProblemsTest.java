package io.yishi.mediation.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.Fraction;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Parameters;
import io.yishi.mediation.negotiation.AdjustedWinnerResult;
import io.yishi.mediation.negotiation.BargainingSolution;
import io.yishi.mediation.negotiation.SingleTextExamples;
import io.yishi.mediation.negotiation.SingleTextOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example problems in {@code src/test/resources/negotiation/}, one per tool and named after
 * it, read as a host reads them (the tool found by id, the file read as its problem type) and
 * solved with the results worked out by hand.
 */
class ExampleProblemsTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  static String example(String toolId) {
    try (InputStream in = ExampleProblemsTest.class.getResourceAsStream(
        "/negotiation/" + toolId + ".json")) {
      assertThat(in).as("example for %s", toolId).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a command line does: the tool by id, the file as the tool's problem type. */
  static NegotiationResult solve(String toolId, Parameters parameters) {
    return solve(REGISTRY.negotiationTool(toolId), example(toolId), parameters);
  }

  private static <P> NegotiationResult solve(NegotiationTool<P, ?> tool, String json,
      Parameters parameters) {
    try {
      P problem = YishiJson.mapper().readValue(json, tool.problemType());
      return tool.negotiate(problem, parameters, 2025);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void thereIsAnExampleForEveryTool() {
    for (String id : REGISTRY.ids(PluginKind.NEGOTIATION_TOOL)) {
      assertThat(example(id)).as(id).isNotBlank();
    }
  }

  /** The NYU site's divorce (RULES.md §6.1): Bob gets 1/6 of the retirement account. */
  @Test
  void carolAndBobEachEndWithFiftySixAndTwoThirdsPoints() {
    AdjustedWinnerResult r = (AdjustedWinnerResult) solve("adjusted-winner", Parameters.empty());

    assertThat(r.totalA()).isEqualTo(Fraction.of(170, 3));
    assertThat(r.totalB()).isEqualTo(Fraction.of(170, 3));
    assertThat(r.shareOfB("retirement account")).isEqualTo(Fraction.of(1, 6));
  }

  /** Hand-checked in BargainingTest: (3 + 5t)(7 − 5t) peaks at t = 2/5, at (5, 5). */
  @Test
  void theTenantAndTheLandlordDrawLotsTwoToThreeForTheRepairNow() {
    BargainingSolution s = (BargainingSolution) solve("nash-bargaining", Parameters.empty());

    assertThat(s.lottery()).containsExactly(
        new BargainingSolution.Share("repair next year", new BigDecimal("0.6")),
        new BargainingSolution.Share("repair now", new BigDecimal("0.4")));
    assertThat(s.utilities()).containsExactly(new BigDecimal("5"), new BigDecimal("5"));
  }

  /**
   * Hand-checked: with d = (3, 2) the ideal point is (9, 8) and the ray (3 + 6s, 2 + 6s) meets
   * the edge from (6, 6) to (9, 2) at s = 4/7, the point (45/7, 38/7): one part in seven of the
   * ground spaces for residents only, six of the shared spaces. Without lotteries the shared
   * spaces, the only option giving both half their ideal gain or more.
   */
  @Test
  void theResidentsAndThePropertyCompanyMeetOnTheRayToTheIdealPoint() {
    BargainingSolution s = (BargainingSolution) solve("kalai-smorodinsky", Parameters.empty());
    BargainingSolution pure = (BargainingSolution) solve("kalai-smorodinsky",
        Parameters.of(Map.of("lotteries", false)));

    assertThat(s.lottery()).containsExactly(
        new BargainingSolution.Share("shared spaces with an hourly fee", seventh(6)),
        new BargainingSolution.Share("ground spaces for residents only", seventh(1)));
    assertThat(s.utilities()).containsExactly(seventh(45), seventh(38));
    assertThat(s.explain()).contains("Ideal point (best individually rational utility of each"
        + " party): (9, 8)");
    assertThat(pure.chosen()).contains("shared spaces with an hourly fee");
  }

  private static BigDecimal seventh(int n) {
    return new BigDecimal(n).divide(new BigDecimal(7), MathContext.DECIMAL128)
        .stripTrailingZeros();
  }

  @Test
  void theNeighboursAgreeOnTheFourthVersion() {
    SingleTextOutcome o = (SingleTextOutcome) solve("single-text", Parameters.empty());

    assertThat(o.negotiation()).isEqualTo(SingleTextExamples.noiseDispute().replay());
    assertThat(o.agreedText()).contains(SingleTextExamples.V4);
    assertThat(o.explain()).endsWith(
        "Agreement: every party accepted version 4 in round 4, after 3 revisions.");
  }
}
