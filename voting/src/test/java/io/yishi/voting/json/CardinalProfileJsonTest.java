package io.yishi.voting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import io.yishi.voting.cardinal.ApprovalProfile;
import io.yishi.voting.cardinal.ScoreProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Approval and score profiles, the files {@code yishi tally} reads as JSON, survive a round trip,
 * and a bad file fails naming the ballot and what is wrong.
 */
class CardinalProfileJsonTest {

  static final ObjectMapper JSON = YishiJson.mapper();

  static List<String> names(int m) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add("option " + c);
    }
    return names;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void randomProfilesRoundTrip(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 1 + random.nextInt(12);
    ApprovalProfile.Builder approvals = ApprovalProfile.builder(names(m));
    int min = random.nextInt(3) - 1;
    int max = min + 1 + random.nextInt(10);
    ScoreProfile.Builder scores = ScoreProfile.builder(names(m), min, max);
    for (int v = 0; v < 60; v++) {
      List<Integer> set = new ArrayList<>();
      int[] vector = new int[m];
      for (int c = 0; c < m; c++) {
        if (random.nextBoolean()) {
          set.add(c);
        }
        vector[c] = min + random.nextInt(max - min + 1);
      }
      approvals.add(set.stream().mapToInt(Integer::intValue).toArray(), 1 + random.nextInt(3));
      scores.add(vector, 1 + random.nextInt(3));
    }
    ApprovalProfile a = approvals.build();
    ApprovalProfile a2 = JSON.readValue(JSON.writeValueAsString(a), ApprovalProfile.class);
    assertThat(a2.sameBallots(a)).as("seed %d", seed).isTrue();
    ScoreProfile s = scores.build();
    ScoreProfile s2 = JSON.readValue(JSON.writeValueAsString(s), ScoreProfile.class);
    assertThat(s2.sameBallots(s)).as("seed %d", seed).isTrue();
    assertThat(s2.min()).isEqualTo(min);
    assertThat(s2.max()).isEqualTo(max);
  }

  @Test
  void leftOutCandidatesGetTheLowestScoreAndCountDefaultsToOne() throws Exception {
    ScoreProfile p = JSON.readValue("{\"candidates\": [\"a\", \"b\"], \"min\": 1, \"max\": 5,"
        + " \"ballots\": [{\"scores\": {\"a\": 4}}]}", ScoreProfile.class);
    assertThat(p.scores(0)).containsExactly(4, 1);
    assertThat(p.voters()).isEqualTo(1);
    ApprovalProfile a = JSON.readValue("{\"candidates\": [\"a\", \"b\"], \"ballots\":"
        + " [{\"approved\": []}, {\"approved\": [\"b\"], \"count\": 2}]}", ApprovalProfile.class);
    assertThat(a.approvalCounts()).containsExactly(0, 2);
    assertThat(a.voters()).isEqualTo(3);
  }

  @Test
  void badFilesFailNamingTheBallot() {
    assertThatThrownBy(() -> JSON.readValue("{\"candidates\": [\"a\"], \"ballots\":"
        + " [{\"approved\": [\"z\"]}]}", ApprovalProfile.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("ballots[0].approved: 'z' is not a candidate");
    assertThatThrownBy(() -> JSON.readValue("{\"candidates\": [\"a\"], \"ballots\":"
        + " [{\"approved\": [\"a\"], \"count\": 0}]}", ApprovalProfile.class))
        .hasMessageContaining("ballots[0]").hasMessageContaining("count");
    assertThatThrownBy(() -> JSON.readValue("{\"candidates\": [\"a\"], \"min\": 0, \"max\": 5,"
        + " \"ballots\": [{\"scores\": {\"a\": 9}}]}", ScoreProfile.class))
        .hasMessageContaining("ballots[0]").hasMessageContaining("outside the scale");
    assertThatThrownBy(() -> JSON.readValue("{\"candidates\": [\"a\"], \"ballots\": []}",
        ScoreProfile.class)).hasMessageContaining("\"min\" and \"max\"");
    assertThatThrownBy(() -> JSON.readValue("{\"candidates\": [\"a\"], \"min\": 0, \"max\": 5,"
        + " \"ballots\": [{\"scores\": {\"a\": 2.5}}]}", ScoreProfile.class))
        .hasMessageContaining("ballots[0].scores.a: must be a whole number");
    assertThatThrownBy(() -> JSON.readValue("{\"candidates\": [\"a\"], \"ballot\": []}",
        ApprovalProfile.class)).hasMessageContaining("unknown field \"ballot\"");
  }
}
