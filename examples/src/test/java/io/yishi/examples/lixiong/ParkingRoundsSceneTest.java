package io.yishi.examples.lixiong;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ParkingRoundsSceneTest {

  static String run() {
    StringWriter text = new StringWriter();
    ParkingRoundsScene.run(new PrintWriter(text), PluginRegistry.load());
    return text.toString();
  }

  @Test
  void theGroupsAgreeInTheSecondRoundOnTheSharedSchoolBays() {
    String text = run();

    assertThat(text).contains("4 groups, 8 interests",
        "Round 1 closed 2025-04-20:",
        "timed-bays          accepted by 3 of 4: car-owners 4<6",
        "Round 2 closed 2025-04-29:",
        "shared-school-bays  accepted by 4 of 4",
        "Outcome: agreed in round 2 on 'shared-school-bays'",
        "Record: ", "hash chain verified",
        "shared-school-bays  serves [park-near-home, low-cost, green-space");
    assertThat(text.lines().count()).isBetween(10L, 30L);
  }

  @Test
  void printsTheSameTextOnEveryRun() {
    assertThat(run()).isEqualTo(run());
  }
}
