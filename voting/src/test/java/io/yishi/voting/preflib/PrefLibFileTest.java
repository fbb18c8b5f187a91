package io.yishi.voting.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.voting.ranked.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefLibFileTest {

  static final Profile STRICT = Profile.builder(List.of("a", "b", "c"))
      .addOrder(new int[] {0, 1, 2}, 3).build();
  static final Profile TIED = Profile.builder(List.of("a", "b", "c"))
      .add(new int[][] {{0, 1}, {2}}, 2).build();
  static final Profile TRUNCATED = Profile.builder(List.of("a", "b", "c"))
      .addOrder(new int[] {2}, 1).build();

  @Test
  void keepsTheHeaderInItsOrderAndStripsValues() {
    Map<String, String> header = new LinkedHashMap<>();
    header.put("TITLE", "  Ward 3 ");
    header.put("WARD", "3");
    header.put("FILE NAME", "w3.soc");
    PrefLibFile file = new PrefLibFile(PrefLibType.SOC, header, STRICT);
    header.clear();
    assertThat(file.header()).containsExactly(Map.entry("TITLE", "Ward 3"),
        Map.entry("WARD", "3"), Map.entry("FILE NAME", "w3.soc"));
    assertThatThrownBy(() -> file.header().put("X", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DATA TYPE", "NUMBER ALTERNATIVES", "NUMBER VOTERS",
      "NUMBER UNIQUE ORDERS", "ALTERNATIVE NAME 1"})
  void refusesHeaderKeysThatTheTypeAndProfileDetermine(String key) {
    assertThatThrownBy(() -> new PrefLibFile(PrefLibType.SOC, Map.of(key, "1"), STRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header: key '" + key
            + "' is written from the type and the profile, not from the header");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "KEY: X", "TWO\nLINES", " TITLE"})
  void refusesHeaderKeysThatCannotBeWritten(String key) {
    assertThatThrownBy(() -> new PrefLibFile(PrefLibType.SOC, Map.of(key, "1"), STRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("header: key '" + key + "' must be non-blank");
  }

  @Test
  void refusesAValueThatBreaksLines() {
    assertThatThrownBy(() -> new PrefLibFile(PrefLibType.SOC, Map.of("TITLE", "a\r\nb"), STRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header: value of 'TITLE' must not break lines, was 'a\r\nb'");
  }

  @Test
  void refusesOrdersTheTypeDoesNotAllow() {
    assertThatThrownBy(() -> new PrefLibFile(PrefLibType.SOC, Map.of(), TIED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile: has orders with ties, which a soc file does not allow");
    assertThatThrownBy(() -> new PrefLibFile(PrefLibType.SOI, Map.of(), TIED))
        .hasMessage("profile: has orders with ties, which a soi file does not allow");
    assertThatThrownBy(() -> new PrefLibFile(PrefLibType.TOC, Map.of(), TRUNCATED))
        .hasMessage("profile: has orders that leave candidates out, which a toc file does not"
            + " allow");
    assertThatThrownBy(() -> new PrefLibFile(PrefLibType.SOC, Map.of(), TRUNCATED))
        .hasMessage("profile: has orders that leave candidates out, which a soc file does not"
            + " allow");
  }

  @Test
  void refusesCandidateNamesAFileCannotKeep() {
    Profile spaced = Profile.builder(List.of(" a", "b")).addOrder(new int[] {0, 1}, 1).build();
    assertThatThrownBy(() -> PrefLibFile.of(spaced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("profile: candidate name ' a' has surrounding spaces");
  }

  @Test
  void ofPicksTheStrictestType() {
    assertThat(PrefLibFile.of(STRICT).type()).isEqualTo(PrefLibType.SOC);
    assertThat(PrefLibFile.of(TIED).type()).isEqualTo(PrefLibType.TOC);
    assertThat(PrefLibFile.of(TRUNCATED).type()).isEqualTo(PrefLibType.SOI);
    assertThat(PrefLibFile.of(TIED.merge(TRUNCATED)).type()).isEqualTo(PrefLibType.TOI);
    assertThat(PrefLibFile.of(STRICT).header()).isEmpty();
  }

  @Test
  void withHeaderReplacesInPlaceOrAppends() {
    PrefLibFile file = PrefLibFile.of(STRICT).withHeader("TITLE", "Old").withHeader("WARD", "3")
        .withHeader("TITLE", "New");
    assertThat(file.header()).containsExactly(Map.entry("TITLE", "New"), Map.entry("WARD", "3"));
  }

  @Test
  void filesWithTheSameHeaderInAnotherOrderAreEqual() {
    Map<String, String> one = new LinkedHashMap<>();
    one.put("A", "1");
    one.put("B", "2");
    Map<String, String> other = new LinkedHashMap<>();
    other.put("B", "2");
    other.put("A", "1");
    assertThat(new PrefLibFile(PrefLibType.SOC, one, STRICT))
        .isEqualTo(new PrefLibFile(PrefLibType.SOC, other, STRICT));
  }
}
