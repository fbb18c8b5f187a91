package io.yishi.examples.lixiong;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OnlineHallSceneTest {

  static String run() {
    StringWriter text = new StringWriter();
    OnlineHallScene.run(new PrintWriter(text), PluginRegistry.load());
    return text.toString();
  }

  @Test
  void theMonthEndsWithTheCommitteesAnswers() {
    String text = run();
    assertThat(text).contains("supports hidden until the close", "support counts hidden",
        "[hidden: advertising]", "East lane, with a roof", "Forwarded to the residents'"
            + " committee: [idea-1", "answer on idea-1: accepted", "(cost ¥86000)",
        "events in the verified record");
    assertThat(text.lines().count()).isBetween(10L, 30L);
  }

  @Test
  void printsTheSameTextOnEveryRun() {
    assertThat(run()).isEqualTo(run());
  }
}
