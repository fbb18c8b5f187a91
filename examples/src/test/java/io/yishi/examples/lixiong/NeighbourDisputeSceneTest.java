package io.yishi.examples.lixiong;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class NeighbourDisputeSceneTest {

  static String run() {
    StringWriter text = new StringWriter();
    NeighbourDisputeScene.run(new PrintWriter(text), PluginRegistry.load());
    return text.toString();
  }

  @Test
  void theLeakIsMediatedToASealedAgreementAfterARecusal() {
    String text = run();

    assertThat(text).contains(
        "flat-101 asks that huayuan-2-301-a withdraw",
        "lixiong-mc-huang replaces huayuan-2-301-a with lixiong-mc-lin",
        "huayuan-2-201-a signs the draft",
        "lixiong-mediator-he signs the draft",
        "lixiong-mc-huang seals the agreement for the committee",
        "judicial confirmation until the end of 2025-06-19",
        "Status agreed;", "hash chain verified");
    assertThat(text.lines().count()).isBetween(10L, 40L);
  }

  @Test
  void household101NeverReadsWhat201SaidInItsSeparateSession() {
    String text = run();

    assertThat(text).contains("opens a separate session with flat-201",
        "1 statement made in another party's separate sessions withheld (confidential)");
    assertThat(text).doesNotContain("600 yuan this month");
  }

  @Test
  void printsTheSameTextOnEveryRun() {
    assertThat(run()).isEqualTo(run());
  }
}
