package io.yishi.core.electorate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ElectorateTest {

  private static final MemberId A = MemberId.of("a");
  private static final MemberId B = MemberId.of("b");
  private static final MemberId C = MemberId.of("c");

  private static Member member(MemberId id, String weight) {
    return Member.of(id, new BigDecimal(weight));
  }

  @Nested
  class Validation {

    @ParameterizedTest
    @EnumSource(Weighting.class)
    void rejectsEmptyElectorate(Weighting weighting) {
      assertThatThrownBy(() -> Electorate.of(weighting, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("electorate: must have at least one member");
    }

    @Test
    void rejectsDuplicateMemberNamingIt() {
      assertThatThrownBy(
              () ->
                  Electorate.of(
                      Weighting.PER_PERSON, List.of(Member.of(A), Member.of(B), Member.of(A))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("member a: id appears more than once in the electorate");
    }

    @ParameterizedTest
    @EnumSource(
        value = Weighting.class,
        names = {"PER_PERSON", "PER_HOUSEHOLD", "PER_UNIT"})
    void rejectsWeightOtherThanOneWhereEveryMemberCountsOnce(Weighting weighting) {
      assertThatThrownBy(() -> Electorate.of(weighting, List.of(Member.of(A), member(B, "2.50"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("member b: weight must be 1 under " + weighting + " weighting, was 2.5");
    }

    @Test
    void acceptsOneWrittenWithTrailingZeros() {
      assertThat(Electorate.of(Weighting.PER_UNIT, List.of(member(A, "1.00"))).totalWeight())
          .isEqualTo(BigDecimal.ONE);
    }

    @Test
    void floorAreaAcceptsAnyPositiveWeight() {
      Electorate electorate =
          Electorate.of(Weighting.FLOOR_AREA, List.of(member(A, "80.5"), member(B, "0.01")));
      assertThat(electorate.totalWeight()).isEqualByComparingTo("80.51");
    }

    @Test
    void rejectsNullMember() {
      List<Member> members = new ArrayList<>();
      members.add(null);
      assertThatThrownBy(() -> Electorate.of(Weighting.PER_PERSON, members))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Accessors {

    private final Electorate area =
        Electorate.of(
            Weighting.FLOOR_AREA, List.of(member(C, "95.5"), member(A, "80.50"), member(B, "100")));

    @Test
    void keepsMembersInOrder() {
      assertThat(area.members()).extracting(Member::id).containsExactly(C, A, B);
      assertThat(area.memberIds()).containsExactly(C, A, B);
      assertThat(area.weighting()).isEqualTo(Weighting.FLOOR_AREA);
    }

    @Test
    void countsHeadsAndSumsWeightsExactly() {
      assertThat(area.size()).isEqualTo(3);
      assertThat(area.totalWeight()).isEqualTo(new BigDecimal("276"));
    }

    @Test
    void totalWeightOfUnitWeightsIsTheHeadCount() {
      Electorate people =
          Electorate.of(Weighting.PER_PERSON, List.of(Member.of(A), Member.of(B), Member.of(C)));
      assertThat(people.totalWeight()).isEqualTo(BigDecimal.valueOf(3));
    }

    @Test
    void looksUpMembers() {
      assertThat(area.contains(A)).isTrue();
      assertThat(area.contains(MemberId.of("z"))).isFalse();
      assertThat(area.member(A)).contains(member(A, "80.5"));
      assertThat(area.member(MemberId.of("z"))).isEmpty();
      assertThat(area.weightOf(C)).isEqualTo(new BigDecimal("95.5"));
    }

    @Test
    void weightOfNonMemberThrowsNamingId() {
      assertThatThrownBy(() -> area.weightOf(MemberId.of("r-ghost")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("electorate: 'r-ghost' is not a member");
    }

    @Test
    void membersAreUnmodifiable() {
      assertThatThrownBy(() -> area.members().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesMembers() {
      List<Member> members = new ArrayList<>(List.of(Member.of(A)));
      Electorate electorate = Electorate.of(Weighting.PER_PERSON, members);
      members.add(Member.of(B));
      assertThat(electorate.size()).isEqualTo(1);
    }

    @Test
    void printsSummary() {
      assertThat(area).hasToString("Electorate[FLOOR_AREA, 3 members, total weight 276]");
    }
  }

  @Nested
  class Equality {

    @Test
    void equalWhenWeightingAndMembersAreEqual() {
      Electorate one =
          Electorate.of(Weighting.FLOOR_AREA, List.of(member(A, "80.0"), member(B, "7")));
      Electorate two =
          Electorate.of(Weighting.FLOOR_AREA, List.of(member(A, "80"), member(B, "7.00")));
      assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    }

    @Test
    void differsByWeightingOrderOrMembers() {
      Electorate people = Electorate.of(Weighting.PER_PERSON, List.of(Member.of(A), Member.of(B)));
      assertThat(people)
          .isNotEqualTo(Electorate.of(Weighting.PER_UNIT, List.of(Member.of(A), Member.of(B))))
          .isNotEqualTo(Electorate.of(Weighting.PER_PERSON, List.of(Member.of(B), Member.of(A))))
          .isNotEqualTo(Electorate.of(Weighting.PER_PERSON, List.of(Member.of(A))));
    }
  }

  @Test
  void onlyFloorAreaAllowsWeightsOtherThanOne() {
    assertThat(Weighting.values())
        .filteredOn(w -> !w.hasUnitWeights())
        .containsExactly(Weighting.FLOOR_AREA);
  }
}
