package io.yishi.examples.lixiong;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PlanRevisionSceneTest {

  static String run() {
    StringWriter text = new StringWriter();
    PlanRevisionScene.run(new PrintWriter(text), PluginRegistry.load());
    return text.toString();
  }

  @Test
  void theRepairPlanIsRevisedThreeTimesAndAdoptedAtTheFourthRound() {
    String text = run();

    assertThat(text).contains("round 1  2024-03-01  rev 1:", "→ not decided",
        "round 2  2024-06-01  rev 2:", "round 3  2024-12-01  rev 3:", "→ rejected",
        "rev 4  2025-02-20  cards and intercom", "round 4  2025-03-01  rev 4:", "→ adopted",
        "Outcome: adopted at round 4 (revision 4), 2025-03-31", "hash chain verified");
    assertThat(text.lines().count()).isBetween(10L, 30L);
  }

  @Test
  void printsTheSameTextOnEveryRun() {
    assertThat(run()).isEqualTo(run());
  }
}
