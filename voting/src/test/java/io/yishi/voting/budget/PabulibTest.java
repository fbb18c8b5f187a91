package io.yishi.voting.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pabulib files are read as pabulib.org/format describes, round-trip, and fail by line. */
class PabulibTest {

  static PabulibFile read(String text) throws Exception {
    return Pabulib.read(new StringReader(text));
  }

  static String write(PabulibFile file) throws Exception {
    StringWriter out = new StringWriter();
    Pabulib.write(file, out);
    return out.toString();
  }

  @Test
  void readsTheFormatSample() throws Exception {
    PabulibFile f = read(BudgetExamplesTest.SAMPLE);
    assertThat(f.meta()).containsEntry("budget", "2500").containsEntry("unit", "Wieliczka");
    assertThat(f.projects()).hasSize(5);
    assertThat(f.projects().get(0).fields()).containsEntry("category", "culture, education");
    assertThat(f.votes().get(0).vote()).containsExactly("1", "2", "4");
    assertThat(f.votes().get(0).fields()).containsEntry("age", "34").containsEntry("sex", "f");
    BudgetInstance instance = f.toInstance();
    assertThat(instance.budget()).isEqualByComparingTo("2500");
    assertThat(instance.profile().approvalCounts()).containsExactly(4, 4, 6, 5, 3);
  }

  @Test
  void quotedFieldsAndBlankVotesRoundTrip() throws Exception {
    String text = """
        META
        key;value
        description;\"Budget; with \"\"quotes\"\"\"
        num_projects;2
        num_votes;2
        budget;1000.50
        vote_type;approval
        PROJECTS
        project_id;cost;name
        1;600.25;"Library; reading room"
        2;0;Free
        VOTES
        voter_id;vote
        a;1,2
        b;
        """;
    PabulibFile f = read(text);
    assertThat(f.meta().get("description")).isEqualTo("Budget; with \"quotes\"");
    assertThat(f.projects().get(0).fields().get("name")).isEqualTo("Library; reading room");
    assertThat(f.votes().get(1).vote()).isEmpty();
    assertThat(read(write(f))).isEqualTo(f);
    assertThat(write(read(write(f)))).isEqualTo(write(f));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomFilesRoundTrip(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 1 + random.nextInt(12);
    List<PabulibFile.ProjectRow> projects = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      projects.add(new PabulibFile.ProjectRow("p" + p, BigDecimal.valueOf(random.nextInt(5000),
          random.nextInt(3)), Map.of("name", "Project ;\"" + p)));
    }
    List<PabulibFile.VoteRow> votes = new ArrayList<>();
    for (int v = 0; v < random.nextInt(30); v++) {
      List<String> vote = new ArrayList<>();
      for (int p = 0; p < m; p++) {
        if (random.nextBoolean()) {
          vote.add("p" + p);
        }
      }
      votes.add(new PabulibFile.VoteRow("v" + v, vote, Map.of("age", "" + random.nextInt(90))));
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("description", "seed " + seed);
    meta.put("num_projects", "" + m);
    meta.put("num_votes", "" + votes.size());
    meta.put("budget", "" + random.nextInt(10000));
    meta.put("vote_type", "approval");
    PabulibFile f = new PabulibFile(meta, projects, votes);
    assertThat(read(write(f))).as("seed %d", seed).isEqualTo(f);
    assertThat(read(write(f)).toInstance()).isEqualTo(f.toInstance());
  }

  static final String HEAD = "META\nkey;value\nnum_projects;2\nnum_votes;2\nbudget;100\n"
      + "vote_type;approval\nPROJECTS\nproject_id;cost\n1;60\n2;50\nVOTES\nvoter_id;vote\n";

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("key;value\n", 1, "expected the section title META"),
        Arguments.of(HEAD.replace("1;60", "1;sixty"), 9, "expected a cost"),
        Arguments.of(HEAD.replace("1;60", "1;-60"), 9, "expected a cost"),
        Arguments.of(HEAD.replace("2;50", "1;50"), 10, "appears twice (first on line 9)"),
        Arguments.of(HEAD.replace("1;60", "1;60;x"), 9, "expected 2 fields"),
        Arguments.of(HEAD + "a;1\na;2\n", 14, "voter 'a' appears twice"),
        Arguments.of(HEAD + "a;1,3\nb;2\n", 13, "found '3'"),
        Arguments.of(HEAD + "a;1,1\nb;2\n", 13, "listed twice"),
        Arguments.of(HEAD + "a;1\n", 4, "num_votes must equal the 1 votes"),
        Arguments.of(HEAD.replace("num_projects;2", "num_projects;3") + "a;1\nb;2\n", 3,
            "num_projects must equal the 2 projects"),
        Arguments.of(HEAD.replace("approval", "cumulative") + "a;1\nb;2\n", 6,
            "expected vote_type approval"),
        Arguments.of(HEAD.replace("budget;100\n", "") + "a;1\nb;2\n", 14,
            "META has no key 'budget'"),
        Arguments.of(HEAD.replace("project_id;cost", "id;cost"), 8,
            "with the columns project_id and cost"),
        Arguments.of(HEAD.replace("VOTES\n", "META\n"), 11, "expected the section VOTES"),
        Arguments.of(HEAD.replace("\nVOTES\nvoter_id;vote\n", "\n"), 11,
            "the file ends before the section VOTES"),
        Arguments.of(HEAD + "a;\"1\nb;2\n", 13, "a quoted field must close on its line"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedFilesFailNamingTheLine(String text, int line, String rule) {
    assertThatThrownBy(() -> read(text)).isInstanceOf(PabulibFormatException.class)
        .hasMessageStartingWith("line " + line + ": ").hasMessageContaining(rule)
        .satisfies(e -> assertThat(((PabulibFormatException) e).line()).isEqualTo(line));
  }
}
