package io.yishi.examples.lixiong;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CoCreationSceneTest {

  static String run() {
    StringWriter text = new StringWriter();
    CoCreationScene.run(new PrintWriter(text), PluginRegistry.load());
    return text.toString();
  }

  @Test
  void theSecurityWorkshopEndsInAConfirmedChartAndAnActionList() {
    String text = run();

    assertThat(text).contains("Focus question: What will make our estate safe to live in?",
        "facilitators: building leaders huayuan-1-101-a and huayuan-2-101-a",
        "not confirmed", "consensus confirmed", "Dots (3 each): Dots: ★",
        "Gate access cards for every resident", "Close every gap in the fences",
        "Get two quotes to mend the fences — huayuan-2-101-a, due 2024-03-22",
        "hash chain verified");
    assertThat(text.lines().count()).isBetween(10L, 30L);
  }

  @Test
  void printsTheSameTextOnEveryRun() {
    assertThat(run()).isEqualTo(run());
  }
}
