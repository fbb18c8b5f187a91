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
    assertThat(r.out()).contains("\"kind\" : \"decision-rule\"", "\"id\" : \"show-of-hands\"",
        "\"name\" : \"quorum\"");
  }

  @Test
  void demoReplaysTheLixiongCase() {
    Run r = run("demo");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Lixiong community", "1 centre, 5 sub-centres",
        "4 activity rooms", "rev 5", "adopted:", "verified",
        "Vote 1, 2025-04-12:\n  not decided (rule owners-major)",
        "Vote 2, 2025-05-17:\n  adopted (rule owners-major)",
        "event 5: hash does not match the content");
  }

  static String resource(String name) {
    return java.nio.file.Path.of("src/test/resources/ballots", name).toString();
  }

  @Test
  void decideExplainsAnOwnersDecisionWithProxies() {
    Run r = run("decide", "--rule", "owners-major", "--params",
        "{\"proxies\": {\"r-chen\": \"r-wang\"}}", resource("owners-major.json"));

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("adopted (rule owners-major)")
        .contains("3 counted (2 in person, 1 by proxy)", "yes 240.75 of the 240.75 taking part",
            "Civil Code art. 278");
  }

  @Test
  void decidePrintsJsonOnRequest() {
    Run r = run("decide", "--rule", "majority", "--json", resource("owners-major.json"));

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("yishi: ballot.proxy: holds no mandate from member r-chen");

    Run ok = run("decide", "--rule", "majority", "--json", "--params",
        "{\"proxies\": {\"r-chen\": \"r-wang\"}}", resource("owners-major.json"));
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("\"type\" : \"motion\"", "\"verdict\" : \"adopted\"");
  }

  @Test
  void decideReportsBadInputInOneLineWithExitCodeOne() {
    Run voter = run("decide", "--rule", "majority", resource("unknown-voter.json"));
    Run param = run("decide", "--rule", "majority", "--params", "{\"threshold\": \"3/2\"}",
        resource("unknown-voter.json"));
    Run rule = run("decide", "--rule", "schulze-typo", resource("unknown-voter.json"));
    Run file = run("decide", "--rule", "majority", "no-such-file.json");

    assertThat(voter.code()).isEqualTo(1);
    assertThat(voter.err().strip()).isEqualTo("yishi: ballot.voter: must be a member of the"
        + " electorate (1 members), was m9");
    assertThat(param.err()).startsWith("yishi: parameters.threshold: must lie between 0 and 1,"
        + " was 3/2");
    assertThat(rule.err()).contains("'schulze-typo'", "owners-major");
    assertThat(file.err()).contains("no such file");
    for (Run r : java.util.List.of(voter, param, rule, file)) {
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err().strip().lines()).hasSize(1);
    }
  }

  @Test
  void badUsageExitsWithTwoAndOneLine() {
    Run r = run("--no-such-option");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("yishi: Unknown option: '--no-such-option'")
        .doesNotContain("Exception");
  }
}
