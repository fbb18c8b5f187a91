package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortitionJsonTest {

  final ObjectMapper json = YishiJson.mapper();

  @Test
  void aProblemSurvivesARoundTrip() throws Exception {
    SortitionProblem p = new SortitionProblem(new Pool(List.of(
        new Volunteer("a", Map.of("gender", "f"), "h1"),
        Volunteer.of("b", Map.of("gender", "m")))),
        List.of(new Quota("gender", "f", 1, 1, 0, 2), Quota.of("gender", "m", 0, 1)), 1, true);

    String text = json.writeValueAsString(p);

    assertThat(json.readValue(text, SortitionProblem.class)).isEqualTo(p);
    assertThat(json.readValue(json.writeValueAsString(p.pool()), Pool.class))
        .isEqualTo(p.pool());
    assertThat(json.readValue(json.writeValueAsString(p.quotas().get(0)), Quota.class))
        .isEqualTo(p.quotas().get(0));
  }

  @Test
  void badJsonMeetsTheSameChecksAsCode() {
    assertThatThrownBy(() -> json.readValue(
        "{\"feature\":\"age\",\"value\":\"old\",\"min\":3,\"max\":2}", Quota.class))
        .hasMessageContaining("quotas[age=old].max: must be ≥ min (3)");
  }
}
