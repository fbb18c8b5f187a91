package io.yishi.core.electorate;

import static io.yishi.core.community.SampleCommunity.B1;
import static io.yishi.core.community.SampleCommunity.E_NEW;
import static io.yishi.core.community.SampleCommunity.E_OLD;
import static io.yishi.core.community.SampleCommunity.ON;
import static io.yishi.core.electorate.Eligibility.adults;
import static io.yishi.core.electorate.Eligibility.everyone;
import static io.yishi.core.electorate.Eligibility.livesInBuilding;
import static io.yishi.core.electorate.Eligibility.livesInEstate;
import static io.yishi.core.electorate.Eligibility.not;
import static io.yishi.core.electorate.Eligibility.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.Role;
import io.yishi.core.community.SampleCommunity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Electorates of residents meeting a condition: one member per person, household or unit. */
class CommunityElectorateTest {

  private static final Community LIXIONG = SampleCommunity.lixiong();

  @Nested
  class PerPerson {

    @Test
    void oneMemberPerEligibleResidentNamedByResidentId() {
      Electorate electorate = Electorate.of(LIXIONG, adults(), Weighting.PER_PERSON, ON);
      assertThat(electorate.weighting()).isEqualTo(Weighting.PER_PERSON);
      assertThat(electorate.memberIds())
          .extracting(MemberId::value)
          .containsExactly(
              "r-wang", "r-li", "r-zhao", "r-chen", "r-dev", "r-sun", "r-zhou", "r-qian");
      assertThat(electorate.totalWeight()).isEqualTo(BigDecimal.valueOf(8));
    }

    @Test
    void everyoneIncludesChildren() {
      assertThat(Electorate.of(LIXIONG, everyone(), Weighting.PER_PERSON, ON).size()).isEqualTo(9);
    }
  }

  @Nested
  class PerHousehold {

    @Test
    void oneMemberPerHouseholdWithAnEligibleMember() {
      Electorate electorate =
          Electorate.of(LIXIONG, adults().and(livesInEstate(E_OLD)), Weighting.PER_HOUSEHOLD, ON);
      assertThat(electorate.memberIds())
          .extracting(MemberId::value)
          .containsExactly("h1", "h2", "h4");
      assertThat(electorate.totalWeight()).isEqualTo(BigDecimal.valueOf(3));
    }

    @Test
    void householdCountsWhenOnlyAChildIsEligible() {
      Electorate electorate = Electorate.of(LIXIONG, not(adults()), Weighting.PER_HOUSEHOLD, ON);
      assertThat(electorate.memberIds()).containsExactly(MemberId.of("h1"));
    }
  }

  @Nested
  class PerUnit {

    @Test
    void oneMemberPerUnitWithAnEligibleOwner() {
      Electorate electorate = Electorate.of(LIXIONG, adults(), Weighting.PER_UNIT, ON);
      assertThat(electorate.memberIds())
          .extracting(MemberId::value)
          .containsExactly("u101", "u102", "u201", "u301", "u302", "u303");
    }

    @Test
    void ownersWhoDoNotLiveThereDoNotQualifyTheUnitByResidence() {
      assertThat(Electorate.of(LIXIONG, livesInEstate(E_NEW), Weighting.PER_UNIT, ON).memberIds())
          .containsExactly(MemberId.of("u303"));
    }

    @Test
    void oneEligibleCoOwnerIsEnough() {
      assertThat(
              Electorate.of(LIXIONG, withRole(Role.PARTY_MEMBER), Weighting.PER_UNIT, ON)
                  .memberIds())
          .containsExactly(MemberId.of("u101"));
    }
  }

  @Test
  void refusesFloorAreaAndPointsToOwners() {
    assertThatThrownBy(() -> Electorate.of(LIXIONG, adults(), Weighting.FLOOR_AREA, ON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FLOOR_AREA")
        .hasMessageContaining("Electorate.owners");
  }

  @Test
  void nobodyEligibleIsAnErrorNamingCommunityAndCondition() {
    Eligibility who = adults().and(livesInBuilding(new BuildingId("b9")));
    assertThatThrownBy(() -> Electorate.of(LIXIONG, who, Weighting.PER_PERSON, ON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "electorate: no member of community lixiong matches adults living in building b9");
  }

  @Test
  void sameInputsGiveEqualElectorates() {
    Eligibility who = adults().and(livesInBuilding(B1));
    assertThat(Electorate.of(LIXIONG, who, Weighting.PER_PERSON, ON))
        .isEqualTo(Electorate.of(SampleCommunity.lixiong(), who, Weighting.PER_PERSON, ON));
  }
}
