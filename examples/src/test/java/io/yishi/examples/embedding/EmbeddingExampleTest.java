package io.yishi.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void runsAndDecides() throws Exception {
    String explanation = EmbeddingExample.run(
        Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC));

    assertThat(explanation).startsWith("adopted: 2 for, 0 against, 0 abstaining;")
        .contains("present 2 of 3 members (quorum 2)");
  }

  @Test
  void readmeQuotesTheExampleExactly() throws Exception {
    Path source = Path.of("src/main/java/io/yishi/examples/embedding/EmbeddingExample.java");
    String code = Files.readString(source, StandardCharsets.UTF_8);
    String body = between(code, "// README:BEGIN\n", "\n    // README:END").stripIndent() + "\n";
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertThat(readme).as("README.md must quote EmbeddingExample.run between its markers")
        .contains(body);
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin) + begin.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
