package io.yishi.core.method.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.InvalidParameterException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowDefinitionTest {

  static final WorkflowDefinition FOUR = WorkflowDefinition.FOUR_DELIBERATIONS;

  @Test
  void theBundledJsonIsTheJavaConstant() throws Exception {
    try (InputStream in = WorkflowDefinition.class.getResourceAsStream("four-deliberations.json")) {
      assertThat(in).isNotNull();
      assertThat(YishiJson.mapper().readValue(in, WorkflowDefinition.class)).isEqualTo(FOUR);
    }
  }

  @Test
  void theFourDeliberationsHaveSixGatedStagesInTheOrderOfRulesSection33() {
    assertThat(FOUR.stages()).extracting(Stage::id).containsExactly("proposal", "discussion",
        "review", "resolution", "resolution-disclosure", "implementation-disclosure");
    assertThat(FOUR.stages()).extracting(Stage::kind).containsExactly(StageKind.DELIBERATION,
        StageKind.DELIBERATION, StageKind.DECISION, StageKind.DECISION, StageKind.DISCLOSURE,
        StageKind.DISCLOSURE);
    Gate review = FOUR.stage("review").orElseThrow().gate();
    assertThat(review.attendanceInWords()).isEqualTo("at least 2/3");
    assertThat(review.ruleParameters().asMap()).containsEntry("base", "members")
        .containsEntry("strict", false).containsEntry("threshold", "1/2");
    assertThat(FOUR.stage("resolution").orElseThrow().gate().attendanceInWords())
        .isEqualTo("more than 1/2");
    assertThat(FOUR.merge()).containsExactly("proposal", "discussion");
  }

  @Test
  void mergingMakesTheFirstTwoStagesOneWithBothGates() {
    WorkflowDefinition merged = FOUR.merged();

    assertThat(merged.stages()).extracting(Stage::id).containsExactly("proposal-and-discussion",
        "review", "resolution", "resolution-disclosure", "implementation-disclosure");
    Gate gate = merged.stages().get(0).gate();
    assertThat(gate.proposal()).isTrue();
    assertThat(gate.opinions()).isEqualTo(1);
    assertThat(gate.minutes()).isTrue();
    assertThat(gate.rule()).isEqualTo("majority");
    assertThat(merged.merge()).isEmpty();
    assertThat(merged.merged()).isSameAs(merged);
  }

  @Test
  void aDefinitionRoundTripsThroughMapsAndJson() throws Exception {
    assertThat(WorkflowDefinition.fromMap(FOUR.toMap())).isEqualTo(FOUR);
    String json = YishiJson.mapper().writeValueAsString(FOUR.merged());
    assertThat(YishiJson.mapper().readValue(json, WorkflowDefinition.class))
        .isEqualTo(FOUR.merged());
  }

  @Test
  void anUnknownPresetIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> WorkflowDefinition.preset("five-deliberations"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.preset: must be one of [four-deliberations], was five-deliberations");
  }

  static Stream<Arguments> invalidDefinitions() {
    return Stream.of(
        bad(m -> stage(m, 2).put("kind", "vote"), "definition.stages[2].kind",
            "must be one of [deliberation, decision, disclosure]"),
        bad(m -> gate(m, 2).put("attendance", "3/2"), "definition.stages[2].gate",
            "gate.attendance: must be in [0, 1], was 3/2"),
        bad(m -> gate(m, 2).put("quorum", "1/2"), "definition.stages[2].gate.quorum",
            "is not a key here"),
        bad(m -> gate(m, 3).remove("rule"), "definition.stages[3]",
            "a decision stage needs a rule and a body"),
        bad(m -> gate(m, 4).put("minutes", true), "definition.stages[4]",
            "a disclosure stage's gate has only publicationDays"),
        bad(m -> gate(m, 0).put("opinions", "many"), "definition.stages[0].gate.opinions",
            "must be a whole number"),
        bad(m -> m.put("merge", List.of("proposal", "review")), "definition",
            "merge: must name two consecutive stages"),
        bad(m -> stage(m, 1).put("id", "proposal"), "definition",
            "stage id 'proposal' appears twice"),
        bad(m -> m.remove("stages"), "definition.stages", "is required"));
  }

  static Arguments bad(Consumer<Map<String, Object>> change, String field, String rule) {
    return Arguments.of(change, field, rule);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> stage(Map<String, Object> definition, int i) {
    return (Map<String, Object>) ((List<Object>) definition.get("stages")).get(i);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> gate(Map<String, Object> definition, int i) {
    return (Map<String, Object>) stage(definition, i).get("gate");
  }

  @ParameterizedTest
  @MethodSource("invalidDefinitions")
  void anInvalidDefinitionIsRefusedNamingThePath(Consumer<Map<String, Object>> change,
      String field, String rule) {
    Map<String, Object> map = FOUR.toMap();
    change.accept(map);

    assertThatThrownBy(() -> WorkflowDefinition.fromMap(map))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("parameters." + field + ":").hasMessageContaining(rule);
  }

  @Test
  void badJsonFailsWithTheJsonPathAndTheDefinitionPath() {
    String json = "{\"id\": \"x\", \"name\": \"X\", \"stages\": [{\"id\": \"a\", \"name\": \"A\","
        + " \"kind\": \"disclosure\", \"actor\": \"board\", \"gate\": {\"publicationDays\": -1}}]}";

    assertThatThrownBy(() -> YishiJson.mapper().readValue(json, WorkflowDefinition.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("definition.stages[0].gate: gate.publicationDays: must be >= 0");
  }
}
