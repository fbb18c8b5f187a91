package io.yishi.core.electorate;

import static io.yishi.core.community.SampleCommunity.B2;
import static io.yishi.core.community.SampleCommunity.B3;
import static io.yishi.core.community.SampleCommunity.E_NEW;
import static io.yishi.core.community.SampleCommunity.E_OLD;
import static io.yishi.core.community.SampleCommunity.SUN;
import static io.yishi.core.community.SampleCommunity.WANG;
import static io.yishi.core.community.SampleCommunity.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.Building;
import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.EstateId;
import io.yishi.core.community.SampleCommunity;
import io.yishi.core.community.Unit;
import io.yishi.core.community.UnitId;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The owners' electorate of Civil Code art. 278, counted as the SPC interpretation art. 9 says. */
class OwnersElectorateTest {

  private static final Community LIXIONG = SampleCommunity.lixiong();
  private static final Electorate ALL = Electorate.owners(LIXIONG, Scope.community());

  private static Member member(String id, String areaM2) {
    return Member.of(MemberId.of(id), new BigDecimal(areaM2));
  }

  @Nested
  @DisplayName("SPC interpretation art. 9 (RULES.md §3.1)")
  class Aggregation {

    @Test
    void wholeCommunityHasOneMemberPerDistinctOwnerSetInOrderOfFirstUnit() {
      assertThat(ALL.weighting()).isEqualTo(Weighting.FLOOR_AREA);
      assertThat(ALL.members())
          .containsExactly(
              member("r-li+r-wang", "80.5"),
              member("r-chen", "160.25"),
              member("r-dev", "200"),
              member("r-sun+r-zhou", "95.5"));
      assertThat(ALL.size()).isEqualTo(4);
      assertThat(ALL.totalWeight()).isEqualTo(new BigDecimal("536.25"));
    }

    @Test
    void buyerOfSeveralUnitsCountsOnceWithSummedArea() {
      assertThat(ALL.weightOf(MemberId.of("r-chen"))).isEqualTo(new BigDecimal("160.25"));
    }

    @Test
    void developerHoldingUnsoldUnitsCountsOnce() {
      assertThat(ALL.weightOf(MemberId.of("r-dev"))).isEqualTo(new BigDecimal("200"));
    }

    @Test
    void coOwnersOfAUnitJointlyCountOnce() {
      assertThat(ALL.contains(MemberId.of("r-li+r-wang"))).isTrue();
      assertThat(ALL.contains(MemberId.of("r-wang"))).isFalse();
      assertThat(ALL.contains(MemberId.of("r-li"))).isFalse();
    }

    @Test
    void unitWithoutOwnerIsSkipped() {
      Electorate b2 = Electorate.owners(LIXIONG, Scope.building(B2));
      assertThat(b2.members()).containsExactly(member("r-chen", "100.25"));
    }

    @Test
    void everyOwnedUnitsOwnersFindTheirMemberId() {
      for (Unit unit : LIXIONG.units()) {
        if (unit.isOwned()) {
          assertThat(ALL.contains(MemberId.ofOwners(unit.owners())))
              .as("unit %s", unit.id())
              .isTrue();
        }
      }
    }

    @Test
    void ownerAloneAndOwnerJointlyAreDistinctOwnerSets() {
      Community more = LIXIONG.toBuilder().unit(unit(new UnitId("u304"), B3, "40", SUN)).build();
      Electorate b3 = Electorate.owners(more, Scope.building(B3));
      assertThat(b3.members())
          .containsExactly(
              member("r-dev", "200"), member("r-sun+r-zhou", "95.5"), member("r-sun", "40"));
    }

    @Test
    void coOwnersOfSeveralUnitsCountOnceWithSummedArea() {
      Community more =
          LIXIONG.toBuilder()
              .unit(unit(new UnitId("u203"), B2, "12.25", WANG, SampleCommunity.LI))
              .build();
      assertThat(Electorate.owners(more, Scope.community()).weightOf(MemberId.of("r-li+r-wang")))
          .isEqualTo(new BigDecimal("92.75"));
    }
  }

  @Nested
  class Scopes {

    @Test
    void estateScopeTakesUnitsOfAllItsBuildings() {
      Electorate old = Electorate.owners(LIXIONG, Scope.estate(E_OLD));
      assertThat(old.members())
          .containsExactly(member("r-li+r-wang", "80.5"), member("r-chen", "160.25"));
      assertThat(old.totalWeight()).isEqualTo(new BigDecimal("240.75"));
    }

    @Test
    void buildingScopeTakesItsUnitsOnly() {
      Electorate b3 = Electorate.owners(LIXIONG, Scope.building(B3));
      assertThat(b3.members())
          .containsExactly(member("r-dev", "200"), member("r-sun+r-zhou", "95.5"));
      assertThat(b3.size()).isEqualTo(2);
      assertThat(b3.totalWeight()).isEqualTo(new BigDecimal("295.5"));
    }

    @Test
    void scopeOnlyCountsAreaInsideIt() {
      assertThat(Electorate.owners(LIXIONG, Scope.building(B2)).weightOf(MemberId.of("r-chen")))
          .isEqualTo(new BigDecimal("100.25"));
    }

    @Test
    void rejectsEstateOrBuildingNotInTheCommunity() {
      assertThatThrownBy(() -> Electorate.owners(LIXIONG, Scope.estate(new EstateId("e9"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scope: estate 'e9' is not in community lixiong");
      assertThatThrownBy(() -> Electorate.owners(LIXIONG, Scope.building(new BuildingId("b9"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scope: building 'b9' is not in community lixiong");
    }

    @Test
    void scopeWithoutOwnedUnitsIsAnError() {
      BuildingId b4 = new BuildingId("b4");
      Community more =
          LIXIONG.toBuilder()
              .building(new Building(b4, E_NEW, "4栋"))
              .unit(unit(new UnitId("u401"), b4, "88"))
              .build();
      assertThatThrownBy(() -> Electorate.owners(more, Scope.building(b4)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "electorate: no member of community lixiong matches owners of units in building b4");
    }

    @Test
    void scopesDescribeThemselvesAndAreValues() {
      assertThat(Scope.community().describe()).isEqualTo("the whole community");
      assertThat(Scope.estate(E_OLD).describe()).isEqualTo("estate e-old");
      assertThat(Scope.building(B3).describe()).isEqualTo("building b3");
      assertThat(Scope.building(B3)).isEqualTo(new Scope.OfBuilding(B3));
    }
  }
}
