package io.yishi.voting.cardinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.Ballot;
import io.yishi.voting.committee.CommitteeDecision;
import io.yishi.core.spi.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Approval profiles count equal sets together, merge in any order, and refuse bad ballots without
 * changing; the approval and score ballots and the committee decision survive a JSON round trip.
 */
class ApprovalProfileTest {

  static final ObjectMapper JSON = YishiJson.mapper();

  static List<String> names(int m) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add("p" + c);
    }
    return names;
  }

  static List<int[]> randomSets(SplittableRandom random, int m, int voters) {
    List<int[]> sets = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      List<Integer> chosen = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (random.nextInt(4) == 0) {
          chosen.add(c);
        }
      }
      sets.add(chosen.stream().mapToInt(Integer::intValue).toArray());
    }
    return sets;
  }

  @Test
  void equalSetsAreCountedTogether() {
    ApprovalProfile p = ApprovalProfile.builder(List.of("a", "b", "c"))
        .add(new int[] {0, 2}, 2).add(new int[] {2, 0}, 1).add(new int[] {}, 4)
        .addNames(List.of("b"), 1).build();
    assertThat(p.voters()).isEqualTo(8);
    assertThat(p.distinctBallots()).isEqualTo(3);
    assertThat(p.approvalCounts()).containsExactly(3, 1, 3);
    assertThat(p.approved(0)).containsExactly(0, 2);
    assertThat(p.count(0)).isEqualTo(3);
    assertThat(p.approves(0, 1)).isFalse();
    assertThat(p.approves(2, 1)).isTrue();
  }

  /** Wide profiles (more than 64 candidates) keep each bit in its word. */
  @Test
  void wideSetsKeepEveryCandidate() {
    ApprovalProfile p = ApprovalProfile.builder(names(130))
        .add(new int[] {0, 63, 64, 129}, 1).add(new int[] {129}, 2).build();
    assertThat(p.approved(0)).containsExactly(0, 63, 64, 129);
    assertThat(p.approvalCount(129)).isEqualTo(3);
    assertThat(p.approvalCount(64)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void splittingAndMergingInAnyOrderGivesTheSameProfile(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 3 + random.nextInt(70);
    List<int[]> sets = randomSets(random, m, 500);
    ApprovalProfile.Builder whole = ApprovalProfile.builder(names(m));
    sets.forEach(s -> whole.add(s, 1));
    ApprovalProfile expected = whole.build();

    List<int[]> shuffled = new ArrayList<>(sets);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    int cut = random.nextInt(shuffled.size());
    ApprovalProfile.Builder left = ApprovalProfile.builder(names(m));
    ApprovalProfile.Builder right = ApprovalProfile.builder(names(m));
    shuffled.subList(0, cut).forEach(s -> left.add(s, 1));
    shuffled.subList(cut, shuffled.size()).forEach(s -> right.add(s, 1));
    ApprovalProfile merged = ApprovalProfile.builder(names(m)).addAll(right.build())
        .addAll(left.build()).build();

    assertThat(merged.sameBallots(expected)).as("seed %d", seed).isTrue();
    assertThat(merged.approvalCounts()).containsExactly(expected.approvalCounts());
    long[] direct = new long[m];
    sets.forEach(s -> java.util.Arrays.stream(s).forEach(c -> direct[c]++));
    assertThat(expected.approvalCounts()).containsExactly(direct);
  }

  @Test
  void differentBallotsAreNotTheSame() {
    ApprovalProfile a = ApprovalProfile.builder(names(3)).add(new int[] {0}, 2).build();
    ApprovalProfile b = ApprovalProfile.builder(names(3)).add(new int[] {1}, 2).build();
    ApprovalProfile c = ApprovalProfile.builder(names(3)).add(new int[] {0}, 3).build();
    assertThat(a.sameBallots(b)).isFalse();
    assertThat(a.sameBallots(c)).isFalse();
    assertThat(a.sameBallots(a)).isTrue();
  }

  @Test
  void badBallotsAreRefusedAndChangeNothing() {
    ApprovalProfile.Builder builder = ApprovalProfile.builder(names(3)).add(new int[] {1}, 1);
    assertThatThrownBy(() -> builder.add(new int[] {0, 3}, 1))
        .hasMessageContaining("approved").hasMessageContaining("3");
    assertThatThrownBy(() -> builder.add(new int[] {1, 1}, 1))
        .hasMessageContaining("appears twice");
    assertThatThrownBy(() -> builder.add(new int[] {0}, 0)).hasMessageContaining("count");
    assertThatThrownBy(() -> builder.addNames(List.of("zz"), 1))
        .hasMessageContaining("'zz' is not a candidate");
    assertThatThrownBy(() -> builder.addAll(ApprovalProfile.builder(names(4)).build()))
        .hasMessageContaining("candidates");
    assertThat(builder.build().voters()).isEqualTo(1);
    assertThatThrownBy(() -> ApprovalProfile.builder(List.of("a", "a")))
        .hasMessageContaining("'a' appears twice");
  }

  @Test
  void ballotsAndCommitteeDecisionsRoundTripThroughJson() throws Exception {
    MemberId voter = MemberId.of("m-001");
    for (Ballot ballot : List.of(ApprovalBallot.of(voter, "c", "a"),
        ApprovalBallot.of(voter), new ScoreBallot(voter, Map.of("b", 2, "a", 5)))) {
      String text = JSON.writeValueAsString(ballot);
      assertThat(JSON.readValue(text, Ballot.class)).as(text).isEqualTo(ballot);
    }
    assertThat(JSON.writeValueAsString(ApprovalBallot.of(voter, "c", "a")))
        .contains("\"type\":\"approval\"").contains("[\"a\",\"c\"]");
    assertThat(JSON.writeValueAsString(new ScoreBallot(voter, Map.of("a", 1))))
        .contains("\"type\":\"scores\"");

    CommitteeDecision decision = new CommitteeDecision("stv", Verdict.CHOSEN,
        List.of("a", "b", "c"), 2, List.of("b", "a"), false, List.of(),
        List.of(new CommitteeDecision.Step(1, Map.of("a", new BigDecimal("3.50"),
            "b", BigDecimal.TEN), List.of("b"), List.of(), "b reaches the quota")),
        List.of("stv: 2 seats"));
    String text = JSON.writeValueAsString(decision);
    assertThat(JSON.readValue(text, io.yishi.core.spi.Decision.class)).isEqualTo(decision);
    assertThat(text).contains("\"type\":\"committee\"");
  }

  @Test
  void ballotsRefuseRepeatedNames() {
    assertThatThrownBy(() -> ApprovalBallot.of(MemberId.of("m"), "a", "a"))
        .hasMessageContaining("'a' is approved twice");
  }
}
