package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotteryDrawTest {

  final ObjectMapper json = YishiJson.mapper();
  final SortitionProblem problem = Pools.generate(7, 30, 6, new int[] {2, 3, 3}, true);
  final PanelDistribution leximin = Sortition.algorithm(PluginRegistry.load(), "leximin")
      .select(problem, Parameters.empty(), 0);

  @Test
  void aDistributionForAnotherProblemIsRefusedBeforeAnyDraw() {
    // another pool of the same size and panel: its volunteers' features differ
    SortitionProblem other = Pools.generate(8, 30, 6, new int[] {2, 3, 3}, true);
    assertThatThrownBy(() -> LotteryDraw.draw(other, leximin, 1000, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distribution");
  }

  @Test
  void theSameSeedDrawsTheSamePanelAndTicketsSumToM() {
    LotteryDraw a = LotteryDraw.draw(problem, leximin, 1000, 42);
    LotteryDraw b = LotteryDraw.draw(problem, leximin, 1000, 42);

    assertThat(a).isEqualTo(b);
    assertThat(a.ticketsPerPanel().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
    assertThat(a.members()).hasSize(problem.panelSize());
    assertThat(a.ticketsPerPanel().get(a.panel())).isPositive();
  }

  @Test
  void eachPanelGetsItsShareOfTicketsRoundedDownOrUp() {
    LotteryDraw draw = LotteryDraw.draw(problem, leximin, 1000, 1);
    for (int b = 0; b < leximin.panels().size(); b++) {
      double exact = leximin.panels().get(b).probability() * 1000;
      assertThat((double) draw.ticketsPerPanel().get(b)).as("panel %d", b)
          .isBetween(Math.floor(exact - 1e-6), Math.ceil(exact + 1e-6));
    }
  }

  @Test
  void drawsFollowTheProbabilitiesOnAverage() {
    // 400 draws with distinct seeds: every volunteer's frequency within 5 standard errors
    int draws = 400;
    double[] count = new double[problem.pool().size()];
    List<String> ids = new ArrayList<>(leximin.probabilities().keySet());
    for (int s = 0; s < draws; s++) {
      for (String id : LotteryDraw.draw(problem, leximin, 1000, s).members()) {
        count[ids.indexOf(id)]++;
      }
    }
    for (int i = 0; i < count.length; i++) {
      double p = leximin.probability(ids.get(i));
      double error = Math.sqrt(p * (1 - p) / draws) + 0.001;
      assertThat(count[i] / draws).as(ids.get(i)).isCloseTo(p, within(5 * error + 0.002));
    }
  }

  @Test
  void aChangedPanelOrProblemIsCaughtByVerify() {
    LotteryDraw draw = LotteryDraw.draw(problem, leximin, 1000, 42);
    List<String> others = new ArrayList<>(draw.members());
    others.set(0, problem.pool().volunteers().stream().map(Volunteer::id)
        .filter(id -> !draw.members().contains(id)).findFirst().orElseThrow());
    LotteryDraw forged = new LotteryDraw(draw.problemDigest(), draw.distributionDigest(),
        draw.algorithm(), draw.tickets(), draw.seed(), draw.ticketsPerPanel(), draw.ticket(),
        draw.panel(), others);

    draw.verify(problem, leximin);
    assertThatThrownBy(() -> forged.verify(problem, leximin))
        .isInstanceOf(TamperedDrawException.class)
        .hasMessageStartingWith("draw.members: does not match a re-run");
    assertThatThrownBy(() -> draw.verify(problem.withQuotas(problem.quotas().stream()
        .map(q -> new Quota(q.feature(), q.value(), 0, q.max(), null, null)).toList()), leximin))
        .isInstanceOf(TamperedDrawException.class)
        .hasMessageStartingWith("draw.problemDigest");
  }

  @Test
  void theDrawAndTheDistributionSurviveAJsonRoundTrip() throws Exception {
    LotteryDraw draw = LotteryDraw.draw(problem, leximin, 1000, 42);

    LotteryDraw drawBack = json.readValue(json.writeValueAsString(draw), LotteryDraw.class);
    PanelDistribution back = json.readValue(json.writeValueAsString(leximin),
        PanelDistribution.class);

    assertThat(drawBack).isEqualTo(draw);
    assertThat(back).isEqualTo(leximin);
    drawBack.verify(problem, back);
  }

  @Test
  void theDistributionExplainsItself() {
    assertThat(leximin.explanation()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(leximin.explain()).startsWith("leximin: ").contains("selection probability:"
        + " smallest ").contains("spread");
    assertThat(leximin.spread()).isEqualTo(leximin.maximum() - leximin.minimum());
  }
}
