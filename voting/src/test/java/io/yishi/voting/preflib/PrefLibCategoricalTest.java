package io.yishi.voting.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.spi.Parameters;
import io.yishi.voting.cardinal.ApprovalMethod;
import io.yishi.voting.cardinal.ApprovalProfile;
import io.yishi.voting.cardinal.CardinalDecision;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PrefLib categorical files: read, refuse malformed lines by number, round-trip, convert. */
class PrefLibCategoricalTest {

  /** The layout of preflib.org/format's categorical example (French approval data, 00026). */
  static final String GARDEN = """
      # FILE NAME: garden.cat
      # TITLE: Garden day
      # DESCRIPTION:
      # DATA TYPE: cat
      # MODIFICATION TYPE: original
      # NUMBER ALTERNATIVES: 4
      # NUMBER VOTERS: 6
      # NUMBER UNIQUE PREFERENCES: 3
      # NUMBER CATEGORIES: 2
      # CATEGORY NAME 1: Yes
      # CATEGORY NAME 2: No
      # ALTERNATIVE NAME 1: roses
      # ALTERNATIVE NAME 2: herbs
      # ALTERNATIVE NAME 3: pond
      # ALTERNATIVE NAME 4: benches
      3: {1,3},{2,4}
      2: 2,{1,3,4}
      1: {},{1,2,3,4}
      """;

  static CategoricalFile read(String text) throws IOException {
    return PrefLibCategorical.read(new StringReader(text));
  }

  @Test
  void readsHeaderNamesAndPreferences() throws IOException {
    CategoricalFile f = read(GARDEN);
    assertThat(f.header()).containsEntry("TITLE", "Garden day").containsEntry("DESCRIPTION", "")
        .doesNotContainKey("NUMBER VOTERS");
    assertThat(f.alternatives()).containsExactly("roses", "herbs", "pond", "benches");
    assertThat(f.categories()).containsExactly("Yes", "No");
    assertThat(f.voters()).isEqualTo(6);
    assertThat(f.preferences().get(0)).isEqualTo(new CategoricalFile.Preference(3,
        List.of(List.of(0, 2), List.of(1, 3))));
    assertThat(f.preferences().get(2).groups().get(0)).isEmpty();
  }

  @Test
  void theFirstCategoryIsApproval() throws IOException {
    ApprovalProfile p = read(GARDEN).toApprovalProfile();
    assertThat(p.approvalCounts()).containsExactly(3, 2, 3, 0);
    assertThat(p.voters()).isEqualTo(6);
    CardinalDecision d = new ApprovalMethod().decide(p, Parameters.empty(), 0);
    assertThat(d.winners()).containsExactly("roses", "pond");
    assertThat(d.tie()).isTrue();
  }

  @Test
  void writingThenReadingGivesTheSameFile(@TempDir Path dir) throws IOException {
    CategoricalFile f = read(GARDEN);
    String text = PrefLibCategorical.toText(f);
    assertThat(text).startsWith("# FILE NAME: garden.cat\n# TITLE: Garden day\n# DESCRIPTION:\n"
        + "# DATA TYPE: cat\n# MODIFICATION TYPE: original\n").contains("3: {1,3},{2,4}\n")
        .contains("2: 2,{1,3,4}\n").contains("1: {},{1,2,3,4}\n");
    assertThat(read(text)).isEqualTo(f);
    Path file = dir.resolve("garden.cat");
    PrefLibCategorical.write(f, file);
    assertThat(PrefLibCategorical.read(file)).isEqualTo(f);
    assertThat(Files.readString(file)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomApprovalProfilesRoundTrip(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 1 + random.nextInt(12);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add("option " + c);
    }
    ApprovalProfile.Builder b = ApprovalProfile.builder(names);
    for (int v = 0; v < 1 + random.nextInt(50); v++) {
      List<Integer> set = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (random.nextBoolean()) {
          set.add(c);
        }
      }
      b.add(set.stream().mapToInt(Integer::intValue).toArray(), 1 + random.nextInt(3));
    }
    ApprovalProfile profile = b.build();
    CategoricalFile f = CategoricalFile.of(profile).withHeader("TITLE", "seed " + seed);
    CategoricalFile back = read(PrefLibCategorical.toText(f));
    assertThat(back).as("seed %s", seed).isEqualTo(f);
    assertThat(back.toApprovalProfile().sameBallots(profile)).as("seed %s", seed).isTrue();
  }

  static Stream<Arguments> malformed() {
    String head = "# NUMBER ALTERNATIVES: 3\n# NUMBER CATEGORIES: 2\n";
    return Stream.of(
        Arguments.of(head + "2: {1,2},3\n1 {1},{2}\n", 4, "expected 'count: group,group"),
        Arguments.of(head + "2: {1,2}\n", 3, "expected 2 groups, one per category, found 1"),
        Arguments.of(head + "2: {1,4},3\n", 3, "expected an alternative from 1 to 3"),
        Arguments.of(head + "2: {1,2},1\n", 3, "at most once in a preference"),
        Arguments.of(head + "0: {1,2},3\n", 3, "count of at least 1"),
        Arguments.of(head + "2: {1,2,3\n", 3, "is not closed"),
        Arguments.of(head + "2: {1,x},3\n", 3, "'x' is not a number"),
        Arguments.of("# DATA TYPE: toc\n" + head, 1, "expected data type cat"),
        Arguments.of("# NUMBER ALTERNATIVES: 3\n2: 1,2\n", 2, "NUMBER CATEGORIES"),
        Arguments.of(head + "# NUMBER VOTERS: 5\n2: 1,2\n2: 3,{}\n", 3,
            "the header says 5 voters, the preferences add up to 4"),
        Arguments.of(head + "# NUMBER UNIQUE PREFERENCES: 1\n2: 1,2\n2: 3,{}\n", 3,
            "the header says 1 unique preferences, the file has 2"),
        Arguments.of(head + "# CATEGORY NAME 3: Maybe\n", 3, "expected a category from 1 to 2"),
        Arguments.of(head + "# TITLE: a\n# TITLE: b\n", 4, "repeats line 3"),
        Arguments.of(head + "2: 1,2\n# TITLE: late\n", 4, "before the preferences"),
        Arguments.of("# TITLE only\n", 1, "expected '# KEY: value'"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedFilesFailWithTheLineAndWhatWasExpected(String text, int line, String message) {
    assertThatThrownBy(() -> read(text)).isInstanceOf(PrefLibFormatException.class)
        .hasMessageStartingWith("line " + line + ":").hasMessageContaining(message)
        .extracting(e -> ((PrefLibFormatException) e).line()).isEqualTo(line);
  }

  @Test
  void unnamedAlternativesAreNamedByNumberAndLeftOutAlternativesAreAllowed() throws IOException {
    CategoricalFile f = read("# NUMBER ALTERNATIVES: 3\n# NUMBER CATEGORIES: 2\n\r\n"
        + "4: 2 , {}\r\n");
    assertThat(f.alternatives()).containsExactly("1", "2", "3");
    assertThat(f.categories()).containsExactly("1", "2");
    assertThat(f.toApprovalProfile().approvalCounts()).containsExactly(0, 4, 0);
  }

  @Test
  void aFileRefusesHeaderKeysItsContentDetermines() {
    CategoricalFile f = CategoricalFile.of(ApprovalProfile.builder(List.of("a")).build());
    assertThatThrownBy(() -> f.withHeader("NUMBER VOTERS", "3"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUMBER VOTERS");
    assertThatThrownBy(() -> new CategoricalFile.Preference(1, List.of(List.of(0), List.of(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two categories");
  }
}
