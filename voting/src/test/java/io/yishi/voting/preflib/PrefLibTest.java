package io.yishi.voting.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.yishi.voting.ranked.Profile;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefLibTest {

  static final List<String> COUNCIL =
      List.of("王芳 Wang Fang", "李建国 Li Jianguo", "陈静 Chen Jing", "Sarah Okafor");

  static Path resource(String name) {
    try {
      return Path.of(PrefLibTest.class.getResource("/preflib/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static PrefLibFile parse(String text, PrefLibType typeIfNoHeader) {
    try {
      return PrefLib.read(new StringReader(text), typeIfNoHeader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PrefLibFile parse(String text) {
    return parse(text, PrefLibType.TOI);
  }

  static Set<String> tier(String... names) {
    return Set.of(names);
  }

  @Nested
  class RoundTrip {

    @ParameterizedTest
    @ValueSource(strings = {"council.soc", "council.soi", "council.toc", "council.toi"})
    void readWriteReadGivesAnEqualFile(String name) throws IOException {
      PrefLibFile first = PrefLib.read(resource(name));
      PrefLibFile second = parse(PrefLib.toText(first), PrefLibType.SOC);
      assertThat(second).isEqualTo(first);
      assertThat(second.profile()).isEqualTo(first.profile());
      assertThat(second.header()).containsExactlyEntriesOf(first.header());
    }

    @ParameterizedTest
    @ValueSource(strings = {"council.soc", "council.soi", "council.toc", "council.toi"})
    void writeReadWriteGivesIdenticalText(String name) throws IOException {
      String once = PrefLib.toText(PrefLib.read(resource(name)));
      String twice = PrefLib.toText(parse(once, PrefLibType.SOC));
      assertThat(twice).isEqualTo(once);
    }

    @ParameterizedTest
    @ValueSource(strings = {"council.soc", "council.soi", "council.toc", "council.toi"})
    void theSampleFilesAreWrittenBackByteForByte(String name) throws IOException {
      Path file = resource(name);
      assertThat(PrefLib.toText(PrefLib.read(file)))
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"council.soc", "council.soi", "council.toc", "council.toi"})
    void theTypeComesFromTheDataTypeLine(String name) throws IOException {
      PrefLibFile file = PrefLib.read(resource(name));
      assertThat(file.type().extension()).isEqualTo(name.substring(name.indexOf('.') + 1));
      assertThat(file.profile().candidates()).isEqualTo(COUNCIL);
    }

    @Test
    void readsTheCouncilElectionAsWritten() throws IOException {
      PrefLibFile file = PrefLib.read(resource("council.soc"));
      Profile p = file.profile();
      assertThat(p.voters()).isEqualTo(37);
      assertThat(p.distinctBallots()).isEqualTo(8);
      assertThat(p.asMap()).containsEntry(List.of(tier("王芳 Wang Fang"), tier("陈静 Chen Jing"),
          tier("李建国 Li Jianguo"), tier("Sarah Okafor")), 9L);
      assertThat(p.firstPreferences()).containsExactly(11, 9, 11, 6);
      assertThat(file.header()).containsExactly(
          Map.entry("FILE NAME", "council.soc"),
          Map.entry("TITLE", "Riverside neighbourhood committee, chair (河畔社区居委会主任)"),
          Map.entry("DESCRIPTION", "Invented test data: a ranked vote for the committee chair,"
              + " every ballot ranking all four candidates."),
          Map.entry("MODIFICATION TYPE", "original"),
          Map.entry("RELATES TO", ""),
          Map.entry("RELATED FILES", ""),
          Map.entry("PUBLICATION DATE", "2025-03-01"),
          Map.entry("MODIFICATION DATE", "2025-03-01"),
          Map.entry("WARD", "Riverside 3"));
    }

    @Test
    void keepsTiesAndLeftOutCandidates() throws IOException {
      Profile p = PrefLib.read(resource("council.toi")).profile();
      assertThat(p.voters()).isEqualTo(29);
      assertThat(p.asMap())
          .containsEntry(List.of(tier("王芳 Wang Fang"), tier("李建国 Li Jianguo", "陈静 Chen Jing")),
              8L)
          .containsEntry(List.of(tier("陈静 Chen Jing")), 6L)
          .containsEntry(List.of(tier("李建国 Li Jianguo"), tier("王芳 Wang Fang"),
              tier("陈静 Chen Jing", "Sarah Okafor")), 2L);
      int onlyChen = -1;
      for (int b = 0; b < p.distinctBallots(); b++) {
        if (p.tiers(b).length == 1 && p.tiers(b)[0].length == 1) {
          onlyChen = b;
        }
      }
      assertThat(p.isTruncated(onlyChen)).isTrue();
    }

    @RepeatedTest(40)
    void randomProfilesOfEveryTypeSurviveARoundTrip(RepetitionInfo repetition) {
      long seed = 7_000 + repetition.getCurrentRepetition();
      for (PrefLibType type : PrefLibType.values()) {
        Profile profile = PrefLibGenerator.profile(type, seed, 12, 60);
        PrefLibFile file = new PrefLibFile(type, Map.of("TITLE", "seed " + seed), profile);
        String text = PrefLib.toText(file);
        PrefLibFile back = parse(text, PrefLibType.SOC);
        assertThat(back).as("seed %s, %s", seed, type).isEqualTo(file);
        assertThat(PrefLib.toText(back)).as("seed %s, %s", seed, type).isEqualTo(text);
      }
    }

    @Test
    void writesAndReadsAFile(@TempDir Path dir) throws IOException {
      PrefLibFile file = PrefLib.read(resource("council.toc"));
      Path copy = dir.resolve("copy.toc");
      PrefLib.write(file, copy);
      assertThat(PrefLib.read(copy)).isEqualTo(file);
      assertThat(Files.readString(copy)).isEqualTo(Files.readString(resource("council.toc")));
    }
  }

  @Nested
  class Reading {

    static final String HEADER = "# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 3\n";

    @Test
    void acceptsBlankLinesSpacesCrlfAndAByteOrderMark() {
      String text = "\uFEFF# TITLE:  Ward 3  \r\n" + HEADER.replace("\n", "\r\n")
          + "# ALTERNATIVE NAME 1:Alice\r\n\r\n  3 :  1 , 2 ,3 \r\n\t2: 3\r\n\r\n";
      PrefLibFile file = parse(text);
      assertThat(file.header()).containsExactly(Map.entry("TITLE", "Ward 3"));
      assertThat(file.profile().voters()).isEqualTo(5);
      assertThat(file.profile().candidates()).containsExactly("Alice", "2", "3");
    }

    @Test
    void namesAMissingAlternativeByItsNumber() {
      PrefLibFile file = parse(HEADER + "# ALTERNATIVE NAME 3: Chen\n# ALTERNATIVE NAME 1:\n"
          + "1: 1\n");
      assertThat(file.profile().candidates()).containsExactly("1", "2", "Chen");
    }

    @Test
    void readsAFileWithoutOrders() {
      PrefLibFile file = parse(HEADER + "# NUMBER VOTERS: 0\n");
      assertThat(file.profile().voters()).isZero();
      assertThat(file.profile().distinctBallots()).isZero();
    }

    @Test
    void addsUpARepeatedOrderAndRecomputesTheCountsWhenWriting() {
      PrefLibFile file = parse(HEADER + "# NUMBER VOTERS: 5\n# NUMBER UNIQUE ORDERS: 2\n"
          + "2: 1,2,3\n3: 1,2,3\n");
      assertThat(PrefLib.toText(file)).isEqualTo("# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 3\n"
          + "# NUMBER VOTERS: 5\n# NUMBER UNIQUE ORDERS: 1\n# ALTERNATIVE NAME 1: 1\n"
          + "# ALTERNATIVE NAME 2: 2\n# ALTERNATIVE NAME 3: 3\n5: 1,2,3\n");
    }

    @Test
    void readsSingleAlternativesInBracesAsNoTie() {
      PrefLibFile file = parse("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 2\n1: {2},1\n");
      assertThat(PrefLib.toText(file)).endsWith("1: 2,1\n");
    }

    @Test
    void theDataTypeLineWinsOverTheExtension(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("ties.soc");
      Files.writeString(file, "# DATA TYPE: toc\n# NUMBER ALTERNATIVES: 2\n1: {1,2}\n");
      assertThat(PrefLib.read(file).type()).isEqualTo(PrefLibType.TOC);
    }

    @Test
    void takesTheTypeFromTheExtensionWithoutADataTypeLine(@TempDir Path dir)
        throws IOException {
      Path file = dir.resolve("short.SOI");
      Files.writeString(file, "# NUMBER ALTERNATIVES: 2\n1: 2\n");
      assertThat(PrefLib.read(file).type()).isEqualTo(PrefLibType.SOI);
    }

    @Test
    void keepsAHeaderLineLongerThanTheBuffer() {
      String description = "长".repeat(30_000) + "x".repeat(70_000);
      PrefLibFile file = parse("# DESCRIPTION: " + description + "\n" + HEADER + "1: 1\n");
      assertThat(file.header().get("DESCRIPTION")).isEqualTo(description);
    }

    @Test
    void keepsACharacterOutsideTheBasicPlaneThatStraddlesAChunkOfTheReader() {
      String prefix = "# DESCRIPTION: ";
      for (int at = 8_180; at < 8_200; at++) {
        String description = "x".repeat(at - prefix.length()) + "🏠 home";
        PrefLibFile file = parse(prefix + description + "\n" + HEADER + "1: 1\n");
        assertThat(file.header().get("DESCRIPTION")).as("at %s", at).isEqualTo(description);
      }
    }
  }

  @Nested
  class OlderFormat {

    @Test
    void readsNamesCountsAndOrders() throws IOException {
      PrefLibFile older = PrefLib.read(resource("council-older.soc"));
      PrefLibFile current = PrefLib.read(resource("council.soc"));
      assertThat(older.type()).isEqualTo(PrefLibType.SOC);
      assertThat(older.header()).isEmpty();
      assertThat(older.profile()).isEqualTo(current.profile());
    }

    @Test
    void readsTiesAndIncompleteOrders() throws IOException {
      PrefLibFile older = PrefLib.read(resource("council-older.toi"));
      assertThat(older.type()).isEqualTo(PrefLibType.TOI);
      assertThat(older.profile()).isEqualTo(PrefLib.read(resource("council.toi")).profile());
    }

    @Test
    void takesTheTypeFromTheCallerWhenReadFromAReader() {
      PrefLibFile file = parse("3\n1,Alice\n2,Bob, Jr.\n3,Chen\n5,5,2\n3,1,2,3\n2,{2,3},1\n",
          PrefLibType.TOC);
      assertThat(file.type()).isEqualTo(PrefLibType.TOC);
      assertThat(file.profile().candidates()).containsExactly("Alice", "Bob, Jr.", "Chen");
      assertThat(file.profile().voters()).isEqualTo(5);
    }

    @Test
    void isWrittenInTheCurrentFormat() {
      PrefLibFile file = parse("2\n1,Yes\n2,No\n3,3,1\n3,1,2\n", PrefLibType.SOC);
      assertThat(PrefLib.toText(file)).isEqualTo("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 2\n"
          + "# NUMBER VOTERS: 3\n# NUMBER UNIQUE ORDERS: 1\n# ALTERNATIVE NAME 1: Yes\n"
          + "# ALTERNATIVE NAME 2: No\n3: 1,2\n");
    }
  }

  @Nested
  class Writing {

    @Test
    void ordersLinesByCountDescendingThenByText() {
      Profile.Builder b = Profile.builder(List.of("a", "b", "c"));
      b.addOrder(new int[] {2, 1, 0}, 2);
      b.add(new int[][] {{0, 1}, {2}}, 5);
      b.addOrder(new int[] {0, 1, 2}, 2);
      b.addOrder(new int[] {1}, 2);
      PrefLibFile file = new PrefLibFile(PrefLibType.TOI, Map.of(), b.build());
      assertThat(PrefLib.toText(file)).endsWith("5: {1,2},3\n2: 1,2,3\n2: 2\n2: 3,2,1\n");
    }

    @Test
    void writesTheStandardKeysInPrefLibsOrderAndOthersAfterThem() {
      PrefLibFile file = PrefLibFile.of(Profile.builder(List.of("a")).addOrder(new int[] {0}, 1)
          .build())
          .withHeader("WARD", "3")
          .withHeader("MODIFICATION DATE", "2025-01-02")
          .withHeader("TITLE", "Vote")
          .withHeader("FILE NAME", "vote.soc");
      assertThat(PrefLib.toText(file)).isEqualTo("# FILE NAME: vote.soc\n# TITLE: Vote\n"
          + "# DATA TYPE: soc\n# MODIFICATION DATE: 2025-01-02\n# WARD: 3\n"
          + "# NUMBER ALTERNATIVES: 1\n# NUMBER VOTERS: 1\n# NUMBER UNIQUE ORDERS: 1\n"
          + "# ALTERNATIVE NAME 1: a\n1: 1\n");
    }

    @Test
    void flushesButDoesNotCloseTheWriter() throws IOException {
      boolean[] closed = {false};
      StringBuilder sink = new StringBuilder();
      Writer out = new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
          sink.append(cbuf, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
          closed[0] = true;
        }
      };
      PrefLibFile file = PrefLib.read(resource("council.soi"));
      PrefLib.write(file, out);
      assertThat(closed[0]).isFalse();
      assertThat(sink.toString()).isEqualTo(PrefLib.toText(file));
    }
  }

  @Nested
  class Errors {

    static final String SOC = "# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 3\n"
        + "# NUMBER VOTERS: 5\n# NUMBER UNIQUE ORDERS: 2\n";

    static Stream<Arguments> badFiles() {
      return Stream.of(
          // what is wrong, text, type without header, line, message
          Arguments.of("no colon after the count", SOC + "3: 1,2,3\n2 3,2,1\n", 6,
              "line 6: expected 'count: order', was '2 3,2,1'"),
          Arguments.of("voters disagree", SOC + "3: 1,2,3\n3: 3,2,1\n", 3,
              "line 3: the header says 5 voters, the orders add up to 6"),
          Arguments.of("unique orders disagree", SOC + "5: 1,2,3\n", 4,
              "line 4: the header says 2 unique orders, the file has 1"),
          Arguments.of("alternative above m", SOC + "3: 1,2,3\n2: 1,4,2\n", 6,
              "line 6: expected an alternative from 1 to 3, was 4"),
          Arguments.of("alternative 0", SOC + "3: 0,1,2\n", 5,
              "line 5: expected an alternative from 1 to 3, was 0"),
          Arguments.of("a huge alternative", SOC + "3: 1,2,12345678901\n", 5,
              "line 5: expected an alternative from 1 to 3, was 12345678901"),
          Arguments.of("alternative twice", SOC + "3: 1,2,1\n", 5,
              "line 5: alternative 1 appears twice in one order, was '3: 1,2,1'"),
          Arguments.of("alternative twice across tiers", "# DATA TYPE: toc\n"
              + "# NUMBER ALTERNATIVES: 3\n1: {1,2},2\n", 3,
              "line 3: alternative 2 appears twice in one order"),
          Arguments.of("missing in a complete strict order", SOC + "3: 1,2,3\n2: 1,3\n", 6,
              "line 6: a complete (soc) order ranks all 3 alternatives; 2 is missing,"
                  + " was '2: 1,3'"),
          Arguments.of("missing in a complete order with ties", "# DATA TYPE: toc\n"
              + "# NUMBER ALTERNATIVES: 3\n1: {1,2},3\n1: {2,3}\n", 4,
              "line 4: a complete (toc) order ranks all 3 alternatives; 1 is missing"),
          Arguments.of("a tie in a strict complete file", SOC + "3: {1,2},3\n", 5,
              "line 5: a strict (soc) file allows no ties, was '3: {1,2},3'"),
          Arguments.of("a tie in a strict incomplete file", "# DATA TYPE: soi\n"
              + "# NUMBER ALTERNATIVES: 3\n1: 1\n1: 3,{1,2}\n", 4,
              "line 4: a strict (soi) file allows no ties"),
          Arguments.of("a count of 0", SOC + "0: 1,2,3\n", 5,
              "line 5: expected a count of 1 or more, was 0"),
          Arguments.of("no count", SOC + ": 1,2,3\n", 5, "line 5: expected 'count: order'"),
          Arguments.of("no order", SOC + "5:\n", 5,
              "line 5: expected at least one alternative after the count, was '5:'"),
          Arguments.of("an open brace", "# DATA TYPE: toc\n# NUMBER ALTERNATIVES: 3\n"
              + "1: {1,2,3\n", 3, "line 3: expected 'count: order', was '1: {1,2,3'"),
          Arguments.of("empty braces", "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n"
              + "1: 1,{}\n", 3, "line 3: expected 'count: order'"),
          Arguments.of("braces in braces", "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n"
              + "1: {1,{2}}\n", 3, "line 3: expected 'count: order'"),
          Arguments.of("a trailing comma", SOC + "5: 1,2,3,\n", 5,
              "line 5: expected 'count: order', was '5: 1,2,3,'"),
          Arguments.of("a letter", SOC + "5: 1,b,3\n", 5, "line 5: expected 'count: order'"),
          Arguments.of("a header line after the orders", SOC + "5: 1,2,3\n# TITLE: late\n", 6,
              "line 6: expected 'count: order', was '# TITLE: late'"),
          Arguments.of("a header line without a colon", "# TITLE Ward 3\n" + SOC, 1,
              "line 1: expected '# KEY: value', was '# TITLE Ward 3'"),
          Arguments.of("a repeated header line", SOC + "# DATA TYPE: soc\n", 5,
              "line 5: the header line 'DATA TYPE' repeats line 1"),
          Arguments.of("an unknown data type", "# DATA TYPE: wmd\n", 1,
              "line 1: expected a data type soc, soi, toc or toi, was 'wmd'"),
          Arguments.of("no number of alternatives", "# DATA TYPE: soc\n1: 1\n", 2,
              "line 2: expected '# NUMBER ALTERNATIVES: m' before the first order"),
          Arguments.of("a number of alternatives that is not one",
              "# NUMBER ALTERNATIVES: three\n", 1,
              "line 1: expected a number of alternatives from 1 to 127, was 'three'"),
          Arguments.of("no alternatives", "# NUMBER ALTERNATIVES: 0\n", 1,
              "line 1: expected a number of alternatives from 1 to 127, was '0'"),
          Arguments.of("too many alternatives", "# NUMBER ALTERNATIVES: 128\n", 1,
              "line 1: expected a number of alternatives from 1 to 127, was '128'"),
          Arguments.of("a bad number of voters", "# NUMBER VOTERS: -5\n", 1,
              "line 1: expected a number of voters, was '-5'"),
          Arguments.of("a name for an alternative that is not there",
              SOC + "# ALTERNATIVE NAME 4: Dana\n", 5,
              "line 5: expected an alternative from 1 to 3, was 4"),
          Arguments.of("an alternative named twice", SOC + "# ALTERNATIVE NAME 2: Bo\n"
              + "# ALTERNATIVE NAME 02: Bob\n", 6,
              "line 6: alternative 2 is named twice, first on line 5"),
          Arguments.of("two alternatives with one name", SOC + "# ALTERNATIVE NAME 1: Li\n"
              + "# ALTERNATIVE NAME 3: Li\n", 6,
              "line 6: alternatives 1 and 3 are both named 'Li'"),
          Arguments.of("a name that is another alternative's number",
              SOC + "# ALTERNATIVE NAME 1: 2\n", 5,
              "line 5: alternatives 1 and 2 are both named '2'"),
          Arguments.of("an empty file", "", 1,
              "line 1: expected a PrefLib header or the number of alternatives, the file is empty"),
          Arguments.of("counts beyond a long", "# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 1\n"
              + "999999999999999999: 1\n999999999999999999: 1\n"
              + "999999999999999999: 1\n999999999999999999: 1\n"
              + "999999999999999999: 1\n999999999999999999: 1\n"
              + "999999999999999999: 1\n999999999999999999: 1\n"
              + "999999999999999999: 1\n999999999999999999: 1\n", 12,
              "line 12: the counts add up to more than 9223372036854775807"),
          Arguments.of("older: not a number first", "three\n", 1,
              "line 1: expected a PrefLib header or the number of alternatives, 1 to 127,"
                  + " was 'three'"),
          Arguments.of("older: a name line without a number", "2\n1,Yes\nNo\n", 3,
              "line 3: expected 'number,name', was 'No'"),
          Arguments.of("older: a name for an alternative that is not there",
              "2\n1,Yes\n3,No\n", 3, "line 3: expected an alternative from 1 to 2, was 3"),
          Arguments.of("older: an alternative named twice", "2\n1,Yes\n1,No\n", 3,
              "line 3: alternative 1 is named twice, first on line 2"),
          Arguments.of("older: too few names", "3\n1,Yes\n2,No\n", 4,
              "line 4: expected 'number,name' for 3 alternatives, was the end of the file"),
          Arguments.of("older: a counts line with two numbers", "2\n1,Yes\n2,No\n3,3\n", 4,
              "line 4: expected 'voters,sum of counts,unique orders', was '3,3'"),
          Arguments.of("older: a colon after the count", "2\n1,Yes\n2,No\n3,3,1\n3: 1,2\n", 5,
              "line 5: expected 'count,order', was '3: 1,2'"),
          Arguments.of("older: voters disagree", "2\n1,Yes\n2,No\n4,3,1\n3,1,2\n", 4,
              "line 4: the header says 4 voters, the orders add up to 3"),
          Arguments.of("older: the sum of counts disagrees", "2\n1,Yes\n2,No\n3,4,1\n3,1,2\n", 4,
              "line 4: the header says the counts add up to 4, they add up to 3"),
          Arguments.of("older: unique orders disagree", "2\n1,Yes\n2,No\n3,3,2\n3,1,2\n", 4,
              "line 4: the header says 2 unique orders, the file has 1"),
          Arguments.of("older: a tie in a strict file", "2\n1,Yes\n2,No\n3,3,1\n3,{1,2}\n", 5,
              "line 5: a strict (soc) file allows no ties"),
          Arguments.of("older: a missing alternative", "2\n1,Yes\n2,No\n3,3,1\n3,2\n", 5,
              "line 5: a complete (soc) order ranks all 2 alternatives; 1 is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void failsNamingTheLine(String what, String text, int line, String message) {
      PrefLibFormatException e = catchThrowableOfType(PrefLibFormatException.class,
          () -> parse(text, PrefLibType.SOC));
      assertThat(e).as(what).isNotNull();
      assertThat(e.line()).as(what).isEqualTo(line);
      assertThat(e.field()).isEqualTo("line " + line);
      assertThat(e.getMessage()).as(what).startsWith(message);
    }

    @Test
    void showsALongLineShortened() {
      String order = "1: " + "1,".repeat(200) + "x";
      PrefLibFormatException e = catchThrowableOfType(PrefLibFormatException.class,
          () -> parse("# NUMBER ALTERNATIVES: 1\n" + order + "\n"));
      assertThat(e.value()).hasValue("'" + order.substring(0, 60) + "…'");
    }

    @Test
    void refusesAnOlderFileWhoseNameGivesNoType(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("election.txt");
      Files.writeString(file, "1\n1,Yes\n1,1,1\n1,1\n");
      assertThatThrownBy(() -> PrefLib.read(file))
          .isInstanceOf(PrefLibFormatException.class)
          .hasMessage("line 1: a file in the older format has no data type line, and this"
              + " file's name does not end in .soc, .soi, .toc or .toi");
    }

    @Test
    void refusesACurrentFileWithNeitherADataTypeLineNorAnExtension(@TempDir Path dir)
        throws IOException {
      Path file = dir.resolve("election");
      Files.writeString(file, "# NUMBER ALTERNATIVES: 1\n1: 1\n");
      assertThatThrownBy(() -> PrefLib.read(file))
          .isInstanceOf(PrefLibFormatException.class)
          .hasMessageStartingWith("line 1: the header has no '# DATA TYPE' line");
    }

    @ParameterizedTest
    @EnumSource(PrefLibType.class)
    void acceptsWhatTheTypeAllowsAndNothingMore(PrefLibType type) {
      String header = "# DATA TYPE: " + type.extension() + "\n# NUMBER ALTERNATIVES: 3\n";
      assertThat(parse(header + "1: 1,2,3\n").profile().voters()).isEqualTo(1);
      boolean tiesRefused = catchThrowableOfType(PrefLibFormatException.class,
          () -> parse(header + "1: {1,2},3\n")) != null;
      boolean incompleteRefused = catchThrowableOfType(PrefLibFormatException.class,
          () -> parse(header + "1: 1,2\n")) != null;
      assertThat(tiesRefused).as("ties refused").isEqualTo(!type.allowsTies());
      assertThat(incompleteRefused).as("incomplete refused").isEqualTo(!type.allowsIncomplete());
    }
  }

  /**
   * The samples that the command line ships live in the examples module; they are checked here,
   * next to the reader, and skipped when the tests run outside the source tree.
   */
  @Nested
  class CommandLineSamples {

    @ParameterizedTest
    @CsvSource({"garbage-room.soc, SOC, 30, 6", "parking.toi, TOI, 25, 7"})
    void areValidAndWrittenAsTheWriterWouldWriteThem(String name, PrefLibType type, long voters,
        int orders) throws IOException {
      Path file = Path.of("..", "examples", "src", "main", "resources", "samples", name);
      assumeTrue(Files.exists(file), "runs in the source tree only");
      PrefLibFile sample = PrefLib.read(file);
      assertThat(sample.type()).isEqualTo(type);
      assertThat(sample.profile().voters()).isEqualTo(voters);
      assertThat(sample.profile().distinctBallots()).isEqualTo(orders);
      assertThat(sample.profile().candidateCount()).isEqualTo(4);
      assertThat(sample.header()).containsKeys("FILE NAME", "TITLE", "DESCRIPTION");
      assertThat(PrefLib.toText(sample)).isEqualTo(Files.readString(file));
    }
  }

  @Nested
  class LargeFiles {

    @Test
    void readsAHundredThousandLinesWithTheRightVoterCount(@TempDir Path dir) throws IOException {
      SplittableRandom random = new SplittableRandom(20_250_301L);
      int m = 10;
      int lines = 100_000;
      StringBuilder body = new StringBuilder(lines * 26);
      long voters = 0;
      for (int i = 0; i < lines; i++) {
        int[] order = PrefLibGenerator.permutation(random, m);
        long count = 1 + random.nextInt(50);
        voters += count;
        body.append(count).append(": ");
        for (int k = 0; k < m; k++) {
          body.append(k == 0 ? "" : ",").append(order[k] + 1);
        }
        body.append(i % 3 == 0 ? "\r\n" : "\n");
      }
      Path file = dir.resolve("large.soc");
      Files.writeString(file, "# FILE NAME: large.soc\n# DATA TYPE: soc\n"
          + "# NUMBER ALTERNATIVES: 10\n# NUMBER VOTERS: " + voters + "\n"
          + "# NUMBER UNIQUE ORDERS: " + lines + "\n" + body);
      PrefLibFile file1 = PrefLib.read(file);
      assertThat(file1.profile().voters()).isEqualTo(voters);
      assertThat(file1.profile().candidateCount()).isEqualTo(10);
      assertThat(file1.profile().distinctBallots()).isBetween(lines * 9 / 10, lines);

      String text = PrefLib.toText(file1);
      assertThat(PrefLib.toText(parse(text))).isEqualTo(text);
    }

    @Test
    void readsOrdersOverTheMostCandidates() {
      int m = Profile.MAX_CANDIDATES;
      SplittableRandom random = new SplittableRandom(127);
      StringBuilder text = new StringBuilder("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: " + m
          + "\n");
      for (int i = 0; i < 2_000; i++) {
        int[] order = PrefLibGenerator.permutation(random, m);
        text.append("1: ");
        for (int k = 0; k < m; k++) {
          text.append(k == 0 ? "" : ",").append(order[k] + 1);
        }
        text.append('\n');
      }
      PrefLibFile file = parse(text.toString());
      assertThat(file.profile().voters()).isEqualTo(2_000);
      assertThat(PrefLib.toText(file)).hasLineCount(4 + m + 2_000);
    }
  }
}
