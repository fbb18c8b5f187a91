package io.yishi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YishiCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = YishiCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: yishi", "plugins", "demo");
  }

  @Test
  void pluginsListsEveryKindWithTheBuiltInsAndTheExamplePlugin() {
    Run r = run("plugins");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Deliberation methods (", "discuss-and-decide",
        "Decision rules (", "show-of-hands", "quorum (fraction in [0, 1], default 1/2)",
        "Tie-breakers (", "lot");
  }

  @Test
  void pluginsAsJsonCarriesKindIdAndParameters() {
    Run r = run("plugins", "--json");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"kind\" : \"DECISION_RULE\"", "\"id\" : \"show-of-hands\"",
        "\"name\" : \"quorum\"");
  }

  @Test
  void demoReplaysTheLixiongCase() {
    Run r = run("demo");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Lixiong community", "1 centre, 5 sub-centres",
        "4 activity rooms", "rev 5", "adopted:", "verified",
        "event 5: hash does not match the content");
  }

  @Test
  void badUsageExitsWithTwoAndOneLine() {
    Run r = run("--no-such-option");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("yishi: Unknown option: '--no-such-option'")
        .doesNotContain("Exception");
  }
}
