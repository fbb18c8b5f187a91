package io.yishi.examples.lixiong;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FourDeliberationsSceneTest {

  @Test
  void theAccessControlFeePassesTheSixStagesWithTheGatesNumbers() {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      FourDeliberationsScene.run(out, PluginRegistry.load());
    }
    String account = text.toString();

    assertThat(account).contains("四议两公开: the access-control fee of 华苑",
        "2025-06-05 proposal -> discussion",
        "vote of party-members on revision 1: 11 of 18 present (at least 2/3 needed), too few"
            + " to count",
        "gate holds: stage 'review' has not met its gate",
        "vote of party-members on revision 2: 15 of 18 present (at least 2/3 needed), adopted"
            + " by majority",
        "2025-06-28 review -> resolution",
        "notice up until 2025-07-07T16:00:00Z",
        "Complete: true");
    assertThat(account.lines().count()).isBetween(10L, 30L);
  }
}
